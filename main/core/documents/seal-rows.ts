import type { Seal } from '../../../shared/documents/records';
import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';

export function putSeal(db: LocalDb, seal: Seal): void {
  prepared(
    db,
    `INSERT INTO seals (id, unit_id, name, created_at, data) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET unit_id = excluded.unit_id, name = excluded.name, created_at = excluded.created_at, data = excluded.data`,
  ).run(seal.id, seal.unitId, seal.name, seal.createdAt, JSON.stringify(seal));
}

export function deleteSeal(db: LocalDb, id: string): void {
  prepared(db, 'DELETE FROM seals WHERE id = ?').run(id);
}

export function allSeals(db: LocalDb): Seal[] {
  const rows = prepared(db, 'SELECT data FROM seals ORDER BY unit_id, created_at').all() as { data: string }[];
  return rows.map((row) => JSON.parse(row.data) as Seal);
}

export function sealById(db: LocalDb, id: string): Seal | null {
  const row = prepared(db, 'SELECT data FROM seals WHERE id = ?').get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as Seal) : null;
}
