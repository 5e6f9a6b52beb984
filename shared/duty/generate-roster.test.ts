import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../documents/test-support';
import { checkRoster } from './check-roster';
import { generateRoster } from './generate-roster';
import type { DayCategory, Roster, RosterInput } from './roster-schemas';
import {
  brokenConstraints,
  categoryOf,
  couldHaveTaken,
  countsByAvailability,
  leavesRoomForFairness,
  personId,
  post,
  rosterInputs,
  spread,
  unitId,
} from './test-support';

const anyUnit = rosterInputs({ disjointPools: false, minPool: 0, maxPool: 8, allowMonthlyMax: true });
const roomyUnit = rosterInputs({ disjointPools: true, minPool: 4, maxPool: 16, allowMonthlyMax: true });

describe('generating a roster', () => {
  it('fills every place or reports it, and breaks no constraint', () => {
    fc.assert(
      fc.property(anyUnit, (input) => {
        const { roster, problems } = generateRoster(input);
        expect(brokenConstraints(roster, input)).toEqual([]);
        const empty = roster.slots.filter((slot) => slot.personId === null);
        expect(problems.map((p) => [p.kind, p.date, p.shift, p.postId, p.personId])).toEqual(
          empty.map((slot) => ['unfilled', slot.date, slot.shift, slot.postId, null]),
        );
        expect(checkRoster(roster, input)).toEqual(problems);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves a place empty only when nobody on its list could take it', () => {
    fc.assert(
      fc.property(anyUnit, (input) => {
        const { roster } = generateRoster(input);
        const empty = roster.slots.flatMap((slot, index) => (slot.personId === null ? [index] : [])).slice(0, 5);
        for (const index of empty) {
          const pool = input.pools.find((p) => p.postId === roster.slots[index]?.postId)?.personIds ?? [];
          expect(pool.filter((id) => couldHaveTaken(roster, input, index, id))).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('shares each kind of day out within one shift among people available alike', () => {
    fc.assert(
      fc.property(roomyUnit, (input) => {
        fc.pre(leavesRoomForFairness(input));
        const { roster } = generateRoster(input);
        expect(countsByAvailability(roster, input, false).filter((group) => spread(group.counts) > 1)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same roster for the same input and leaves the input alone', () => {
    fc.assert(
      fc.property(anyUnit, (input) => {
        const first = generateRoster(deepFreeze(structuredClone(input)));
        expect(generateRoster(structuredClone(input))).toEqual(first);
      }),
      { numRuns: 50 },
    );
  });

  it('says why a place stays empty', () => {
    const [a, b, c, d] = [personId(1), personId(2), personId(3), personId(4)];
    const leader = post(1, '带班领导', true);
    const { roster, problems } = generateRoster({
      unitId,
      from: '2026-03-09',
      to: '2026-03-10',
      posts: [leader],
      shifts: { kind: '24h', dayStart: '08:30' },
      pools: [{ postId: leader.id, personIds: [a, b, c, d] }],
      constraints: {
        noConsecutiveDays: true,
        maxPerMonth: null,
        unavailable: [
          { personId: a, from: '2026-03-09', to: '2026-03-12', reason: '请假' },
          { personId: d, from: '2026-03-09', to: '2026-03-13', reason: '出差' },
        ],
        leaders: [a, b, d],
      },
    });
    expect(roster.slots.map((slot) => slot.personId)).toEqual([b, null]);
    expect(problems).toEqual([
      {
        kind: 'unfilled',
        date: '2026-03-10',
        shift: 'full',
        postId: leader.id,
        personId: null,
        message: '2026年3月10日 全天 带班领导：无人可排（1 人请假，1 人前后一天或当天已值班，1 人不是带班领导，1 人出差）',
      },
    ]);
  });
});

describe('the official holiday calendar', () => {
  const [a, b, c] = [personId(1), personId(2), personId(3)];
  const officer = post(1, '值班员');
  const threeInTurn = (from: string, to: string): RosterInput => ({
    unitId,
    from,
    to,
    posts: [officer],
    shifts: { kind: '24h', dayStart: '08:30' },
    pools: [{ postId: officer.id, personIds: [a, b, c] }],
    constraints: { noConsecutiveDays: false, maxPerMonth: null, unavailable: [], leaders: [] },
  });
  const whoIsOn = (input: RosterInput) => Object.fromEntries(generateRoster(input).roster.slots.map((s) => [s.date, s.personId]));

  // Each kind of day has its own rotation, each starting from the top of the list.
  it('国庆 2026: 10-01..10-07 off, 10-08 and 10-09 weekdays, 10-10 a 调休 working Saturday, 10-11 a weekend', () => {
    expect(whoIsOn(threeInTurn('2026-10-01', '2026-10-11'))).toEqual({
      '2026-10-01': a, '2026-10-02': b, '2026-10-03': c, '2026-10-04': a, '2026-10-05': b, '2026-10-06': c, '2026-10-07': a,
      '2026-10-08': a, '2026-10-09': b, '2026-10-10': c,
      '2026-10-11': a,
    });
  });

  it('国庆 2026: 9-20 is a 调休 working Sunday', () => {
    expect(whoIsOn(threeInTurn('2026-09-19', '2026-09-21'))).toEqual({ '2026-09-19': a, '2026-09-20': a, '2026-09-21': b });
  });

  it('春节 2026: 2-14 (Saturday) worked, 2-15..2-23 off, 2-28 (Saturday) worked', () => {
    expect(whoIsOn(threeInTurn('2026-02-13', '2026-03-01'))).toEqual({
      '2026-02-13': a, '2026-02-14': b,
      '2026-02-15': a, '2026-02-16': b, '2026-02-17': c, '2026-02-18': a, '2026-02-19': b, '2026-02-20': c, '2026-02-21': a, '2026-02-22': b, '2026-02-23': c,
      '2026-02-24': c, '2026-02-25': a, '2026-02-26': b, '2026-02-27': c, '2026-02-28': a,
      '2026-03-01': a,
    });
  });

  it('shares a month with a holiday period out evenly per kind of day', () => {
    const people = Array.from({ length: 8 }, (_, i) => personId(i + 1));
    const input: RosterInput = {
      ...threeInTurn('2026-09-01', '2026-10-31'),
      pools: [{ postId: officer.id, personIds: people }],
      constraints: { noConsecutiveDays: true, maxPerMonth: null, unavailable: [], leaders: [] },
    };
    const { roster, problems } = generateRoster(input);
    expect(problems).toEqual([]);
    const groups = countsByAvailability(roster, input, false);
    // 中秋 9-25..27 and 国庆 10-01..07: 10 holidays over 8 people.
    expect(groups.find((g) => g.label.includes('holiday'))?.counts.toSorted((x, y) => x - y)).toEqual([1, 1, 1, 1, 1, 1, 2, 2]);
    expect(groups.filter((g) => spread(g.counts) > 1)).toEqual([]);
  });
});

describe('carrying on from the previous roster', () => {
  const people = Array.from({ length: 5 }, (_, i) => personId(i + 1));
  const officer = post(1, '值班员');
  const base = {
    unitId,
    posts: [officer],
    shifts: { kind: '24h' as const, dayStart: '08:30' },
    pools: [{ postId: officer.id, personIds: people }],
    constraints: { noConsecutiveDays: true, maxPerMonth: null, unavailable: [], leaders: [] },
  };

  it('goes on with the person after the last one, for weekdays and weekends alike', () => {
    const roomy = { ...base, constraints: { ...base.constraints, noConsecutiveDays: false } };
    const march = generateRoster({ ...roomy, from: '2026-03-01', to: '2026-03-31' }).roster;
    const april = generateRoster({ ...roomy, from: '2026-04-01', to: '2026-04-30', previous: march }).roster;
    const turns = (roster: Roster, category: DayCategory) => roster.slots.filter((s) => categoryOf(s.date) === category).map((s) => s.personId);
    const after = (id: string | null | undefined) => people[(people.indexOf(id as string) + 1) % people.length];
    for (const category of ['weekday', 'weekend'] as const) {
      const before = turns(march, category);
      expect(before, category).toEqual(before.map((_, i) => people[i % people.length]));
      expect(turns(april, category)[0], category).toBe(after(before.at(-1)));
    }
  });

  it('does not put the last day’s person on the first day, even when it is their turn', () => {
    const [due, ...others] = people as [string, ...string[]];
    // Everyone but `due` served March's weekdays in turn; `due` only on the last day, so `due` is still owed most.
    const march = generateRoster({ ...base, pools: [{ postId: officer.id, personIds: others }], from: '2026-03-01', to: '2026-03-30' }).roster;
    const previous = { ...march, to: '2026-03-31', slots: [...march.slots, { date: '2026-03-31', shift: 'full' as const, postId: officer.id, personId: due }] };
    const april = generateRoster({ ...base, from: '2026-04-01', to: '2026-04-03', previous }).roster;
    expect(april.slots.map((s) => s.personId)).not.toContain(null);
    expect(april.slots[0]?.personId).not.toBe(due);
    expect(april.slots[1]?.personId).toBe(due);
  });

  it('keeps the running counts within one and the rest rules across the boundary', () => {
    const twoMonths = roomyUnit.map((input) => ({ ...input, constraints: { ...input.constraints, unavailable: [] } }));
    fc.assert(
      fc.property(twoMonths, (first) => {
        fc.pre(leavesRoomForFairness(first));
        const previous = generateRoster(first).roster;
        const from = new Date(Date.parse(`${first.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + 27 * 86_400_000).toISOString().slice(0, 10);
        const second: RosterInput = { ...first, from, to, previous };
        fc.pre(leavesRoomForFairness(second));
        const { roster } = generateRoster(second);
        expect(brokenConstraints(roster, second)).toEqual([]);
        expect(countsByAvailability(roster, second, true).filter((group) => spread(group.counts) > 1)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
