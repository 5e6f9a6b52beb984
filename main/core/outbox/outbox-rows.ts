import type { OutboxEntry } from '../../../shared/desktop-api';
import type { CommandType } from '../../../shared/sync/commands';
import type { LocalDb } from '../store/open-local-db';

export interface OutboxRow {
  seq: number;
  id: string;
  type: CommandType;
  input: string;
  summary: string;
  status: 'pending' | 'rejected';
  reason: string | null;
  created_at: number;
  attempts: number;
  undo: string | null;
}

export function insertOutboxRow(db: LocalDb, entry: { id: string; type: CommandType; input: unknown; summary: string; createdAt: number; undo: unknown }): void {
  db.prepare(
    `INSERT INTO outbox (id, type, input, summary, status, created_at, undo) VALUES (?, ?, ?, ?, 'pending', ?, ?)`,
  ).run(entry.id, entry.type, JSON.stringify(entry.input), entry.summary, entry.createdAt, entry.undo === undefined ? null : JSON.stringify(entry.undo));
}

export function outboxRow(db: LocalDb, id: string): OutboxRow | undefined {
  return db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as OutboxRow | undefined;
}

export function nextPendingRow(db: LocalDb): OutboxRow | undefined {
  return db.prepare("SELECT * FROM outbox WHERE status = 'pending' ORDER BY seq LIMIT 1").get() as OutboxRow | undefined;
}

export function listOutbox(db: LocalDb): OutboxEntry[] {
  const rows = db.prepare('SELECT * FROM outbox ORDER BY seq').all() as OutboxRow[];
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    summary: row.summary,
    status: row.status,
    reason: row.reason,
    createdAt: row.created_at,
    attempts: row.attempts,
  }));
}
