import { isWorkingDay } from '../calendar/working-days';

/**
 * Working-day arithmetic in O(1), for lights and statistics over 100,000 items. Days are numbered
 * from 1970-01-01 (day 0); whether a day is worked comes from the statutory calendar
 * (isWorkingDay), tallied once into a running count over the years in use.
 */
const msPerDay = 86_400_000;
const chinaOffsetMs = 8 * 3_600_000;

/** Reading and formatting dates is the slow part of a pass over many items, which share a few thousand days. */
const dayByIso = new Map<string, number>();
const isoByDay = new Map<number, string>();

export function dayOfIso(isoDate: string): number {
  let day = dayByIso.get(isoDate);
  if (day === undefined) {
    day = Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / msPerDay;
    dayByIso.set(isoDate, day);
  }
  return day;
}

export function isoOfDay(day: number): string {
  let iso = isoByDay.get(day);
  if (iso === undefined) {
    iso = new Date(day * msPerDay).toISOString().slice(0, 10);
    isoByDay.set(day, iso);
  }
  return iso;
}

/** The day (in China, UTC+8) of an instant. */
export function chinaDayOf(epochMs: number): number {
  return Math.floor((epochMs + chinaOffsetMs) / msPerDay);
}

/** `worked[i]` counts the working days in [first, first + i]. Grown a year beyond what was asked. */
let first = 0;
let worked = new Int32Array(0);

/**
 * Makes the tally cover both days. Counts are relative to where the tally starts, so a difference
 * must read both ends from the same tally: growing it between the two reads would shift one.
 */
function tallyCovering(a: number, b: number): void {
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  if (low >= first && high < first + worked.length) return;
  const from = worked.length === 0 ? low - 366 : Math.min(first, low - 366);
  const to = worked.length === 0 ? high + 366 : Math.max(first + worked.length - 1, high + 366);
  const tally = new Int32Array(to - from + 1);
  let count = 0;
  for (let d = from; d <= to; d += 1) {
    if (isWorkingDay(isoOfDay(d))) count += 1;
    tally[d - from] = count;
  }
  first = from;
  worked = tally;
}

/** Working days in (from, to]: after `from`, up to and including `to`; negative when `to` is earlier. */
export function workingDaysBetween(from: number, to: number): number {
  tallyCovering(from, to);
  return worked[to - first]! - worked[from - first]!;
}

export function isWorkingDayNumber(day: number): boolean {
  return workingDaysBetween(day - 1, day) === 1;
}

/** The `n`-th working day after `day` (n ≥ 1): the 1st is the next day work happens. */
export function nthWorkingDayAfter(day: number, n: number): number {
  let d = day;
  for (let left = n; left > 0; ) {
    d += 1;
    if (isWorkingDayNumber(d)) left -= 1;
  }
  return d;
}

/** The `n`-th working day before `day` (n ≥ 1): the 1st is the last day work happened before it. */
export function nthWorkingDayBefore(day: number, n: number): number {
  let d = day;
  for (let left = n; left > 0; ) {
    d -= 1;
    if (isWorkingDayNumber(d)) left -= 1;
  }
  return d;
}
