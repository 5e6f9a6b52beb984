import { formatChineseDate, isValidIsoDate } from '../../../shared/documents/dates';

/** 成文日期 and 印发日期 as printed (2026年7月1日); a malformed one prints as typed, flagged elsewhere. */
export function printedDate(value: string): string {
  const trimmed = value.trim();
  return isValidIsoDate(trimmed) ? formatChineseDate(trimmed) : trimmed;
}
