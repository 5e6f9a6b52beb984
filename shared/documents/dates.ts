import { z } from 'zod';

/**
 * 成文日期 and 印发日期 are written with Arabic numerals, the full year and no zero padding:
 * 2026年7月1日, never 二〇二六年 or 07月 (GB/T 9704-2012 §7.3.5.1). Stored as ISO dates (2026-07-01).
 */
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO calendar date that exists (2026-02-30 does not): deadlines, duty days, periods. */
export const IsoDate = z.string().refine(isValidIsoDate, '日期格式应为 YYYY-MM-DD');

export function formatChineseDate(iso: string): string {
  const match = isoDate.exec(iso);
  if (!match || !isValidIsoDate(iso)) throw new Error(`日期格式不正确：${iso}`);
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}

/** The ISO date of an instant in China Standard Time (UTC+8, no daylight saving). */
export function isoDateInChina(epochMs: number): string {
  return new Date(epochMs + 8 * 3600_000).toISOString().slice(0, 10);
}
