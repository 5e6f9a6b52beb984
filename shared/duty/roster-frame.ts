import { addCalendarDays } from '../calendar/working-days';
import type { DutyPost, RosterSlot, ShiftKind, ShiftPattern } from './roster-schemas';

/** The days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) days.push(day);
  return days;
}

/** A day's shifts in the order they start. */
export function shiftsOfDay(pattern: ShiftPattern): ShiftKind[] {
  return pattern.kind === '24h' ? ['full'] : ['day', 'night'];
}

export const shiftLabels: Record<ShiftKind, string> = { full: '全天', day: '白班', night: '夜班' };

/** Where a roster for these days has its slots: per day, per shift, per post, `perShift` places each. */
export function rosterFrame(from: string, to: string, pattern: ShiftPattern, posts: readonly DutyPost[]): RosterSlot[] {
  const slots: RosterSlot[] = [];
  for (const date of daysBetween(from, to)) {
    for (const shift of shiftsOfDay(pattern)) {
      for (const post of posts) {
        for (let place = 0; place < post.perShift; place++) slots.push({ date, shift, postId: post.id, personId: null });
      }
    }
  }
  return slots;
}
