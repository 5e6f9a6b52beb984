import { describe, expect, it } from 'vitest';
import { isStatutoryHoliday } from '../calendar/working-days';
import { dayCategory } from './day-category';

const categories = (days: string[]) => Object.fromEntries(days.map((day) => [day, dayCategory(day)]));

describe('kinds of day by the official calendar (chinese-days)', () => {
  it('国庆 2026: 10-01..10-07 off, Saturday and Sunday in it included; 9-20 and 10-10 worked', () => {
    expect(
      categories(['2026-09-19', '2026-09-20', '2026-09-30', '2026-10-01', '2026-10-03', '2026-10-04', '2026-10-07', '2026-10-08', '2026-10-10', '2026-10-11']),
    ).toEqual({
      '2026-09-19': 'weekend',
      '2026-09-20': 'weekday',
      '2026-09-30': 'weekday',
      '2026-10-01': 'holiday',
      '2026-10-03': 'holiday',
      '2026-10-04': 'holiday',
      '2026-10-07': 'holiday',
      '2026-10-08': 'weekday',
      '2026-10-10': 'weekday',
      '2026-10-11': 'weekend',
    });
  });

  it('春节 2026: 2-15..2-23 off; 2-14 and 2-28 (Saturdays) worked', () => {
    expect(categories(['2026-02-14', '2026-02-15', '2026-02-23', '2026-02-24', '2026-02-28', '2026-03-01'])).toEqual({
      '2026-02-14': 'weekday',
      '2026-02-15': 'holiday',
      '2026-02-23': 'holiday',
      '2026-02-24': 'weekday',
      '2026-02-28': 'weekday',
      '2026-03-01': 'weekend',
    });
  });

  it('the days in lieu of a holiday period are holidays, the 调休 working days are not', () => {
    expect(['2026-10-06', '2026-10-07', '2026-02-20', '2026-02-23'].every(isStatutoryHoliday)).toBe(true);
    expect(['2026-09-20', '2026-10-10', '2026-02-14', '2026-02-28', '2026-03-07'].some(isStatutoryHoliday)).toBe(false);
  });

  // chinese-days 1.5.7 (the newest on npm) has no 2027 yet. When an update brings the official
  // schedule, this fails: replace it with the published 春节 2027 days off and 调休 working days.
  it('春节 2027 is not published in the calendar yet, so its days count by the day of the week', () => {
    expect(categories(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-11'])).toEqual({
      '2027-02-05': 'weekday',
      '2027-02-06': 'weekend',
      '2027-02-07': 'weekend',
      '2027-02-08': 'weekday',
      '2027-02-11': 'weekday',
    });
  });
});
