import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../server/app';
import { generateDemoOrganization } from '../../../server/demo/organization';
import { addWorkingDays } from '../../../shared/calendar/working-days';
import { isoDateInChina } from '../../../shared/documents/dates';
import { desktopApi } from '../../../shared/desktop-api';
import { SupervisionAction } from '../../../shared/supervision/actions';
import { Core, createCore } from '../core';
import { FileSecretStore } from '../file-secret-store';
import { tempDir, waitFor } from '../test-support/fixtures';

/** 督查督办 between a 督查员's and a unit's desktop cores and the real server. */

const demo = generateDemoOrganization();
const login = (label: string) => {
  const highlighted = demo.highlightedLogins.find((l) => l.description.includes(label))!;
  return demo.people.find((p) => p.username === highlighted.username)!;
};
const supervisorPerson = login('督查员');
const clerkPerson = login('市大数据局');

describe('督查督办 across two desktop cores and the real server', () => {
  const serverDir = tempDir('xietong-server-');
  let server: RunningServer;
  let supervisor: Core;
  let clerk: Core;
  // Only the 督查员's network is cut; the real server decides everything.
  let cableCut = false;
  let officeId = '';
  let bureauId = '';
  const today = isoDateInChina(Date.now());
  const list = (core: Core, q: string) => core.handlers.supervision.list(desktopApi.supervision.list.input.parse({ q }));
  /** The demo's own items may share words with the test's: each test follows its item by id. */
  const listed = async (core: Core, id: string, q: string) => (await list(core, q)).items.find((item) => item.id === id);
  const register = async (title: string) => {
    const input = desktopApi.supervision.create.input.parse({
      ownerUnitId: officeId, source: '领导批示', title, originalText: '请市大数据局牵头，一个月内拿出方案。', deadline: addWorkingDays(today, 20),
      units: [{ unitId: bureauId, role: 'lead' }],
    });
    const { id } = await supervisor.handlers.supervision.create(input);
    await waitFor(() => listed(clerk, id, title), `${title} reaches the unit`);
    return id;
  };

  beforeAll(async () => {
    server = await startServer({ dataDir: serverDir, port: 0, demo: true, log: false });
    const dirS = tempDir();
    const dirC = tempDir();
    const switchedFetch = ((...args: Parameters<typeof fetch>) => (cableCut ? Promise.reject(new TypeError('fetch failed')) : fetch(...args))) as typeof fetch;
    supervisor = await createCore({ dataDir: dirS, serverUrl: server.url, secrets: new FileSecretStore(path.join(dirS, 'secrets.json')), fetch: switchedFetch });
    clerk = await createCore({ dataDir: dirC, serverUrl: server.url, secrets: new FileSecretStore(path.join(dirC, 'secrets.json')) });
    await supervisor.handlers.session.login({ username: supervisorPerson.username, password: demo.demoPassword });
    await clerk.handlers.session.login({ username: clerkPerson.username, password: demo.demoPassword });
    const unitsOf = (core: Core) =>
      waitFor(async () => {
        const units = await core.handlers.documents.myUnits({});
        return units.length > 0 ? units : undefined;
      }, 'directory sync');
    const [office, bureau] = await Promise.all([unitsOf(supervisor), unitsOf(clerk)]);
    officeId = office[0]!.id;
    bureauId = bureau[0]!.id;
  });

  afterAll(async () => {
    await supervisor?.close();
    await clerk?.close();
    await server?.close();
  });

  it('registers an item the unit then signs for and reports on, each side seeing it move', async () => {
    const title = '关于加快推进政务数据共享的批示';
    const id = await register(title);
    expect(await listed(supervisor, id, '政务数据共享')).toMatchObject({ id, number: expect.stringMatching(/^督〔\d{4}〕\d+号$/), status: 'assigned', leadUnitId: bureauId, light: 'green', pending: null });

    await waitFor(async () => (await clerk.handlers.supervision.list(desktopApi.supervision.list.input.parse({ mine: true }))).items.some((item) => item.id === id), 'the item waits on the unit');
    expect((await clerk.handlers.supervision.counts({})).mine).toBeGreaterThanOrEqual(1);
    await clerk.handlers.supervision.act({ itemId: id, expectedStatus: 'assigned', action: SupervisionAction.parse({ kind: 'accept', unitId: bureauId, ownerId: clerkPerson.id }) });
    await waitFor(async () => (await clerk.handlers.supervision.item({ id })).status === 'handling', 'the unit signs');
    const report = SupervisionAction.parse({ kind: 'report', unitId: bureauId, text: '已召开专题会议研究部署，形成数据共享清单初稿', percent: 30 });
    await clerk.handlers.supervision.act({ itemId: id, expectedStatus: 'handling', action: report });

    const seen = await waitFor(async () => {
      const item = await supervisor.handlers.supervision.item({ id });
      return item.reports.length > 0 ? item : undefined;
    }, 'the 督查员 sees the report');
    expect(seen).toMatchObject({ status: 'handling', units: [{ unitId: bureauId, status: 'accepted', ownerId: clerkPerson.id, percent: 30 }] });
    expect(seen.reports).toMatchObject([{ unitId: bureauId, byId: clerkPerson.id, text: report.kind === 'report' ? report.text : '', percent: 30, status: 'submitted' }]);
    expect(await listed(supervisor, id, '政务数据共享')).toMatchObject({ status: 'handling', percent: 30 });

    const stats = await supervisor.handlers.supervision.dashboard({});
    expect(stats.byStatus.handling).toBeGreaterThanOrEqual(1);
    expect(stats.units.find((u) => u.unitId === bureauId)?.total).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('refuses a 催办 queued offline after the unit signed meanwhile, with the server reason', async () => {
    const title = '关于做好一网通办事项梳理的批示';
    const id = await register(title);
    cableCut = true;
    await supervisor.handlers.supervision.act({ itemId: id, expectedStatus: 'assigned', action: SupervisionAction.parse({ kind: 'urge', text: '请于本周内签收并明确责任人' }) });
    expect(await listed(supervisor, id, '一网通办')).toMatchObject({ status: 'assigned', pending: { status: 'pending', summary: `督办事项《${title}》：催办` } });

    await clerk.handlers.supervision.act({ itemId: id, expectedStatus: 'assigned', action: SupervisionAction.parse({ kind: 'accept', unitId: bureauId, ownerId: clerkPerson.id }) });
    await waitFor(async () => (await clerk.handlers.supervision.item({ id })).status === 'handling', 'the unit signs');

    cableCut = false;
    const entry = await waitFor(async () => (await supervisor.handlers.outbox.list({})).find((e) => e.status === 'rejected'), 'the refusal reaches the 督查员', 40_000);
    expect(entry).toMatchObject({ type: 'supervision.act', summary: `督办事项《${title}》：催办` });
    expect(entry.reason).toBe('督办事项已是"办理中"状态（您办理时为"交办中"），"催办"未执行');
    const moved = await waitFor(async () => {
      const item = await listed(supervisor, id, '一网通办');
      return item?.status === 'handling' ? item : undefined;
    }, 'the 督查员 sees the item signed', 40_000);
    expect(moved).toMatchObject({ pending: { outboxId: entry.id, summary: entry.summary, status: 'rejected', reason: entry.reason } });
  }, 120_000);

  it('exports the 台账 from the local store and passes the 督查通报 PDF through from the server', async () => {
    const ledger = await supervisor.handlers.supervision.exportLedger(desktopApi.supervision.exportLedger.input.parse({ unitId: bureauId }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(ledger.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
    const titles = workbook.getWorksheet('督办台账')!.getColumn(2).values;
    expect(titles).toEqual(expect.arrayContaining(['关于加快推进政务数据共享的批示', '关于做好一网通办事项梳理的批示']));

    // Today's 通报 only: over the demo's year of items the server takes longer to typeset than this test should wait.
    const bulletin = await supervisor.handlers.supervision.bulletin({ from: today, to: today });
    expect(bulletin.fileName).toBe(`督查通报（${today}至${today}）.pdf`);
    expect(Buffer.from(bulletin.dataBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});
