import type { LocalMessage } from '../../shared/desktop-api';

/** How long after sending a member may recall their own message (the server decides finally). */
export const RECALL_WINDOW_MS = 2 * 60_000;

export function canRecall(m: LocalMessage, mine: boolean, now: number): boolean {
  return mine && m.status === 'sent' && !m.recalledAt && m.kind !== 'notice' && m.kind !== 'system' && now - m.createdAt < RECALL_WINDOW_MS;
}
