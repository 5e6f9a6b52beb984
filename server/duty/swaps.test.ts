import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DutyRoster, DutySwap } from '../../shared/duty/records';
import { newId } from '../../shared/ids';
import { TestServer } from '../testing/api-harness';
import { dutyFixture, week, type DutyFixture, type Someone } from './test-fixture';

let server: TestServer;
let f: DutyFixture;
let roster: DutyRoster;

const options = { log: process.env.DEBUG_SERVER === '1', config: { noticeDuplicateWindowMs: 0 } };

beforeEach(async () => {
  server = await TestServer.start(options);
  f = await dutyFixture(server);
  roster = await f.publishedRoster();
});
afterEach(async () => {
  await server.stop();
});

// The week's 值班员: 魏洁 (23rd), 郭颖 (24th), 曾慧敏 (25th), 刘凯 (26th), 魏洁 (27th) …; leader B on the 24th.
const slot = (date: string) => ({ date, shift: 'full' as const, postId: f.officerPost });
const personAt = (r: DutyRoster, date: string) => r.slots.find((s) => s.date === date && s.postId === f.officerPost)!.personId;

/** 郭颖 (24th) asks 曾慧敏 (25th) to swap. */
const request = (changes: object = {}): Promise<DutySwap> =>
  server.command(f.staff[0]!.token, 'duty.requestSwap', {
    id: newId(),
    rosterId: roster.id,
    kind: 'swap',
    slot: slot(week[1]!),
    counterpartId: f.staff[1]!.person.id,
    counterpartSlot: slot(week[2]!),
    reason: '家中有事',
    ...changes,
  });

const decide = (who: Someone, swap: DutySwap, decision: string, expectedStatus = swap.status) =>
  server.tryCommand(who.token, 'duty.decideSwap', { swapId: swap.id, expectedStatus, decision });

describe('swaps', () => {
  it('request → accept → approve by the shift’s 带班领导 changes the roster, records it and tells everyone', async () => {
    const swap = await request();
    expect((await decide(f.leaderB, swap, 'accept')).status).toBe(403);
    const accepted = (await decide(f.staff[1]!, swap, 'accept')).body.output;
    expect(accepted.status).toBe('accepted');
    // Leader A is not on the 24th: only B, or a duty manager, may approve.
    expect((await decide(f.leaderA, accepted, 'approve')).status).toBe(403);
    const approved = (await decide(f.leaderB, accepted, 'approve')).body.output;
    expect([approved.status, approved.decidedBy]).toEqual(['approved', f.leaderB.person.id]);

    const [changed] = (await f.pull(f.manager)).rosters;
    expect([personAt(changed!, week[1]!), personAt(changed!, week[2]!)]).toEqual([f.staff[1]!.person.id, f.staff[0]!.person.id]);
    expect(changed!.version).toBe(roster.version + 1);
    expect(changed!.history.at(-1)!.text).toMatch(/^换班：郭颖.*与曾慧敏.*换班（赵浩批准）$/);

    expect((await f.noticesOf(f.staff[1]!, 2)).map((n) => n.title)).toEqual(['换班申请', '换班申请已批准']);
    expect((await f.noticesOf(f.staff[0]!, 2)).map((n) => n.title)).toEqual(['换班申请待审批', '换班申请已批准']);
    expect((await f.noticesOf(f.leaderB, 1)).map((n) => n.title)).toEqual(['换班申请待审批']);
  });

  it('declined by the counterpart, refused by the approver, cancelled by the requester; a stale status is refused with the current one', async () => {
    const declined = (await decide(f.staff[1]!, await request(), 'decline')).body.output;
    expect(declined.status).toBe('declined');

    const second = await request();
    const accepted = (await decide(f.staff[1]!, second, 'accept')).body.output;
    const stale = await decide(f.staff[0]!, second, 'cancel', 'requested');
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('待审批');
    const refused = (await decide(f.manager, accepted, 'refuse')).body.output;
    expect(refused.status).toBe('refused');
    expect((await decide(f.manager, refused, 'approve')).status).toBe(409);

    const third = await request();
    expect((await decide(f.staff[1]!, third, 'cancel')).status).toBe(403);
    expect((await decide(f.staff[0]!, third, 'cancel')).body.output.status).toBe('cancelled');
    const [unchanged] = (await f.pull(f.manager)).rosters;
    expect(unchanged!.version).toBe(roster.version);
  });

  it('refuses a request for someone else’s place or with someone outside the post’s list, and an approval that would break a leave', async () => {
    await expect(request({ slot: slot(week[0]!), counterpartSlot: slot(week[2]!) })).rejects.toThrow('403');
    await expect(request({ kind: 'substitute', counterpartId: f.outsiderInUnit.person.id, counterpartSlot: null })).rejects.toThrow('不在该岗位的值班人员名单中');
    await expect(request({ counterpartSlot: slot(week[3]!) })).rejects.toThrow('曾慧敏不在');

    // 曾慧敏 asks for leave on the 24th after agreeing to take it.
    const swap = (await decide(f.staff[1]!, await request(), 'accept')).body.output;
    await f.saveSetup({
      constraints: {
        noConsecutiveDays: false,
        maxPerMonth: null,
        unavailable: [{ personId: f.staff[1]!.person.id, from: week[1]!, to: week[1]!, reason: '请假' }],
        leaders: [f.leaderA.person.id, f.leaderB.person.id],
      },
    });
    const refused = await decide(f.manager, swap, 'approve');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('曾慧敏');
    expect(refused.body.error.message).toContain('请假');
  });
});
