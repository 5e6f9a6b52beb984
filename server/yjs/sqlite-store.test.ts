import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WriteBatcher } from '../storage/write-batcher';
import { decodeDeleteSet, encodeDeleteSet } from './delete-sets';
import { SqliteYDocStore } from './sqlite-store';
import { openTestDatabase } from './test-harness';

let dir: string;
let db: Database;
let store: SqliteYDocStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yjs-store-'));
  db = openTestDatabase(join(dir, 'xietong.db'));
  store = new SqliteYDocStore(db, new WriteBatcher(db));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const bytes = (...values: number[]) => new Uint8Array(values);

it('returns appended updates in order, per document, with increasing ids', async () => {
  const ids = await Promise.all([store.append('a', bytes(1)), store.append('b', bytes(9)), store.append('a', bytes(2))]);
  expect(ids[0]! < ids[1]! && ids[1]! < ids[2]!).toBe(true);
  expect(await store.load('a')).toEqual({ updates: [Buffer.from([1]), Buffer.from([2])], lastId: ids[2] });
  expect(await store.load('missing')).toEqual({ updates: [], lastId: 0 });
});

it('replaces the rows up to throughId by the snapshot and keeps the later ones', async () => {
  await store.append('a', bytes(1));
  const through = await store.append('a', bytes(2));
  const later = await store.append('a', bytes(3));
  await store.compact('a', bytes(12), through);
  expect(await store.load('a')).toEqual({ updates: [Buffer.from([12]), Buffer.from([3])], lastId: later });

  await store.compact('a', bytes(123), later);
  expect(await store.load('a')).toEqual({ updates: [Buffer.from([123])], lastId: later });
  // A stale compaction must not put an older snapshot back.
  await store.compact('a', bytes(12), through);
  expect(await store.load('a')).toEqual({ updates: [Buffer.from([123])], lastId: later });
});

it('keeps its tables to the yjs_ prefix and survives being opened twice', () => {
  new SqliteYDocStore(db, new WriteBatcher(db));
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all();
  expect(tables.sort()).toEqual(['yjs_client_owners', 'yjs_snapshots', 'yjs_updates', 'yjs_user_deletions']);
});

it('stores attribution with its update and folds deletions into one row per user on compaction', async () => {
  const deleted = (clock: number) => {
    const ds = Y.createDeleteSet();
    ds.clients.set(7, [{ clock, len: 1 }]);
    return encodeDeleteSet(ds);
  };
  await store.append('a', bytes(1), { userId: 'u1', clients: [7], deletions: null });
  await store.append('a', bytes(2), { userId: 'u1', clients: [7], deletions: deleted(0) });
  const through = await store.append('a', bytes(3), { userId: 'u2', clients: [8], deletions: deleted(1) });
  await store.append('a', bytes(4), { userId: 'u1', clients: [], deletions: deleted(2) });
  expect(await store.load('a')).not.toHaveProperty('attribution');
  const before = (await store.load('a', { attribution: true })).attribution!;
  expect(before.owners).toEqual(new Map([[7, 'u1'], [8, 'u2']]));
  expect(before.deletions.map((row) => row.userId)).toEqual(['u1', 'u2', 'u1']);

  await store.compact('a', bytes(123), through);
  const after = (await store.load('a', { attribution: true })).attribution!;
  expect(after.owners).toEqual(before.owners);
  expect(after.deletions.map(({ userId, data }) => [userId, decodeDeleteSet(data).clients.get(7)])).toEqual([
    ['u1', [{ clock: 0, len: 1 }, { clock: 2, len: 1 }]],
    ['u2', [{ clock: 1, len: 1 }]],
  ]);
});
