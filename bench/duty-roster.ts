/**
 * Duty roster generation: a year for a unit of 60 people (12 leaders for 带班, 20 主班, 20 副班 and
 * 8 drivers), nobody two days running, at most 10 shifts a month, and every person on leave once
 * and away on a trip once in the year. Timed for one 24-hour shift a day and for day and night shifts.
 */
import { addCalendarDays } from '../shared/calendar/working-days';
import { generateRoster } from '../shared/duty/generate-roster';
import type { RosterInput, ShiftPattern, Unavailability } from '../shared/duty/roster-schemas';
import { round, summarize } from './stats';

const RUNS = 5;

/** A fixed, readable UUID per number. */
function id(n: number): string {
  return `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
}

function yearForSixtyPeople(shifts: ShiftPattern): RosterInput {
  const people = Array.from({ length: 60 }, (_, i) => id(i + 1));
  const posts = [
    { id: id(1001), name: '带班领导', leaderOnly: true, perShift: 1 },
    { id: id(1002), name: '值班员（主班）', leaderOnly: false, perShift: 1 },
    { id: id(1003), name: '值班员（副班）', leaderOnly: false, perShift: 1 },
    { id: id(1004), name: '驾驶员', leaderOnly: false, perShift: 1 },
  ];
  const lists = [people.slice(0, 12), people.slice(12, 32), people.slice(32, 52), people.slice(52)];
  // Spread over the year so that on most days someone on each list is away.
  const unavailable: Unavailability[] = people.flatMap((personId, i) => {
    const leave = addCalendarDays('2026-01-01', (i * 37) % 350);
    const trip = addCalendarDays('2026-01-01', (i * 53 + 180) % 355);
    return [
      { personId, from: leave, to: addCalendarDays(leave, 3 + (i % 8)), reason: '请假' as const },
      { personId, from: trip, to: addCalendarDays(trip, 2 + (i % 5)), reason: '出差' as const },
    ];
  });
  return {
    unitId: id(9000),
    from: '2026-01-01',
    to: '2026-12-31',
    posts,
    shifts,
    pools: posts.map((post, i) => ({ postId: post.id, personIds: lists[i] ?? [] })),
    constraints: { noConsecutiveDays: true, maxPerMonth: 10, unavailable, leaders: lists[0] ?? [] },
  };
}

function timeYear(shifts: ShiftPattern): Record<string, unknown> {
  const input = yearForSixtyPeople(shifts);
  const times: number[] = [];
  let result = generateRoster(input);
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    result = generateRoster(input);
    times.push(performance.now() - start);
  }
  const { p50, max } = summarize(times);
  return {
    slots: result.roster.slots.length,
    emptyPlaces: result.problems.filter((problem) => problem.kind === 'unfilled').length,
    otherProblems: result.problems.filter((problem) => problem.kind !== 'unfilled').length,
    medianMs: round(p50, 0),
    maxMs: round(max, 0),
  };
}

export async function benchDutyRoster(): Promise<Record<string, unknown>> {
  const firstRun = performance.now();
  generateRoster(yearForSixtyPeople({ kind: '24h', dayStart: '08:30' }));
  return {
    runs: RUNS,
    firstRunColdMs: round(performance.now() - firstRun, 0),
    '24h': timeYear({ kind: '24h', dayStart: '08:30' }),
    dayAndNight: timeYear({ kind: 'dayNight', dayStart: '08:30', nightStart: '17:30' }),
  };
}
