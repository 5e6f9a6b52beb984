import type { LocalDb } from '../store/open-local-db';
import type { MessageRow } from '../chat/message-rows';

/** FTS5 phrase syntax: the whole query as one quoted string, quotes doubled. */
const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** How many recent messages a one-character search looks through: 一字 matches too much to rank anyway. */
const SINGLE_CHAR_SCAN_LIMIT = 50_000;

/**
 * Substring search over synced messages, newest first. Three or more characters use the trigram
 * index; two use the character-pair index; one scans the newest messages with LIKE, bounded.
 */
export function searchMessageRows(db: LocalDb, query: string, limit: number): MessageRow[] {
  const q = query.trim();
  const length = Array.from(q).length;
  if (length === 0) return [];
  if (length >= 3) {
    return db
      .prepare(
        `SELECT m.* FROM (SELECT rowid FROM message_trigrams WHERE message_trigrams MATCH ? ORDER BY rowid DESC LIMIT ?) f
         JOIN messages m ON m.search_key = f.rowid ORDER BY m.search_key DESC`,
      )
      .all(phrase(q), limit) as MessageRow[];
  }
  if (length === 2 && !/\s/u.test(q)) {
    return db
      .prepare(
        `SELECT m.* FROM (SELECT rowid FROM message_bigrams WHERE message_bigrams MATCH ? ORDER BY rowid DESC LIMIT ?) f
         JOIN messages m ON m.search_key = f.rowid ORDER BY m.search_key DESC`,
      )
      .all(phrase(q.toLowerCase()), limit) as MessageRow[];
  }
  return db
    .prepare(
      `SELECT * FROM (SELECT * FROM messages WHERE status = 'sent' AND recalled_at IS NULL ORDER BY created_at DESC LIMIT ?)
       WHERE text LIKE ? ESCAPE '\\' OR json_extract(file, '$.name') LIKE ? ESCAPE '\\' ORDER BY created_at DESC LIMIT ?`,
    )
    .all(SINGLE_CHAR_SCAN_LIMIT, likePattern(q), likePattern(q), limit) as MessageRow[];
}
