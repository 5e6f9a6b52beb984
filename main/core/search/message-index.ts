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

/** Indexes one message under its local rowid; callers unindex before re-indexing. */
export function indexMessage(db: LocalDb, rowid: number, text: string): void {
  if (!text) return;
  prepared(db, 'INSERT INTO message_trigrams (rowid, text) VALUES (?, ?)').run(rowid, text);
  prepared(db, 'INSERT INTO message_bigrams (rowid, pairs) VALUES (?, ?)').run(rowid, characterPairs(text));
}

export function unindexMessage(db: LocalDb, rowid: number): void {
  prepared(db, 'DELETE FROM message_trigrams WHERE rowid = ?').run(rowid);
  prepared(db, 'DELETE FROM message_bigrams WHERE rowid = ?').run(rowid);
}
