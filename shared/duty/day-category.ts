import { isStatutoryHoliday, isWorkingDay } from '../calendar/working-days';
import type { DayCategory } from './roster-schemas';

/** The calendar does not change while the program runs, and a roster asks about each day many times. */
const known = new Map<string, DayCategory>();

/**
 * Holiday, weekend and weekday shifts are shared out separately, by the official calendar: a day off
 * in a holiday period is a holiday even on a Saturday, and a 调休 Saturday at work is a weekday.
 */
export function dayCategory(isoDate: string): DayCategory {
  let category = known.get(isoDate);
  if (category === undefined) {
    category = isStatutoryHoliday(isoDate) ? 'holiday' : isWorkingDay(isoDate) ? 'weekday' : 'weekend';
    known.set(isoDate, category);
  }
  return category;
}
