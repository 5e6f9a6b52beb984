import statutoryCalendar from 'chinese-days/dist/chinese-days.json';

/**
 * Working days by the statutory holiday calendar, 调休 included (a 调休 Saturday is a working day).
 * Dates are ISO strings (2026-10-08) read as days in China, so server and client agree whatever
 * time zone a machine is set to. chinese-days' own isWorkday reads dates in the machine's zone and
 * shifts weekends by a day west of UTC, so only its date-keyed tables are used. Years the calendar
 * does not cover yet count Monday to Friday.
 */
const { holidays, workdays }: { holidays: Record<string, string>; workdays: Record<string, string> } = statutoryCalendar;

export function isWorkingDay(isoDate: string): boolean {
  if (Object.hasOwn(workdays, isoDate)) return true;
  if (Object.hasOwn(holidays, isoDate)) return false;
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/**
 * A day off of a statutory holiday period, the days taken in lieu (调休) included: 2026-10-01..07 for
 * 国庆节. A 调休 working weekend is not one, and neither is any day of a year the calendar does not
 * cover yet.
 */
export function isStatutoryHoliday(isoDate: string): boolean {
  return Object.hasOwn(holidays, isoDate);
}

/** The ISO date `delta` calendar days after (or, negative, before) `isoDate`. */
export function addCalendarDays(isoDate: string, delta: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + delta);
  return date.toISOString().slice(0, 10);
}

/**
 * The day `count` working days after `isoDate`. With 0 it is the day itself when that is a working
 * day, else the next working day: a document that arrives on a holiday is due when work resumes.
 */
export function addWorkingDays(isoDate: string, count: number): string {
  let day = isoDate;
  while (!isWorkingDay(day)) day = addCalendarDays(day, 1);
  for (let left = count; left > 0; ) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** The end of an ISO day in China (23:59:59.999 UTC+8), as epoch milliseconds. */
export function endOfChinaDay(isoDate: string): number {
  return Date.parse(`${isoDate}T23:59:59.999+08:00`);
}
