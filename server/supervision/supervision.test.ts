import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { readPdfText } from '../documents/pdf/pdf-text';
import { TestServer } from '../testing/api-harness';
import { supervisionFixture, type SupervisionFixture } from './test-fixture';

let server: TestServer;
let f: SupervisionFixture;

beforeEach(async () => {
  server = await TestServer.start({ log: process.env.DEBUG_SERVER === '1' });
  f = await supervisionFixture(server);
});
afterEach(async () => {
  await server.stop();
});

const titles = (notices: { title: string }[]) => notices.map((n) => n.title);

describe('督办事项 lifecycle', () => {
  it('goes from 立项 through 交办, 签收, 反馈, 延期, 办结 (refused while a 节点 is open), 审核, 评价 to 归档', async () => {
    let item = await f.create();
    expect(item.number).toBe('督〔2026〕1号');
    expect(item.status).toBe('assigned');
    // 交办: the people who sign for each unit (its leaders and 文书) are told; the 责任人-to-be is not.
    for (const who of [f.dataLeader, f.dataClerk, f.financeLeader]) {
      expect(titles((await f.pull(who)).notices)).toEqual(['督办事项待签收']);
    }
    expect((await f.pull(f.dataOwner)).notices).toEqual([]);

    const notMine = await f.tryAct(f.dataColleague, item, { kind: 'accept', unitId: f.finance.id, ownerId: f.financeOwner.person.id });
    expect(notMine.status).toBe(403);
    expect(notMine.body.error.message).toBe('您不在该单位任职，不能代其办理');
    const outsiderAsOwner = await f.tryAct(f.dataLeader, item, { kind: 'accept', unitId: f.dataBureau.id, ownerId: f.financeOwner.person.id });
    expect(outsiderAsOwner.body.error.message).toBe('责任人须为该单位人员');
    item = await f.signed(item);
    expect(item.status).toBe('handling');
    expect(item.units.map((u) => u.ownerId)).toEqual([f.dataOwner.person.id, f.financeOwner.person.id]);

    // 反馈: the 配合单位 reports to the lead unit, which consolidates; the 督查室 reviews the lead's.
    item = await f.act(f.financeOwner, item, { kind: 'report', unitId: f.finance.id, text: '已落实专项经费120万元。', percent: 50, fileIds: [], milestoneId: null });
    item = await f.act(f.dataOwner, item, { kind: 'reviewReport', reportId: item.reports[0]!.id, accept: true, opinion: '' });
    item = await f.act(f.dataOwner, item, { kind: 'report', unitId: f.dataBureau.id, text: '已梳理证明事项86项，拟取消52项。', percent: 40, fileIds: [], milestoneId: null });
    item = await f.act(f.supervisor, item, { kind: 'reviewReport', reportId: item.reports[1]!.id, accept: true, opinion: '' });
    expect(item.reports.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect(titles((await f.pull(f.dataOwner)).notices)).toContain('督〔2026〕1号 进展反馈');

    // 延期: asked before the deadline, approved by the leader who gave the 批示.
    item = await f.act(f.dataOwner, item, { kind: 'requestExtension', unitId: f.dataBureau.id, newDeadline: '2026-12-31', milestoneId: null, reason: '需与省平台联调，申请延期。' });
    item = await f.act(f.mayor, item, { kind: 'decideExtension', extensionId: item.extensions[0]!.id, approve: true, opinion: '同意' });
    expect(item.deadline).toBe('2026-12-31');
    expect(item.originalDeadline).toBe('2026-12-18');

    const early = await f.tryAct(f.dataOwner, item, { kind: 'requestClosure', report: '已完成。' });
    expect(early.status).toBe(403);
    expect(early.body.error.message).toContain('梳理证明事项清单');
    item = await f.act(f.dataOwner, item, { kind: 'completeMilestone', milestoneId: item.milestones[0]!.id });
    const supportOpen = await f.tryAct(f.dataOwner, item, { kind: 'requestClosure', report: '已完成。' });
    expect(supportOpen.body.error.message).toContain('市财政局');
    item = await f.act(f.financeOwner, item, { kind: 'completePart', unitId: f.finance.id });
    item = await f.act(f.dataOwner, item, { kind: 'requestClosure', report: '高频证明材料已全部实现免提交。', fileIds: [] });
    expect(item.status).toBe('reviewing');
    item = await f.act(f.supervisor, item, { kind: 'reviewClosure', accept: true, opinion: '' });
    expect(item.status).toBe('closed');
    expect(titles((await f.pull(f.mayor)).notices)).toContain('督〔2026〕1号 已办结');
    item = await f.act(f.supervisor, item, { kind: 'evaluate', grade: '优秀', comment: '成效明显' });
    item = await f.act(f.supervisor, item, { kind: 'archive' });
    expect(item.status).toBe('archived');
    expect(item.log.map((e) => e.action)).toEqual([
      'create', 'accept', 'accept', 'report', 'reviewReport', 'report', 'reviewReport', 'requestExtension', 'decideExtension',
      'completeMilestone', 'completePart', 'requestClosure', 'reviewClosure', 'evaluate', 'archive',
    ]);
    const [pulled] = (await f.pull(f.dataColleague)).items;
    expect(pulled).toEqual(item);
  });

  it('refuses an action queued while the item was elsewhere, saying where it is now', async () => {
    const item = await f.create();
    await f.signed(item);
    const stale = await f.tryAct(f.dataLeader, item, { kind: 'return', unitId: f.dataBureau.id, reason: '不属我局职责' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('督办事项已是"办理中"状态');
  });

  it('lets only a 督查员 register items, for their own unit, naming real units and a leader, and refuses 密级 marks', async () => {
    expect((await server.tryCommand(f.dataLeader.token, 'supervision.create', { id: newId(), ownerUnitId: f.dataBureau.id, source: '领导批示', title: '某事项', deadline: '2026-12-18', units: [{ unitId: f.finance.id, role: 'lead' }] })).status).toBe(403);
    const notOwnUnit = await server.tryCommand(f.countySupervisor.token, 'supervision.create', { id: newId(), ownerUnitId: f.office.id, source: '领导批示', title: '某事项', deadline: '2026-12-18', units: [{ unitId: f.finance.id, role: 'lead' }] });
    expect(notOwnUnit.body.error.message).toBe('只能以本人所在单位的名义立项');
    const base = { id: newId(), ownerUnitId: f.office.id, source: '上级交办', title: '某事项', deadline: '2026-12-18' };
    const dept = await server.tryCommand(f.supervisor.token, 'supervision.create', { ...base, units: [{ unitId: f.office.id, role: 'lead' }, { unitId: f.finance.id, role: 'support' }, { unitId: f.finance.id, role: 'support' }] });
    expect(dept.body.error.message).toBe('承办单位不能重复');
    const notLeader = await server.tryCommand(f.supervisor.token, 'supervision.create', { ...base, instructingLeaderId: f.dataOwner.person.id, units: [{ unitId: f.finance.id, role: 'lead' }] });
    expect(notLeader.body.error.message).toBe('批示领导须为领导');
    const classified = await server.tryCommand(f.supervisor.token, 'supervision.create', { ...base, originalText: '密级：机密', units: [{ unitId: f.finance.id, role: 'lead' }] });
    expect(classified.status).toBe(422);
    expect(classified.body.error.code).toBe('classified_refused');
    const item = await f.signed(await f.create());
    const classifiedReport = await f.tryAct(f.dataOwner, item, { kind: 'report', unitId: f.dataBureau.id, text: '秘密★1年 进展', percent: 10 });
    expect(classifiedReport.body.error.code).toBe('classified_refused');
  });

  it('gives 50 concurrent 立项 50 consecutive numbers', async () => {
    const items = await Promise.all(Array.from({ length: 50 }, () => f.create()));
    expect(items.map((i) => i.serial).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(items.map((i) => i.number)).size).toBe(50);
  });
});

describe('who sees a 督办事项', () => {
  it('shows it to its 督查室, the people of its units and the leader who gave the 批示, and to nobody else', async () => {
    const item = await f.create();
    for (const who of [f.supervisor, f.mayor, f.dataLeader, f.dataClerk, f.dataOwner, f.dataColleague, f.financeLeader, f.financeOwner]) {
      expect((await f.pull(who)).items.map((i) => i.id), who.person.name).toEqual([item.id]);
    }
    for (const who of [f.outsider, f.countySupervisor]) {
      expect((await f.pull(who)).items, who.person.name).toEqual([]);
      const refused = await f.tryAct(who, item, { kind: 'urge', text: '请抓紧办理' });
      expect(refused.status).toBe(404);
    }
  });

  it('lets a unit named later see the item from then on, and the unit that returned it keep seeing what became of it', async () => {
    let item = await f.create({ units: [{ unitId: f.dataBureau.id, role: 'lead' }, { unitId: f.finance.id, role: 'support' }] });
    item = await f.act(f.financeLeader, item, { kind: 'return', unitId: f.finance.id, reason: '不属我局职责范围' });
    expect(titles((await f.pull(f.supervisor)).notices)).toContain('督〔2026〕1号 被退回');
    item = await f.act(f.supervisor, item, { kind: 'reassign', units: [{ unitId: f.dataBureau.id, role: 'lead' }, { unitId: f.emergency.id, role: 'support' }] });
    const outsiderView = await f.pull(f.outsider);
    expect(outsiderView.items.map((i) => i.id)).toEqual([item.id]);
    expect(titles(outsiderView.notices)).toEqual(['督〔2026〕1号 督办交办通知']);
    expect((await f.pull(f.financeOwner)).items[0]!.units.map((u) => u.unitId)).toEqual([f.dataBureau.id, f.emergency.id]);
  });

  it('prints the 督查通报 for 督查员 only: figures, the table by unit and the overdue list', async () => {
    const overdue = await f.signed(await f.create({ title: '关于加快土地征收和项目落地的批示', deadline: '2026-11-27', milestones: [] }));
    await f.signed(await f.create({ title: '关于做好高校毕业生就业工作的批示' }));
    server.clock.advance(7 * 24 * 3600_000);
    const token = await server.login(f.supervisor.person.username);
    const reply = await fetch(new URL('/api/v1/supervision/bulletin?from=2026-11-01&to=2026-11-30&title=督查通报（2026年第11期）', server.server.url), { headers: { authorization: `Bearer ${token}` } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/pdf');
    const text = (await readPdfText(new Uint8Array(await reply.arrayBuffer()))).flatMap((p) => p.items.map((i) => i.text)).join('');
    for (const expected of ['督查通报（2026年第11期）', '市政府办公室', '共立项督办事项 2 项', '超期 1 项', '各单位办理情况', '市大数据局', '市财政局', overdue.number, '关于加快土地征收和项目落地的批示', '2026年11月27日']) {
      expect(text).toContain(expected);
    }
    const leader = await server.login(f.mayor.person.username);
    expect((await server.call('supervisionBulletin', { query: { from: '2026-11-01', to: '2026-11-30' } }, leader)).status).toBe(403);
  });
});
