import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';

/**
 * A substring index over some records' text, for Chinese without word breaks: an FTS5 trigram
 * table answers 3+ characters, and a table of adjacent character pairs answers 2, because a
 * trigram MATCH shorter than 3 characters silently finds nothing. Rows are keyed by an integer
 * the owner chooses (messages: a time-ordered search key; documents: their rowid).
 */
export interface TextIndex {
  trigrams: string;
  pairs: string;
  /**
   * The pair table also holds every character that ends a run (before whitespace or the end), so
   * a one-character prefix query finds every occurrence. Messages were indexed without them.
   */
  runEnds: boolean;
}

/** "值班值守" → "值班 班值 值守": each adjacent pair of non-space characters becomes one token. */
export function characterPairs(text: string): string {
  return pairTokens(text, false);
}

function pairTokens(text: string, runEnds: boolean): string {
  const tokens: string[] = [];
  const chars = Array.from(text.toLowerCase());
  for (let i = 0; i < chars.length; i++) {
    const a = chars[i]!;
    if (/\s/u.test(a)) continue;
    const b = chars[i + 1];
    if (b !== undefined && !/\s/u.test(b)) tokens.push(a + b);
    else if (runEnds) tokens.push(a);
  }
  return tokens.join(' ');
}

export function addToIndex(db: LocalDb, index: TextIndex, key: number, text: string): void {
  if (!text) return;
  prepared(db, `INSERT INTO ${index.trigrams} (rowid, text) VALUES (?, ?)`).run(key, text);
  prepared(db, `INSERT INTO ${index.pairs} (rowid, pairs) VALUES (?, ?)`).run(key, pairTokens(text, index.runEnds));
}

export function removeFromIndex(db: LocalDb, index: TextIndex, key: number): void {
  prepared(db, `DELETE FROM ${index.trigrams} WHERE rowid = ?`).run(key);
  prepared(db, `DELETE FROM ${index.pairs} WHERE rowid = ?`).run(key);
}

/** FTS5 phrase syntax: the whole query as one quoted string, quotes doubled. */
const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * The FTS table and MATCH expression whose rowids are the keys of texts containing `query`, or
 * null when this index cannot answer it (one character, without run ends). The query is trimmed,
 * so a two-character one never holds whitespace.
 */
export function textMatch(index: TextIndex, query: string): { table: string; expression: string } | null {
  const q = query.trim();
  const length = Array.from(q).length;
  if (length >= 3) return { table: index.trigrams, expression: phrase(q) };
  if (length === 2) return { table: index.pairs, expression: phrase(q.toLowerCase()) };
  if (length === 1 && index.runEnds) return { table: index.pairs, expression: `${phrase(q.toLowerCase())}*` };
  return null;
}
