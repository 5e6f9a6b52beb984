import { addCalendarDays } from '../calendar/working-days';
import { isoDateInChina } from '../documents/dates';
import type { ShiftKind, ShiftPattern } from './roster-schemas';
import { shiftsOfDay } from './roster-frame';

export interface ShiftRef {
  date: string;
  shift: ShiftKind;
}

/** An instant from a day and a clock time in China (UTC+8, no daylight saving). */
export function chinaInstant(isoDate: string, clockTime: string): number {
  return Date.parse(`${isoDate}T${clockTime}:00+08:00`);
}

/**
 * When a shift runs, in epoch ms: a 24-hour shift from dayStart to the next day's dayStart, a day
 * shift from dayStart to nightStart, a night shift from nightStart to the next day's dayStart.
 */
export function shiftWindow(pattern: ShiftPattern, { date, shift }: ShiftRef): { start: number; end: number } {
  const nextMorning = chinaInstant(addCalendarDays(date, 1), pattern.dayStart);
  if (pattern.kind === '24h') return { start: chinaInstant(date, pattern.dayStart), end: nextMorning };
  if (shift === 'day') return { start: chinaInstant(date, pattern.dayStart), end: chinaInstant(date, pattern.nightStart) };
  return { start: chinaInstant(date, pattern.nightStart), end: nextMorning };
}

/** The shift on duty at `at`: before the morning handover it is still the previous day's. */
export function shiftAt(pattern: ShiftPattern, at: number): ShiftRef {
  const today = isoDateInChina(at);
  for (const date of [today, addCalendarDays(today, -1)]) {
    for (const shift of shiftsOfDay(pattern)) {
      const window = shiftWindow(pattern, { date, shift });
      if (window.start <= at && at < window.end) return { date, shift };
    }
  }
  throw new Error(`no shift covers ${new Date(at).toISOString()}`);
}

/** The shift that takes over from this one at handover. */
export function nextShift(pattern: ShiftPattern, { date, shift }: ShiftRef): ShiftRef {
  if (pattern.kind === 'dayNight' && shift === 'day') return { date, shift: 'night' };
  return { date: addCalendarDays(date, 1), shift: pattern.kind === '24h' ? 'full' : 'day' };
}
