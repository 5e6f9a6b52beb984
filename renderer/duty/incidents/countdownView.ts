import type { DeadlineState } from '../../../shared/duty/incident-deadlines';
import { clock } from '../common/dates';

export type CountdownTone = 'ok' | 'warn' | 'overdue' | 'done';

/** Under ten minutes left the chip turns orange: time to pick up the phone. */
const WARN_MS = 10 * 60_000;

/** 29:59 and 60:00 as the rules count minutes; h:mm:ss from 100 minutes on. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const s = String(total % 60).padStart(2, '0');
  const minutes = Math.floor(total / 60);
  if (minutes < 100) return `${String(minutes).padStart(2, '0')}:${s}`;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${s}`;
}

/**
 * What a deadline chip says: time left, how long overdue, or when it was done (迟报 when late). A
 * closed incident's clock no longer runs: what was never done stays 未报.
 */
export function countdownView(deadline: DeadlineState, closed = false): { text: string; tone: CountdownTone } {
  if (deadline.state === 'done' || deadline.state === 'late') {
    const word = deadline.state === 'done' ? '已报' : '迟报';
    return { text: deadline.doneAt === null ? word : `${word} ${clock(deadline.doneAt)}`, tone: 'done' };
  }
  if (closed) return { text: '未报', tone: 'done' };
  const remaining = deadline.remainingMs ?? 0;
  if (deadline.state === 'overdue') return { text: `已超时 ${formatDuration(-remaining)}`, tone: 'overdue' };
  return { text: `剩余 ${formatDuration(remaining)}`, tone: remaining < WARN_MS ? 'warn' : 'ok' };
}
