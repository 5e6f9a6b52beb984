import type { DailyReport, DutyHandover, DutyLogEntry, DutyRoster, DutySetup, DutySwap, Incident, RosterCall } from '../../../shared/duty/records';
import type { LocalDb } from '../store/open-local-db';
import { prepared } from '../store/prepared';

export interface DutyRecords {
  dutySetup: DutySetup;
  dutyRoster: DutyRoster;
  rosterCall: RosterCall;
  dutySwap: DutySwap;
  dutyLogEntry: DutyLogEntry;
  dutyHandover: DutyHandover;
  dailyReport: DailyReport;
  incident: Incident;
}
export type DutyEntity = keyof DutyRecords;

/** Where each entity lives and the columns its lists filter on, besides id and data. */
const tables: { [E in DutyEntity]: { table: string; columns: (record: DutyRecords[E]) => Record<string, string | number | null> } } = {
  dutySetup: { table: 'duty_setups', columns: () => ({}) },
  dutyRoster: {
    table: 'duty_rosters',
    columns: (r) => ({ unit_id: r.unitId, status: r.status, from_date: r.from, to_date: r.to, call_id: r.callId, updated_at: r.updatedAt }),
  },
  rosterCall: { table: 'roster_calls', columns: (c) => ({ owner_unit_id: c.ownerUnitId, created_at: c.createdAt }) },
  dutySwap: {
    table: 'duty_swaps',
    columns: (s) => ({ unit_id: s.unitId, requester_id: s.requesterId, counterpart_id: s.counterpartId, status: s.status, updated_at: s.updatedAt }),
  },
  dutyLogEntry: { table: 'duty_log_entries', columns: (e) => ({ unit_id: e.unitId, at: e.at, open: e.open ? 1 : 0 }) },
  dutyHandover: { table: 'duty_handovers', columns: (h) => ({ unit_id: h.unitId, status: h.status, created_at: h.createdAt }) },
  dailyReport: {
    table: 'daily_reports',
    columns: (r) => ({ unit_id: r.unitId, to_unit_id: r.toUnitId, call_id: r.callId, date: r.date, submitted_at: r.submittedAt }),
  },
  incident: { table: 'incidents', columns: (i) => ({ unit_id: i.unitId, to_unit_id: i.toUnitId, status: i.status, updated_at: i.updatedAt }) },
};

export function tableOf(entity: DutyEntity): string {
  return tables[entity].table;
}

/** Stores a record as the server has it, or as written here while the server has not answered. */
export function putDutyRecord<E extends DutyEntity>(db: LocalDb, entity: E, record: DutyRecords[E]): void {
  const { table, columns } = tables[entity];
  const values = { id: record.id, ...columns(record), data: JSON.stringify(record) };
  const names = Object.keys(values);
  prepared(db, `INSERT OR REPLACE INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(values);
  if (entity === 'dutyRoster') writeSlots(db, record as DutyRoster);
}

export function deleteDutyRecord(db: LocalDb, entity: DutyEntity, id: string): void {
  prepared(db, `DELETE FROM ${tables[entity].table} WHERE id = ?`).run(id);
  if (entity === 'dutyRoster') prepared(db, 'DELETE FROM duty_slots WHERE roster_id = ?').run(id);
}

export function dutyRecord<E extends DutyEntity>(db: LocalDb, entity: E, id: string): DutyRecords[E] | null {
  const row = prepared(db, `SELECT data FROM ${tables[entity].table} WHERE id = ?`).get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as DutyRecords[E]) : null;
}

/** Records of one entity selected by a WHERE clause over its columns (no user text ever goes into `where`). */
export function dutyRecords<E extends DutyEntity>(db: LocalDb, entity: E, where = '1', params: Record<string, unknown> = {}, orderBy = 'id'): DutyRecords[E][] {
  const rows = prepared(db, `SELECT data FROM ${tables[entity].table} WHERE ${where} ORDER BY ${orderBy}`).all(params) as { data: string }[];
  return rows.map((row) => JSON.parse(row.data) as DutyRecords[E]);
}

/** Only a published roster is in force: its assigned places feed 今日值班 and 我的值班. */
function writeSlots(db: LocalDb, roster: DutyRoster): void {
  prepared(db, 'DELETE FROM duty_slots WHERE roster_id = ?').run(roster.id);
  if (roster.status !== 'published') return;
  const insert = prepared(db, 'INSERT INTO duty_slots (unit_id, date, shift, post_id, person_id, roster_id) VALUES (?, ?, ?, ?, ?, ?)');
  for (const slot of roster.slots) {
    if (slot.personId !== null) insert.run(roster.unitId, slot.date, slot.shift, slot.postId, slot.personId, roster.id);
  }
}
