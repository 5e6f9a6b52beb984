import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { addWorkingDays, isWorkingDay } from '../calendar/working-days';
import { chinaDayOf, dayOfIso, isoOfDay, nthWorkingDayAfter, nthWorkingDayBefore, workingDaysBetween } from './working-day-index';

const isoDay = fc
  .date({ min: new Date('2004-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('the working-day index agrees with the statutory calendar', () => {
  it('counts right when one question makes the tally grow backwards between its two ends (a fresh process)', async () => {
    vi.resetModules();
    const fresh = await import('./working-day-index');
    const between = (a: string, b: string) => fresh.workingDaysBetween(fresh.dayOfIso(a), fresh.dayOfIso(b));
    const counted = (a: string, b: string) => {
      let n = 0;
      for (let d = dayOfIso(a) + 1; d <= dayOfIso(b); d += 1) if (isWorkingDay(isoOfDay(d))) n += 1;
      return n;
    };
    expect(between('2026-06-30', '2027-08-04')).toBe(counted('2026-06-30', '2027-08-04'));
    expect(between('2025-04-27', '2026-06-30')).toBe(counted('2025-04-27', '2026-06-30'));
  });

  it('counts working days between any two days (the tally grows both ways as days far apart are asked)', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -400, max: 400 }), (fromIso, span) => {
        const from = dayOfIso(fromIso);
        let expected = 0;
        for (let d = Math.min(from, from + span) + 1; d <= Math.max(from, from + span); d += 1) if (isWorkingDay(isoOfDay(d))) expected += 1;
        expect(workingDaysBetween(from, from + span)).toBe(span >= 0 ? expected : 0 - expected);
      }),
      { numRuns: 300 },
    );
  });

  it('steps n working days forward like addWorkingDays, and back again', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 1, max: 30 }), (iso, n) => {
        const day = dayOfIso(iso);
        const after = nthWorkingDayAfter(day, n);
        expect(isoOfDay(after)).toBe(addWorkingDays(isoOfDay(day + 1), n - 1));
        expect(workingDaysBetween(day, after)).toBe(n);
        expect(isWorkingDay(isoOfDay(after))).toBe(true);
        const before = nthWorkingDayBefore(after, n);
        expect(isWorkingDay(isoOfDay(before))).toBe(true);
        expect(workingDaysBetween(before, after)).toBe(n);
      }),
    );
  });

  it('reads days in China whatever the instant', () => {
    expect(isoOfDay(chinaDayOf(Date.parse('2026-09-30T16:00:00Z')))).toBe('2026-10-01');
    expect(isoOfDay(chinaDayOf(Date.parse('2026-09-30T15:59:59.999Z')))).toBe('2026-09-30');
    expect(dayOfIso('1970-01-02')).toBe(1);
  });
});
