import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';

/** "值班值守" → "值班 班值 值守": each adjacent pair of non-space characters becomes one token. */
export function characterPairs(text: string): string {
  const pairs: string[] = [];
  const chars = Array.from(text.toLowerCase());
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if (!/\s/u.test(a) && !/\s/u.test(b)) pairs.push(a + b);
  }
  return pairs.join(' ');
}

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
  prepared(db, 'INSERT INTO message_trigrams (rowid, text) VALUES (?, ?)').run(key, text);
  prepared(db, 'INSERT INTO message_bigrams (rowid, pairs) VALUES (?, ?)').run(key, characterPairs(text));
}

export function unindexMessage(db: LocalDb, rowid: number): void {
  const row = prepared(db, 'SELECT search_key FROM messages WHERE rowid = ?').get(rowid) as { search_key: number | null } | undefined;
  if (row?.search_key == null) return;
  prepared(db, 'DELETE FROM message_trigrams WHERE rowid = ?').run(row.search_key);
  prepared(db, 'DELETE FROM message_bigrams WHERE rowid = ?').run(row.search_key);
  prepared(db, 'UPDATE messages SET search_key = NULL WHERE rowid = ?').run(rowid);
}
