import { describe, expect, it } from 'vitest';
import { checkRoster } from './check-roster';
import type { Roster, RosterInput, RosterSlot } from './roster-schemas';
import { personId, post, unitId } from './test-support';

const leader = post(1, '带班领导', true);
const officer = post(2, '值班员');
const [l1, l2, l3, notLeader] = [personId(1), personId(2), personId(3), personId(4)];
const [o1, o2, o3, o4] = [personId(11), personId(12), personId(13), personId(14)];
const stranger = personId(99);

/** Three days, a leader and an officer each; l3 is on both lists. */
const input: RosterInput = {
  unitId,
  from: '2026-03-09',
  to: '2026-03-11',
  posts: [leader, officer],
  shifts: { kind: '24h', dayStart: '08:30' },
  pools: [
    { postId: leader.id, personIds: [l1, l2, l3, notLeader] },
    { postId: officer.id, personIds: [o1, o2, o3, o4, l3] },
  ],
  constraints: { noConsecutiveDays: true, maxPerMonth: null, unavailable: [], leaders: [l1, l2, l3] },
};

const slot = (date: string, postId: string, who: string | null): RosterSlot => ({ date, shift: 'full', postId, personId: who });

/** l1/o1, l2/o2, l3/o3 on the three days: nothing wrong with it. */
const valid: Roster = {
  unitId,
  from: input.from,
  to: input.to,
  slots: [
    slot('2026-03-09', leader.id, l1),
    slot('2026-03-09', officer.id, o1),
    slot('2026-03-10', leader.id, l2),
    slot('2026-03-10', officer.id, o2),
    slot('2026-03-11', leader.id, l3),
    slot('2026-03-11', officer.id, o3),
  ],
};

/** The valid roster with the person in one slot changed, as a manager would edit it by hand. */
function edited(date: string, postId: string, who: string | null, roster: Roster = valid): Roster {
  return { ...roster, slots: roster.slots.map((s) => (s.date === date && s.postId === postId ? { ...s, personId: who } : s)) };
}

