import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../server/app';
import { generateDemoOrganization } from '../../../server/demo/organization';
import { desktopApi } from '../../../shared/desktop-api';
import { newId } from '../../../shared/ids';
import { Core, createCore } from '../core';
import { FileSecretStore } from '../file-secret-store';
import { tempDir, waitFor } from '../test-support/fixtures';

/** 值班 between a bureau's 值班员 and the city 总值班室's, each on their own desktop core, and the real server. */

const demo = generateDemoOrganization();
const bureauOfficer = demo.people.find((p) => p.username === demo.highlightedLogins.find((l) => l.description.includes('值班员'))!.username)!;
const cityOffice = demo.orgs.find((org) => org.kind === 'unit' && org.name === '市政府办公室')!;
const cityWatch = demo.orgs.find((org) => org.name === '总值班室' && org.parentId === cityOffice.id)!;
const officeOfficer = demo.people.find((p) => p.posts.some((post) => post.orgId === cityWatch.id) && p.roles.includes('duty_officer'))!;

describe('值班 across two desktop cores and the real server', () => {
  const serverDir = tempDir('xietong-server-');
  let server: RunningServer;
  let bureau: Core;
  let office: Core;
  // Only the bureau officer's network is cut; the real server decides everything.
  let cableCut = false;
  let bureauId = '';

  beforeAll(async () => {
    server = await startServer({ dataDir: serverDir, port: 0, demo: true, log: false });
    const dirB = tempDir();
    const dirO = tempDir();
    const switchedFetch = ((...args: Parameters<typeof fetch>) => (cableCut ? Promise.reject(new TypeError('fetch failed')) : fetch(...args))) as typeof fetch;
    bureau = await createCore({ dataDir: dirB, serverUrl: server.url, secrets: new FileSecretStore(path.join(dirB, 'secrets.json')), fetch: switchedFetch });
    office = await createCore({ dataDir: dirO, serverUrl: server.url, secrets: new FileSecretStore(path.join(dirO, 'secrets.json')) });
    await bureau.handlers.session.login({ username: bureauOfficer.username, password: demo.demoPassword });
    await office.handlers.session.login({ username: officeOfficer.username, password: demo.demoPassword });
    const own = await waitFor(async () => (await bureau.handlers.duty.units({})).find((unit) => unit.member && unit.canManage), 'the bureau officer’s unit');
    bureauId = own.unitId;
    expect(own).toMatchObject({ name: '市应急局', officeAboveId: cityOffice.id });
    const overseen = await waitFor(async () => (await office.handlers.duty.units({})).find((unit) => unit.unitId === bureauId), 'the office sees the bureau');
    expect(overseen).toMatchObject({ overseen: true, member: false });
  });

  afterAll(async () => {
    await bureau?.close();
    await office?.close();
    await server?.close();
  });

  it('files an incident’s 首报 at the bureau, which the 总值班室 receives and signs for', async () => {
    const id = newId();
    const input = desktopApi.duty.createIncident.input.parse({
      id, unitId: bureauId, receivedAt: Date.now() - 60_000, source: '群众电话', reporterName: '张三', reporterPhone: '13800000000',
      facts: { title: '某化工园区储罐泄漏', category: '事故灾难', place: '滨城区某化工园区' },
    });
    await bureau.handlers.duty.createIncident(input);
    const reportId = newId();
    await bureau.handlers.duty.actIncident({ incidentId: id, action: { kind: 'report', reportId, reportKind: 'first', text: '', facts: { ...input.facts, injuries: 1 } } });
    expect(await bureau.handlers.duty.incident({ id })).toMatchObject({ reports: [{ id: reportId, kind: 'first' }] });
    await waitFor(async () => {
      const incident = await bureau.handlers.duty.incident({ id });
      return incident.pending === null && incident.reports.length === 1;
    }, 'the server takes the incident and its 首报');

    const received = await waitFor(
      async () => (await office.handlers.duty.incidents(desktopApi.duty.incidents.input.parse({ scope: 'received' }))).find((item) => item.id === id),
      'the 首报 reaches the 总值班室',
    );
    expect(received).toMatchObject({ unitName: '市应急局', toUnitId: cityOffice.id, title: '某化工园区储罐泄漏', lastReport: { kind: 'first' }, unreceived: 1 });
    expect((await office.handlers.duty.counts({})).unreceivedReports).toBeGreaterThanOrEqual(1);

    await office.handlers.duty.actIncident({ incidentId: id, action: { kind: 'receive', reportId } });
    await waitFor(async () => (await bureau.handlers.duty.incident({ id })).reports[0]?.receivedBy === officeOfficer.id, 'the bureau sees it signed for');
    expect((await office.handlers.duty.incident({ id })).pending).toBeNull();
  });

  it('keeps a 值班日志 line written offline and sends it once the network is back', async () => {
    cableCut = true;
    const id = newId();
    const at = Date.now();
    await bureau.handlers.duty.saveLogEntry(
      desktopApi.duty.saveLogEntry.input.parse({ id, unitId: bureauId, kind: 'call', at, callerName: '李四', callerUnit: '某街道办', callerNumber: '0543-1234567', content: '来电反映某路段积水严重', open: true }),
    );
    const day = desktopApi.duty.logEntries.input.parse({ unitId: bureauId, from: at - 3_600_000, to: at + 3_600_000 });
    expect((await bureau.handlers.duty.logEntries(day)).find((entry) => entry.id === id)).toMatchObject({ content: '来电反映某路段积水严重', pending: { status: 'pending' } });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await bureau.handlers.duty.logEntries(day)).find((entry) => entry.id === id)?.pending?.status).toBe('pending');

    cableCut = false;
    const synced = await waitFor(async () => (await bureau.handlers.duty.logEntries(day)).find((entry) => entry.id === id && entry.pending === null), 'the line reaches the server', 40_000);
    expect(synced).toMatchObject({ recorderId: bureauOfficer.id, open: true });
  }, 60_000);
});
