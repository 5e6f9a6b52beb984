import dayjs from 'dayjs';

/** Conversation-list time: today HH:mm, yesterday 昨天, this year M月D日, else YYYY/M/D. */
export function listTime(ts: number, now = Date.now()): string {
  const d = dayjs(ts);
  const today = dayjs(now);
  if (d.isSame(today, 'day')) return d.format('HH:mm');
  if (d.isSame(today.subtract(1, 'day'), 'day')) return '昨天';
  if (d.isSame(today, 'year')) return d.format('M月D日');
  return d.format('YYYY/M/D');
}

/** Day separator in a chat. */
export function dayLabel(ts: number, now = Date.now()): string {
  const d = dayjs(ts);
  const today = dayjs(now);
  if (d.isSame(today, 'day')) return '今天';
  if (d.isSame(today.subtract(1, 'day'), 'day')) return '昨天';
  if (d.isSame(today, 'year')) return d.format('M月D日 dddd');
  return d.format('YYYY年M月D日 dddd');
}

export function clockTime(ts: number): string {
  return dayjs(ts).format('HH:mm');
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}
