import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { TestServer } from '../testing/api-harness';
import { dutyFixture, week, type DutyFixture } from './test-fixture';

let server: TestServer;
let f: DutyFixture;

const options = { log: process.env.DEBUG_SERVER === '1', config: { noticeDuplicateWindowMs: 0 } };

beforeEach(async () => {
  server = await TestServer.start(options);
  f = await dutyFixture(server);
});
afterEach(async () => {
  await server.stop();
});

describe('duty setup', () => {
  it('takes only the unit’s people into its lists and only leaders as 带班领导, saying who is wrong', async () => {
    const { leaderPost, officerPost } = f;
    const outsider = await server.tryCommand(f.manager.token, 'duty.saveSetup', {
      unitId: f.emergency.id,
      posts: [{ id: officerPost, name: '值班员', leaderOnly: false, perShift: 1 }],
      shifts: { kind: '24h', dayStart: '08:00' },
      pools: [{ postId: officerPost, personIds: [f.countyOfficer.person.id] }],
      constraints: { noConsecutiveDays: false, maxPerMonth: null, unavailable: [], leaders: [] },
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body.error.message).toContain('王永刚');
    await expect(f.saveSetup({ constraints: { noConsecutiveDays: false, maxPerMonth: null, unavailable: [], leaders: [f.staff[0]!.person.id] } })).rejects.toThrow('郭颖不是领导');
    await expect(f.saveSetup({}, f.staff[0])).rejects.toThrow('403');
    expect((await f.saveSetup()).posts.map((p) => p.id)).toEqual([leaderPost, officerPost]);
  });
});

describe('rosters', () => {
  it('saves a draft with broken rules, refuses to publish until every problem is acknowledged, and keeps a published roster published through edits', async () => {
    // 郭颖 is on leave on the 24th, where the week's rotation puts her.
    await f.saveSetup({
      constraints: {
        noConsecutiveDays: false,
        maxPerMonth: null,
        unavailable: [{ personId: f.staff[0]!.person.id, from: '2026-11-24', to: '2026-11-24', reason: '请假' }],
        leaders: [f.leaderA.person.id, f.leaderB.person.id],
      },
    });
    const draft = await f.saveRoster();
    expect(draft.status).toBe('draft');

    const refused = await f.actRoster(f.manager, draft, { kind: 'publish', acknowledged: [] });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('请假');
    const keys = refused.body.error.issues.map((issue: { path: string }) => issue.path);
    expect(keys).toEqual([`unavailable|2026-11-24|full|${f.officerPost}|${f.staff[0]!.person.id}`]);

    const published = (await f.actRoster(f.manager, draft, { kind: 'publish', acknowledged: keys })).body.output;
    expect([published.status, published.version]).toEqual(['published', 2]);

    await expect(f.saveRoster({ id: draft.id, expectedVersion: 1 })).rejects.toThrow(/409.*已被魏洁于2026年11月23日 09:00修改/);

    const slots = published.slots.map((slot: { date: string; postId: string }) =>
      slot.date === week[1] && slot.postId === f.officerPost ? { ...slot, personId: f.staff[1]!.person.id } : slot,
    );
    const edited = await f.saveRoster({ id: published.id, slots, expectedVersion: 2 });
    expect([edited.status, edited.version]).toEqual(['published', 3]);
    expect(edited.history.at(-1)!.text).toBe('修改值班表：1 个班次岗位有变动（已发布）');
    await expect(f.saveRoster({}, f.staff[0])).rejects.toThrow('403');
  });

  it('is submitted to the office above, returned and accepted only by its 值班员, with notices both ways', async () => {
    const roster = await f.publishedRoster();
    expect((await f.actRoster(f.staff[0]!, roster, { kind: 'submit', acknowledged: [] })).status).toBe(403);
    const submitted = (await f.actRoster(f.manager, roster, { kind: 'submit', acknowledged: [] })).body.output;
    expect(submitted.submission).toMatchObject({ status: 'submitted', toUnitId: f.office.id });
    expect((await f.actRoster(f.manager, submitted, { kind: 'submit', acknowledged: [] })).status).toBe(409);

    for (const who of [f.manager, f.unrelatedOfficer, f.countyOfficer]) {
      expect((await f.actRoster(who, submitted, { kind: 'accept' })).status).toBe(403);
    }
    const returned = (await f.actRoster(f.cityOfficer, submitted, { kind: 'return', reason: '请补充带班领导手机号' })).body.output;
    expect(returned.submission.status).toBe('returned');
    expect((await f.actRoster(f.cityOfficer, returned, { kind: 'accept' })).status).toBe(409);

    const again = (await f.actRoster(f.manager, returned, { kind: 'submit', acknowledged: [] })).body.output;
    const accepted = (await f.actRoster(f.cityOfficer, again, { kind: 'accept', opinion: '同意' })).body.output;
    expect(accepted.submission).toMatchObject({ status: 'accepted', decidedBy: f.cityOfficer.person.id, opinion: '同意' });

    expect((await f.noticesOf(f.cityOfficer, 2)).map((n) => n.title)).toEqual(['值班表待接收', '值班表待接收']);
    const managerNotices = await f.noticesOf(f.manager, 2);
    expect(managerNotices.map((n) => n.title)).toEqual(['值班表被退回', '值班表已接收']);
    expect(managerNotices[0]!.text).toContain('请补充带班领导手机号');
  });

  it('reaches the unit and the offices above it, not a unit beside it', async () => {
    const roster = await f.publishedRoster();
    expect((await f.pull(f.cityOfficer)).rosters.map((r) => r.id)).toEqual([roster.id]);
    expect((await f.pull(f.staff[2]!)).rosters.map((r) => r.id)).toEqual([roster.id]);
    expect((await f.pull(f.unrelatedOfficer)).rosters).toEqual([]);
    expect((await f.pull(f.countyOfficer)).rosters).toEqual([]);

    // Someone joining the unit's 值班 audience later gets its records on the next write, though their cursor is past them.
    const newcomer = await server.person('xinren', '新人', { orgId: f.emergency.id });
    const before = await f.pull(newcomer);
    expect(before.rosters).toEqual([]);
    await f.saveSetup({ officePhone: '0543-3162111' });
    expect((await f.pull(newcomer)).rosters.map((r) => r.id)).toEqual([roster.id]);
  });
});

describe('holiday roster calls', () => {
  it('go from a duty office’s 值班员 to units it oversees, and a holiday roster answering one keeps to its dates', async () => {
    const call = {
      id: newId(),
      ownerUnitId: f.office.id,
      title: '关于报送2027年元旦假期值班安排的通知',
      from: '2027-01-01',
      to: '2027-01-03',
      deadline: Date.parse('2026-12-29T18:00:00+08:00'),
      unitIds: [f.emergency.id, f.huiminOffice.id, f.huiminEmergency.id],
      dailyReportBy: '15:00',
    };
    expect((await server.tryCommand(f.manager.token, 'duty.createCall', call)).status).toBe(403);
    const notOverseen = await server.tryCommand(f.countyOfficer.token, 'duty.createCall', { ...call, id: newId(), ownerUnitId: f.huiminOffice.id });
    expect(notOverseen.status).toBe(400);
    expect(notOverseen.body.error.message).toContain('市应急局不向惠民县人民政府办公室报送');
    await server.command(f.cityOfficer.token, 'duty.createCall', call);
    expect((await f.pull(f.manager)).calls.map((c) => c.id)).toEqual([call.id]);
    expect((await f.pull(f.unrelatedOfficer)).calls).toEqual([]);

    await f.saveSetup();
    const wrongDates = f.saveRoster({ kind: 'holiday', callId: call.id, from: '2027-01-01', to: '2027-01-02', slots: [] });
    await expect(wrongDates).rejects.toThrow('须与报送通知一致');
    const holiday = await f.saveRoster({ kind: 'holiday', callId: call.id, from: '2027-01-01', to: '2027-01-03', slots: [] });
    const keys = (await f.actRoster(f.manager, holiday, { kind: 'submit', acknowledged: [] })).body.error.issues.map((i: { path: string }) => i.path);
    const submitted = (await f.actRoster(f.manager, holiday, { kind: 'submit', acknowledged: keys })).body.output;
    expect(submitted.submission.toUnitId).toBe(f.office.id);
  });
});
