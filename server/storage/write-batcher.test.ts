import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteBatcher } from './write-batcher';

function openWal() {
  const file = join(mkdtempSync(join(tmpdir(), 'xt-batcher-')), 'db.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (v TEXT UNIQUE)');
  return { db, file };
}

describe('WriteBatcher', () => {
  it('commits a batch together, isolating a failing write in its own savepoint', async () => {
    const { db } = openWal();
    const batcher = new WriteBatcher(db);
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    const results = await Promise.allSettled([
      batcher.run(() => insert.run('a')),
      batcher.run(() => {
        insert.run('b');
        insert.run('a'); // violates UNIQUE: this write, and only this one, rolls back
      }),
      batcher.run(() => insert.run('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(db.prepare('SELECT v FROM t ORDER BY v').pluck().all()).toEqual(['a', 'c']);
    await batcher.close();
  });

  it('settles only after the commit, so another connection already sees the write', async () => {
    const { db, file } = openWal();
    const batcher = new WriteBatcher(db);
    const reader = new Database(file, { readonly: true });
    const seen: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        batcher.run(() => db.prepare('INSERT INTO t (v) VALUES (?)').run(String(i))).then(() => {
          seen.push(reader.prepare('SELECT COUNT(*) FROM t WHERE v = ?').pluck().get(String(i)) as number);
        }),
      ),
    );
    expect(seen).toEqual(Array(50).fill(1));
    // The batcher syncs the log itself, so SQLite must not also block on it at every commit.
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    await batcher.close();
  });
});
