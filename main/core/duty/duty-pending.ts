import type { PendingChange } from '../../../shared/sync/pending-change';
import type { LocalDb } from '../store/open-local-db';
import { prepared } from '../store/prepared';

/** The duty commands and where their input names the record they change. */
const recordOfCommand = `CASE type
  WHEN 'duty.saveSetup' THEN json_extract(input, '$.unitId')
  WHEN 'duty.actRoster' THEN json_extract(input, '$.rosterId')
  WHEN 'duty.decideSwap' THEN json_extract(input, '$.swapId')
  WHEN 'duty.confirmHandover' THEN json_extract(input, '$.handoverId')
  WHEN 'incident.act' THEN json_extract(input, '$.incidentId')
  ELSE json_extract(input, '$.id') END`;
const dutyCommands = `('duty.saveSetup', 'duty.saveRoster', 'duty.actRoster', 'duty.createCall', 'duty.requestSwap', 'duty.decideSwap',
  'duty.saveLogEntry', 'duty.createHandover', 'duty.confirmHandover', 'duty.submitDailyReport', 'incident.create', 'incident.act')`;

interface PendingRow {
  record_id: string;
  id: string;
  summary: string;
  status: 'pending' | 'rejected';
  reason: string | null;
}

/**
 * My changes to duty records that the server has not accepted, read from the outbox itself so they
 * can never disagree with it; a refusal outranks what still waits, and the latest of each is shown.
 */
export function dutyPendingChanges(db: LocalDb, recordIds: string[]): Map<string, PendingChange> {
  const byRecord = new Map<string, PendingChange>();
  if (recordIds.length === 0) return byRecord;
  const rows = prepared(
    db,
    `SELECT * FROM (SELECT ${recordOfCommand} AS record_id, id, summary, status, reason, seq FROM outbox WHERE type IN ${dutyCommands})
     WHERE record_id IN (SELECT value FROM json_each(@ids)) ORDER BY status = 'rejected' DESC, seq DESC`,
  ).all({ ids: JSON.stringify(recordIds) }) as PendingRow[];
  for (const row of rows) {
    if (!byRecord.has(row.record_id)) byRecord.set(row.record_id, { outboxId: row.id, summary: row.summary, status: row.status, reason: row.reason });
  }
  return byRecord;
}

/** Each record with its pending change, or null. */
export function withPending<T extends { id: string }>(db: LocalDb, records: T[]): (T & { pending: PendingChange | null })[] {
  const pending = dutyPendingChanges(db, records.map((record) => record.id));
  return records.map((record) => ({ ...record, pending: pending.get(record.id) ?? null }));
}
