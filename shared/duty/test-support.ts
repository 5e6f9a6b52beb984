/**
 * Helpers for the tests of the duty roster; nothing outside *.test.ts imports this. The oracle here
 * restates each constraint plainly, apart from DutyRules, so the tests do not grade the generator
 * with its own rules.
 */
import fc from 'fast-check';
import { addCalendarDays, isStatutoryHoliday, isWorkingDay } from '../calendar/working-days';
import { personId } from '../documents/test-support';
import type { DayCategory, DutyPost, Roster, RosterInput, RosterSlot, ShiftKind } from './roster-schemas';

export { personId };

export const unitId = personId(9000);

export function post(n: number, name: string, leaderOnly = false, perShift = 1): DutyPost {
  return { id: personId(1000 + n), name, leaderOnly, perShift };
}

export function allDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) days.push(day);
  return days;
}

/** The category by the calendar's tables, written out again rather than borrowed from dayCategory. */
export function categoryOf(date: string): DayCategory {
  return isStatutoryHoliday(date) ? 'holiday' : isWorkingDay(date) ? 'weekday' : 'weekend';
}

const isAway = (input: RosterInput, who: string, date: string) =>
  input.constraints.unavailable.some((u) => u.personId === who && u.from <= date && date <= u.to);

const shiftsOf = (input: RosterInput): ShiftKind[] => (input.shifts.kind === '24h' ? ['full'] : ['day', 'night']);

/** Every broken constraint in a roster, one line each; empty when the roster keeps them all. */
export function brokenConstraints(roster: Roster, input: RosterInput): string[] {
  const broken: string[] = [];
  const history = (input.previous?.slots ?? []).filter((s) => s.date < input.from);
  const all = [...history, ...roster.slots].filter((s): s is RosterSlot & { personId: string } => s.personId !== null);
  const { noConsecutiveDays, maxPerMonth, leaders } = input.constraints;
  for (const slot of roster.slots) {
    const who = slot.personId;
    if (who === null) continue;
    const at = `${slot.date} ${slot.shift} ${slot.postId} ${who}`;
    const post = input.posts.find((p) => p.id === slot.postId);
    if (!input.pools.find((p) => p.postId === slot.postId)?.personIds.includes(who)) broken.push(`${at}: not in pool`);
    if (post?.leaderOnly && !leaders.includes(who)) broken.push(`${at}: not a leader`);
    if (isAway(input, who, slot.date)) broken.push(`${at}: unavailable`);
    const others = all.filter((s) => s !== slot && s.personId === who);
    if (others.some((s) => s.date === slot.date && s.shift === slot.shift)) broken.push(`${at}: twice in a shift`);
    if (noConsecutiveDays) {
      const near = [addCalendarDays(slot.date, -1), slot.date, addCalendarDays(slot.date, 1)];
      if (others.some((s) => near.includes(s.date) && !(s.date === slot.date && s.shift === slot.shift))) broken.push(`${at}: consecutive`);
    }
    const inMonth = all.filter((s) => s.personId === who && s.date.slice(0, 7) === slot.date.slice(0, 7)).length;
    if (maxPerMonth !== null && inMonth > maxPerMonth) broken.push(`${at}: ${inMonth} in the month`);
  }
  const expected = input.posts.reduce((sum, p) => sum + p.perShift, 0) * shiftsOf(input).length * allDays(input.from, input.to).length;
  if (roster.slots.length !== expected) broken.push(`${roster.slots.length} slots, expected ${expected}`);
  return broken;
}

/** Whether the person could have taken an empty slot without breaking a constraint. */
export function couldHaveTaken(roster: Roster, input: RosterInput, index: number, personId: string): boolean {
  const slots = roster.slots.map((slot, i) => (i === index ? { ...slot, personId } : slot));
  return brokenConstraints({ ...roster, slots }, input).length === 0;
}

/**
 * For each post and kind of day, the people on its list grouped by the days they are away in the
 * range, with how many shifts of that kind each took (the previous roster's too when `withPrevious`).
 */
export function countsByAvailability(roster: Roster, input: RosterInput, withPrevious: boolean): { label: string; counts: number[] }[] {
  const slots = withPrevious ? [...(input.previous?.slots ?? []).filter((s) => s.date < input.from), ...roster.slots] : roster.slots;
  const days = allDays(input.from, input.to);
  const groups: { label: string; counts: number[] }[] = [];
  for (const post of input.posts) {
    const pool = input.pools.find((p) => p.postId === post.id)?.personIds ?? [];
    const people = post.leaderOnly ? pool.filter((id) => input.constraints.leaders.includes(id)) : pool;
    const away = (id: string) => days.filter((d) => isAway(input, id, d)).join(',');
    for (const category of ['weekday', 'weekend', 'holiday'] as const) {
      const bySignature = new Map<string, number[]>();
      for (const id of people) {
        const count = slots.filter((s) => s.postId === post.id && s.personId === id && categoryOf(s.date) === category).length;
        bySignature.set(away(id), [...(bySignature.get(away(id)) ?? []), count]);
      }
      for (const [signature, counts] of bySignature) groups.push({ label: `${post.name} ${category} away:[${signature}]`, counts });
    }
  }
  return groups;
}