describe('checking a hand-edited roster', () => {
  it('finds nothing wrong with a roster that keeps every rule', () => {
    expect(checkRoster(valid, input)).toEqual([]);
  });

  it('reports an empty place, and how many could fill it', () => {
    expect(checkRoster(edited('2026-03-10', officer.id, null), input)).toEqual([
      {
        kind: 'unfilled',
        date: '2026-03-10',
        shift: 'full',
        postId: officer.id,
        personId: null,
        message: '2026年3月10日 全天 值班员：尚未排人（有 2 人可排）',
      },
    ]);
  });

  it('reports a place missing from the roster as empty', () => {
    const roster = { ...valid, slots: valid.slots.filter((s) => !(s.date === '2026-03-11' && s.postId === leader.id)) };
    expect(checkRoster(roster, input).map((p) => [p.kind, p.date, p.postId])).toEqual([['unfilled', '2026-03-11', leader.id]]);
  });

  it('reports someone who is not on the post’s list', () => {
    expect(checkRoster(edited('2026-03-10', officer.id, stranger), input)).toEqual([
      {
        kind: 'notInPool',
        date: '2026-03-10',
        shift: 'full',
        postId: officer.id,
        personId: stranger,
        message: '2026年3月10日 全天 值班员：不在本岗位的值班人员名单中',
      },
    ]);
  });

  it('reports someone who is not a leader on the leader’s post', () => {
    expect(checkRoster(edited('2026-03-10', leader.id, notLeader), input)).toEqual([
      {
        kind: 'notLeader',
        date: '2026-03-10',
        shift: 'full',
        postId: leader.id,
        personId: notLeader,
        message: '2026年3月10日 全天 带班领导：不是带班领导，本岗位只能由领导担任',
      },
    ]);
  });

  it('reports someone on leave or away', () => {
    const away: RosterInput = {
      ...input,
      constraints: { ...input.constraints, unavailable: [{ personId: l2, from: '2026-03-10', to: '2026-03-12', reason: '请假' }] },
    };
    expect(checkRoster(valid, away).map((p) => [p.kind, p.date, p.personId, p.message])).toEqual([
      ['unavailable', '2026-03-10', l2, '2026年3月10日 全天 带班领导：请假（2026年3月10日至2026年3月12日），不能值班'],
    ]);
  });

  it('reports two days running on the later day', () => {
    expect(checkRoster(edited('2026-03-10', leader.id, l1), input).map((p) => [p.kind, p.date, p.personId, p.message])).toEqual([
      ['consecutive', '2026-03-10', l1, '2026年3月10日 全天 带班领导：2026年3月9日全天已值班，不能连续值班'],
    ]);
    const relaxed = { ...input, constraints: { ...input.constraints, noConsecutiveDays: false } };
    expect(checkRoster(edited('2026-03-10', leader.id, l1), relaxed)).toEqual([]);
  });

  it('reports two days running across the end of the previous roster', () => {
    const previous: Roster = { unitId, from: '2026-03-02', to: '2026-03-08', slots: [slot('2026-03-08', officer.id, o1)] };
    expect(checkRoster(valid, { ...input, previous }).map((p) => [p.kind, p.date, p.personId, p.message])).toEqual([
      ['consecutive', '2026-03-09', o1, '2026年3月9日 全天 值班员：2026年3月8日全天已值班，不能连续值班'],
    ]);
  });

  it('reports a day shift and the night after it as two running', () => {
    const dayNight: RosterInput = { ...input, shifts: { kind: 'dayNight', dayStart: '08:30', nightStart: '17:30' } };
    const roster: Roster = {
      ...valid,
      slots: [
        { date: '2026-03-09', shift: 'day', postId: leader.id, personId: l1 },
        { date: '2026-03-09', shift: 'night', postId: leader.id, personId: l1 },
      ],
    };
    const problems = checkRoster(roster, dayNight);
    expect(problems.filter((p) => p.kind !== 'unfilled').map((p) => [p.kind, p.date, p.shift, p.message])).toEqual([
      ['consecutive', '2026-03-09', 'night', '2026年3月9日 夜班 带班领导：2026年3月9日白班已值班，不能连续值班'],
    ]);
  });

  it('reports shifts over the monthly maximum, counting the previous roster’s in the same month', () => {
    const previous: Roster = { unitId, from: '2026-03-02', to: '2026-03-08', slots: [slot('2026-03-05', officer.id, o2)] };
    const capped = { ...input, previous, constraints: { ...input.constraints, maxPerMonth: 1 } };
    expect(checkRoster(valid, capped).map((p) => [p.kind, p.date, p.personId, p.message])).toEqual([
      ['overMonthlyMax', '2026-03-10', o2, '2026年3月10日 全天 值班员：超过每月最多 1 班的限制'],
    ]);
  });

  it('reports the same person twice in one shift', () => {
    expect(checkRoster(edited('2026-03-11', officer.id, l3), input).map((p) => [p.kind, p.postId, p.personId, p.message])).toEqual([
      ['twiceInShift', officer.id, l3, '2026年3月11日 全天 值班员：同一班次已在「带班领导」值班'],
    ]);
  });

  it('reports more people than the post has places', () => {
    const roster = { ...valid, slots: [...valid.slots, slot('2026-03-10', officer.id, o4)] };
    expect(checkRoster(roster, input).map((p) => [p.kind, p.personId, p.message])).toEqual([
      ['extra', o4, '2026年3月10日 全天 值班员：超出本岗位每班 1 人'],
    ]);
  });

  it('reports every problem of a slot and lists them in time order', () => {
    let roster = edited('2026-03-11', leader.id, notLeader);
    roster = edited('2026-03-09', officer.id, o2, roster);
    const away: RosterInput = {
      ...input,
      constraints: { ...input.constraints, unavailable: [{ personId: notLeader, from: '2026-03-11', to: '2026-03-11', reason: '出差' }] },
    };
    expect(checkRoster(roster, away).map((p) => [p.date, p.kind, p.personId])).toEqual([
      ['2026-03-10', 'consecutive', o2],
      ['2026-03-11', 'notLeader', notLeader],
      ['2026-03-11', 'unavailable', notLeader],
    ]);
  });
});
