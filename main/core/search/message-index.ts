import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';
import { addToIndex, removeFromIndex, TextIndex } from './text-index';

export const messageTextIndex: TextIndex = { trigrams: 'message_trigrams', pairs: 'message_bigrams', runEnds: false };

export function searchableText(text: string, fileName: string | null): string {
  return fileName ? `${text}\n${fileName}` : text;
}

/** Room for this many messages with the same created_at millisecond. */
const KEYS_PER_MS = 1024;

/**
 * A search key that orders like created_at (history paged in later still sorts by its time), so
 * a search walks the index newest-first and stops at its limit instead of sorting every match.
 */
function allocateSearchKey(db: LocalDb, createdAt: number): number {
  const base = createdAt * KEYS_PER_MS;
  const row = prepared(db, 'SELECT MAX(search_key) AS top FROM messages WHERE search_key BETWEEN ? AND ?').get(base, base + KEYS_PER_MS - 1) as { top: number | null };
  return row.top === null ? base : Math.min(row.top + 1, base + KEYS_PER_MS - 1);
}

/** Indexes one message (by its local rowid); callers unindex before re-indexing. */
export function indexMessage(db: LocalDb, rowid: number, createdAt: number, text: string): void {
  if (!text) return;
  const key = allocateSearchKey(db, createdAt);
  prepared(db, 'UPDATE messages SET search_key = ? WHERE rowid = ?').run(key, rowid);
  addToIndex(db, messageTextIndex, key, text);
}

export function unindexMessage(db: LocalDb, rowid: number): void {
  const row = prepared(db, 'SELECT search_key FROM messages WHERE rowid = ?').get(rowid) as { search_key: number | null } | undefined;
  if (row?.search_key == null) return;
  removeFromIndex(db, messageTextIndex, row.search_key);
  prepared(db, 'UPDATE messages SET search_key = NULL WHERE rowid = ?').run(rowid);
}
