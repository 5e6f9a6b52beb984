import { describe, expect, it } from 'vitest';
import { chinaInstant, nextShift, shiftAt, shiftWindow } from './shift-times';

const fullDay = { kind: '24h', dayStart: '08:30' } as const;
const dayNight = { kind: 'dayNight', dayStart: '08:00', nightStart: '18:00' } as const;

describe('shift times in China time', () => {
  it('runs a 24-hour shift from one morning handover to the next', () => {
    const window = shiftWindow(fullDay, { date: '2026-12-31', shift: 'full' });
    expect(new Date(window.start).toISOString()).toBe('2026-12-31T00:30:00.000Z');
    expect(new Date(window.end).toISOString()).toBe('2027-01-01T00:30:00.000Z');
  });

  it('keeps the previous day on duty until the morning handover', () => {
    expect(shiftAt(fullDay, chinaInstant('2027-01-01', '08:29'))).toEqual({ date: '2026-12-31', shift: 'full' });
    expect(shiftAt(fullDay, chinaInstant('2027-01-01', '08:30'))).toEqual({ date: '2027-01-01', shift: 'full' });
    expect(shiftAt(dayNight, chinaInstant('2027-01-01', '03:00'))).toEqual({ date: '2026-12-31', shift: 'night' });
    expect(shiftAt(dayNight, chinaInstant('2027-01-01', '17:59'))).toEqual({ date: '2027-01-01', shift: 'day' });
    expect(shiftAt(dayNight, chinaInstant('2027-01-01', '18:00'))).toEqual({ date: '2027-01-01', shift: 'night' });
  });

  it('hands a day shift to the night and a night or 24-hour shift to the next morning', () => {
    expect(nextShift(dayNight, { date: '2026-12-31', shift: 'day' })).toEqual({ date: '2026-12-31', shift: 'night' });
    expect(nextShift(dayNight, { date: '2026-12-31', shift: 'night' })).toEqual({ date: '2027-01-01', shift: 'day' });
    expect(nextShift(fullDay, { date: '2026-12-31', shift: 'full' })).toEqual({ date: '2027-01-01', shift: 'full' });
  });
});