/**
 * Whether the unit leaves room for an even share-out, so that the promise of shares within one shift
 * applies: the monthly maximum, if any, is above anyone's share, and on every day each post has
 * enough people not away. With nobody allowed two days running, a day's places must be found among
 * those not on duty the day before or after, so that is three days' places and two to choose from;
 * otherwise one day's places and three. Tighter than that the rest rules can force the sequence (two
 * people, one place a day: strictly alternate) and the shares are as even as that sequence allows.
 */
export function leavesRoomForFairness(input: RosterInput): boolean {
  const days = allDays(input.from, input.to);
  const shiftsPerDay = shiftsOf(input).length;
  return input.posts.every((p) => {
    const pool = input.pools.find((q) => q.postId === p.id)?.personIds ?? [];
    const people = p.leaderOnly ? pool.filter((id) => input.constraints.leaders.includes(id)) : pool;
    const fewest = Math.min(...days.map((d) => people.filter((id) => !isAway(input, id, d)).length));
    const places = p.perShift * shiftsPerDay;
    const needed = input.constraints.noConsecutiveDays ? 3 * places + 2 : places + 3;
    const max = input.constraints.maxPerMonth;
    return fewest >= needed && (max === null || max >= Math.ceil((days.length * places) / fewest) + 2);
  });
}

export function spread(counts: number[]): number {
  return counts.length === 0 ? 0 : Math.max(...counts) - Math.min(...counts);
}

const months = fc.record({ year: fc.integer({ min: 2025, max: 2027 }), month: fc.integer({ min: 1, max: 12 }) });

function monthRange({ year, month }: { year: number; month: number }): { from: string; to: string } {
  const from = `${year}-${String(month).padStart(2, '0')}-01`;
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return { from, to: addCalendarDays(next, -1) };
}

/** Leave or a trip of 1–12 days starting from a few days before the month to just after it. */
const absence = fc.record({
  person: fc.nat(),
  start: fc.integer({ min: -5, max: 33 }),
  days: fc.integer({ min: 1, max: 12 }),
  reason: fc.constantFrom('请假' as const, '出差' as const, '其他' as const),
});

export interface RandomInputOptions {
  /** Each person on at most one post's list (fairness is only promised per list). */
  disjointPools: boolean;
  minPool: number;
  maxPool: number;
  allowMonthlyMax: boolean;
}

/** A month's roster input for a unit with 1–4 posts and random lists, leave and constraints. */
export function rosterInputs(options: RandomInputOptions): fc.Arbitrary<RosterInput> {
  return fc
    .record({
      range: months.map(monthRange),
      dayNight: fc.boolean(),
      posts: fc.array(fc.record({ leaderOnly: fc.boolean(), perShift: fc.integer({ min: 1, max: 2 }) }), { minLength: 1, maxLength: 4 }),
      poolSizes: fc.array(fc.integer({ min: options.minPool, max: options.maxPool }), { minLength: 4, maxLength: 4 }),
      sharedPicks: fc.array(fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 10 }), { minLength: 4, maxLength: 4 }),
      noConsecutiveDays: fc.boolean(),
      maxPerMonth: options.allowMonthlyMax ? fc.option(fc.integer({ min: 1, max: 16 }), { nil: null }) : fc.constant(null),
      absences: fc.array(absence, { maxLength: 10 }),
    })
    .map(({ range, dayNight, posts, poolSizes, sharedPicks, noConsecutiveDays, maxPerMonth, absences }) => {
      const dutyPosts = posts.map((p, i) => post(i + 1, `岗位${i + 1}`, p.leaderOnly, p.perShift));
      let next = 1;
      const pools = dutyPosts.map((p, i) => {
        const own = Array.from({ length: poolSizes[i] ?? 1 }, () => personId(next++));
        const shared = options.disjointPools ? [] : (sharedPicks[i] ?? []).map((n) => personId(n));
        return { postId: p.id, personIds: [...new Set([...own, ...shared])] };
      });
      const everyone = [...new Set(pools.flatMap((p) => p.personIds))];
      const unavailable = absences.map(({ person, start, days, reason }) => ({
        personId: everyone[person % everyone.length] as string,
        from: addCalendarDays(range.from, start),
        to: addCalendarDays(range.from, start + days - 1),
        reason,
      }));
      return {
        unitId,
        ...range,
        posts: dutyPosts,
        shifts: dayNight ? { kind: 'dayNight' as const, dayStart: '08:30', nightStart: '17:30' } : { kind: '24h' as const, dayStart: '08:30' },
        pools,
        constraints: { noConsecutiveDays, maxPerMonth, unavailable, leaders: everyone.filter((_, i) => i % 3 !== 1) },
      };
    });
}
