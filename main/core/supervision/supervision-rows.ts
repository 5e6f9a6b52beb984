import { leadPart } from '../../../shared/supervision/permissions';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { addToIndex, removeFromIndex } from '../search/text-index';
import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';
import { encodeDigest } from './dashboard-digest';
import { lightSchedule } from './light-schedule';
import { isActionable } from './my-actions';
import { searchableItemText, supervisionTextIndex } from './supervision-index';

export interface ItemRow {
  rowid: number;
  id: string;
  provisional: number;
  /** The record as JSON, from supervision_data. */
  data: string;
}

export function itemRow(db: LocalDb, id: string): ItemRow | undefined {
  return prepared(db, 'SELECT s.rowid, s.id, s.provisional, d.data FROM supervision_items s JOIN supervision_data d ON d.item_rowid = s.rowid WHERE s.id = ?').get(id) as
    | ItemRow
    | undefined;
}

/** Stores an item as the server has it, or as registered here while the server has not accepted it yet. */
export function putItem(db: LocalDb, item: SupervisionItem, options: { provisional?: boolean } = {}): void {
  const before = prepared(
    db,
    `SELECT s.rowid, s.number, s.title, json_extract(d.data, '$.originalText') AS original_text
     FROM supervision_items s JOIN supervision_data d ON d.item_rowid = s.rowid WHERE s.id = ?`,
  ).get(item.id) as { rowid: number; number: string; title: string; original_text: string } | undefined;
  const lead = leadPart(item);
  const schedule = lightSchedule(item);
  const columns = [
    item.number, item.title, item.source, item.priority, item.status, lead?.unitId ?? '', item.instructingLeaderId, item.deadline,
    schedule.grey ? 1 : 0, schedule.yellowFrom, schedule.redFrom, lead?.percent ?? 0, item.createdAt, item.updatedAt,
    isActionable(db, item) ? 1 : 0, options.provisional ? 1 : 0,
  ];
  let rowid: number;
  if (before) {
    rowid = before.rowid;
    prepared(
      db,
      `UPDATE supervision_items SET number = ?, title = ?, source = ?, priority = ?, status = ?, lead_unit_id = ?, instructing_leader_id = ?,
         deadline = ?, grey = ?, yellow_from = ?, red_from = ?, percent = ?, created_at = ?, updated_at = ?, actionable = ?, provisional = ?
       WHERE rowid = ?`,
    ).run(...columns, rowid);
    prepared(db, 'DELETE FROM supervision_units WHERE item_rowid = ?').run(rowid);
  } else {
    rowid = Number(
      prepared(
        db,
        `INSERT INTO supervision_items (id, number, title, source, priority, status, lead_unit_id, instructing_leader_id, deadline, grey,
           yellow_from, red_from, percent, created_at, updated_at, actionable, provisional) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(item.id, ...columns).lastInsertRowid,
    );
  }
  prepared(db, 'INSERT INTO supervision_data (item_rowid, data) VALUES (?, ?) ON CONFLICT(item_rowid) DO UPDATE SET data = excluded.data').run(rowid, JSON.stringify(item));
  prepared(db, 'INSERT INTO supervision_digests (item_rowid, digest) VALUES (?, ?) ON CONFLICT(item_rowid) DO UPDATE SET digest = excluded.digest').run(
    rowid,
    encodeDigest(item),
  );
  // Most changes are reports and decisions that leave the searchable text alone.
  const text = searchableItemText(item);
  const textBefore = before && searchableItemText({ number: before.number, title: before.title, originalText: before.original_text });
  if (textBefore !== text) {
    if (before) removeFromIndex(db, supervisionTextIndex, rowid);
    addToIndex(db, supervisionTextIndex, rowid, text);
  }
  const link = prepared(db, 'INSERT OR IGNORE INTO supervision_units (unit_id, item_rowid, role, position) VALUES (?, ?, ?, ?)');
  item.units.forEach((unit, position) => link.run(unit.unitId, rowid, unit.role, position));
}

export function deleteItem(db: LocalDb, id: string): void {
  const row = prepared(db, 'SELECT rowid FROM supervision_items WHERE id = ?').get(id) as { rowid: number } | undefined;
  if (!row) return;
  removeFromIndex(db, supervisionTextIndex, row.rowid);
  prepared(db, 'DELETE FROM supervision_units WHERE item_rowid = ?').run(row.rowid);
  prepared(db, 'DELETE FROM supervision_data WHERE item_rowid = ?').run(row.rowid);
  prepared(db, 'DELETE FROM supervision_digests WHERE item_rowid = ?').run(row.rowid);
  prepared(db, 'DELETE FROM supervision_items WHERE rowid = ?').run(row.rowid);
}
