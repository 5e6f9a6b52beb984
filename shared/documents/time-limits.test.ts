import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../calendar/working-days';
import { isoDateInChina } from './dates';
import { urgencyLevels } from './kinds';
import { handlingDueAt } from './time-limits';

const inChina = (local: string) => Date.parse(`${local}+08:00`);
const endOfDay = (isoDate: string) => inChina(`${isoDate}T23:59:59.999`);

describe('承办 time limits by 紧急程度, in working days', () => {
  it('counts over the 2026 National Day holiday and its 调休 Saturday', () => {
    const eveOfHoliday = inChina('2026-09-30T10:00:00');
    expect(handlingDueAt(eveOfHoliday, '特急')).toBe(endOfDay('2026-09-30'));
    expect(handlingDueAt(eveOfHoliday, '加急')).toBe(endOfDay('2026-10-10'));
    expect(handlingDueAt(eveOfHoliday, '普通')).toBe(endOfDay('2026-10-15'));
  });

  it('gives a 特急 that arrives on a holiday until the end of the day work resumes', () => {
    expect(handlingDueAt(inChina('2026-10-03T15:00:00'), '特急')).toBe(endOfDay('2026-10-08'));
  });

  it('dates the assignment by the clock in China, not UTC', () => {
    expect(handlingDueAt(inChina('2026-09-30T23:30:00'), '特急')).toBe(endOfDay('2026-09-30'));
    expect(handlingDueAt(inChina('2026-10-01T00:30:00'), '特急')).toBe(endOfDay('2026-10-08'));
  });

  it('follows a unit’s own limits', () => {
    expect(handlingDueAt(inChina('2026-09-30T10:00:00'), '加急', { 特急: 0, 加急: 1, 普通: 5 })).toBe(endOfDay('2026-10-08'));
  });

  it('is always the end of a working day, no earlier than the assignment, and later for less urgent documents', () => {
    fc.assert(
      fc.property(fc.integer({ min: inChina('2020-01-01T00:00:00'), max: inChina('2030-12-31T00:00:00') }), (assignedAt) => {
        const dues = urgencyLevels.map((urgency) => handlingDueAt(assignedAt, urgency));
        for (const due of dues) {
          expect(due).toBeGreaterThanOrEqual(assignedAt);
          expect(isWorkingDay(isoDateInChina(due))).toBe(true);
          expect(due).toBe(endOfDay(isoDateInChina(due)));
        }
        const [ordinary, urgent, immediate] = dues;
        expect(immediate).toBeLessThan(urgent!);
        expect(urgent).toBeLessThan(ordinary!);
      }),
    );
  });
});
