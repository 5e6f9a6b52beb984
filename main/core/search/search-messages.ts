import type { LocalDb } from '../store/open-local-db';
import type { MessageRow } from '../chat/message-rows';
import { messageTextIndex } from './message-index';
import { textMatch } from './text-index';

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** How many recent messages a one-character search looks through: 一字 matches too much to rank anyway. */
const SINGLE_CHAR_SCAN_LIMIT = 50_000;

/**
 * Substring search over synced messages, newest first. Two or more characters use the text
 * index (walked newest-first by search key); one scans the newest messages with LIKE, bounded.
 */
export function searchMessageRows(db: LocalDb, query: string, limit: number): MessageRow[] {
  const q = query.trim();
  if (!q) return [];
  const match = textMatch(messageTextIndex, q);
  if (match) {
    return db
      .prepare(
        `SELECT m.* FROM (SELECT rowid FROM ${match.table} WHERE ${match.table} MATCH ? ORDER BY rowid DESC LIMIT ?) f
         JOIN messages m ON m.search_key = f.rowid ORDER BY m.search_key DESC`,
      )
      .all(match.expression, limit) as MessageRow[];
  }
  return db
    .prepare(
      `SELECT * FROM (SELECT * FROM messages WHERE status = 'sent' AND recalled_at IS NULL ORDER BY created_at DESC LIMIT ?)
       WHERE text LIKE ? ESCAPE '\\' OR json_extract(file, '$.name') LIKE ? ESCAPE '\\' ORDER BY created_at DESC LIMIT ?`,
    )
    .all(SINGLE_CHAR_SCAN_LIMIT, likePattern(q), likePattern(q), limit) as MessageRow[];
}
