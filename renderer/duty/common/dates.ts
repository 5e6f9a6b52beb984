import dayjs from 'dayjs';
import { addCalendarDays } from '../../../shared/calendar/working-days';
import { isoDateInChina } from '../../../shared/documents/dates';

const weekdays = ['日', '一', '二', '三', '四', '五', '六'];

/** 星期一 … for an ISO date, whatever the machine's time zone. */
export function weekdayLabel(isoDate: string): string {
  return `星期${weekdays[new Date(`${isoDate}T00:00:00Z`).getUTCDay()]}`;
}

export function isWeekendDate(isoDate: string): boolean {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

export function todayInChina(now = Date.now()): string {
  return isoDateInChina(now);
}

export function isoDaysFromToday(days: number, now = Date.now()): string {
  return addCalendarDays(isoDateInChina(now), days);
}

/** 12月31日 for a roster's period, 2026年12月31日 when the year matters. */
export function shortDate(isoDate: string): string {
  return dayjs(isoDate).format('M月D日');
}

export function periodLabel(from: string, to: string): string {
  return from === to ? dayjs(from).format('YYYY年M月D日') : `${dayjs(from).format('YYYY年M月D日')} 至 ${dayjs(to).format(from.slice(0, 4) === to.slice(0, 4) ? 'M月D日' : 'YYYY年M月D日')}`;
}

/** Shifts and deadlines are set in China time, so they read in China time on any machine. */
const chinaOffsetMs = 8 * 3_600_000;

export function dateTime(ts: number): string {
  return new Date(ts + chinaOffsetMs).toISOString().slice(0, 16).replace('T', ' ');
}

export function clock(ts: number): string {
  return new Date(ts + chinaOffsetMs).toISOString().slice(11, 16);
}
