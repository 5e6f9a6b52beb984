import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addWorkingDays, endOfChinaDay, isWorkingDay } from './working-days';

/** 国务院办公厅 2026 schedule: 国庆节 10-01..10-07 off, 9-20 (Sun) and 10-10 (Sat) worked. */
const nationalDay2026 = {
  off: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-11'],
  on: ['2026-09-18', '2026-09-20', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12'],
};
/** 春节 2026: 2-15..2-23 off, 2-14 (Sat) and 2-28 (Sat) worked. */
const springFestival2026 = {
  off: ['2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23', '2026-03-01'],
  on: ['2026-02-13', '2026-02-14', '2026-02-24', '2026-02-28'],
};
const ordinaryWeek = { off: ['2026-03-07', '2026-03-08'], on: ['2026-03-06', '2026-03-09'] };
/** A year the statutory calendar has not published yet: plain Monday to Friday. */
const uncoveredYear = { off: ['2035-06-02', '2035-06-03'], on: ['2035-06-01', '2035-06-04'] };

const isoDay = fc
  .date({ min: new Date('2004-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const originalZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalZone;
});

describe('working days by the statutory calendar', () => {
  it.each([
    ['国庆节 2026', nationalDay2026],
    ['春节 2026', springFestival2026],
    ['an ordinary week', ordinaryWeek],
    ['a year not yet published', uncoveredYear],
  ])('%s', (_, { off, on }) => {
    for (const day of off) expect(isWorkingDay(day), day).toBe(false);
    for (const day of on) expect(isWorkingDay(day), day).toBe(true);
  });

  // Offices are in China but machines may not be set to its zone (servers on UTC, a laptop abroad).
  it.each([
    ['America/Los_Angeles', 480],
    ['Pacific/Pago_Pago', 660],
    ['Pacific/Kiritimati', -840],
    ['Asia/Shanghai', -480],
  ])('gives the same answers with the machine set to %s', (zone, minutesBehindUtc) => {
    const days = [...nationalDay2026.off, ...nationalDay2026.on, ...ordinaryWeek.off, ...ordinaryWeek.on, ...uncoveredYear.off, ...uncoveredYear.on];
    process.env.TZ = 'UTC';
    const inUtc = days.map(isWorkingDay);
    process.env.TZ = zone;
    expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(minutesBehindUtc);
    expect(days.map(isWorkingDay)).toEqual(inUtc);
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
  });
});

describe('adding working days', () => {
  it('skips holidays and counts 调休 working weekends', () => {
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-19', 1)).toBe('2026-09-21');
    expect(addWorkingDays('2026-09-18', 1)).toBe('2026-09-20');
  });

  it('with 0 gives the day itself if it is worked, else the day work resumes', () => {
    expect(addWorkingDays('2026-09-20', 0)).toBe('2026-09-20');
    expect(addWorkingDays('2026-10-03', 0)).toBe('2026-10-08');
    expect(addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
  });

  it('lands on a working day with exactly the asked number of working days in between', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 0, max: 30 }), (start, count) => {
        const due = addWorkingDays(start, count);
        expect(isWorkingDay(due)).toBe(true);
        expect(due >= start).toBe(true);
        let worked = 0;
        for (let day = start; day < due; day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) {
          if (isWorkingDay(day)) worked += 1;
        }
        expect(worked).toBe(count);
      }),
    );
  });

  it('ends a day at midnight in China', () => {
    expect(endOfChinaDay('2026-10-10')).toBe(Date.parse('2026-10-10T15:59:59.999Z'));
  });
});
