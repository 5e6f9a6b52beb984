import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChineseDate, isoDateInChina, isValidIsoDate } from './dates';

const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true });

describe('成文日期', () => {
  it('accepts real ISO dates only', () => {
    expect(isValidIsoDate('2026-07-01')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    for (const text of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '2026-7-1', '2026/07/01', '2026-07-01T00:00', '2026年7月1日', '']) {
      expect(isValidIsoDate(text), text).toBe(false);
    }
  });

  it('prints Arabic numerals with the full year and no zero padding', () => {
    expect(formatChineseDate('2026-07-01')).toBe('2026年7月1日');
    expect(formatChineseDate('2026-10-10')).toBe('2026年10月10日');
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(isValidIsoDate(iso)).toBe(true);
        expect(formatChineseDate(iso)).toBe(`${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`);
        expect(formatChineseDate(iso)).toMatch(/^\d{4}年[1-9]\d?月[1-9]\d?日$/);
      }),
    );
  });

  it('refuses to print a date that does not exist', () => {
    expect(() => formatChineseDate('2026-02-30')).toThrow('日期格式不正确：2026-02-30');
    expect(() => formatChineseDate('2026年7月1日')).toThrow('日期格式不正确');
  });

  it('dates an instant by the calendar in China', () => {
    expect(isoDateInChina(Date.parse('2026-06-30T15:59:59.999Z'))).toBe('2026-06-30');
    expect(isoDateInChina(Date.parse('2026-06-30T16:00:00.000Z'))).toBe('2026-07-01');
  });
});
