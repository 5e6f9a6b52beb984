import { prepared } from './prepared';
import type { LocalDb } from './open-local-db';

export function kvGet<T>(db: LocalDb, key: string): T | null {
  const row = prepared(db, 'SELECT value FROM kv WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : null;
}

export function kvSet(db: LocalDb, key: string, value: unknown): void {
  prepared(db, 'INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
