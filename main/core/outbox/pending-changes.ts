import type { PendingChange } from '../../../shared/sync/pending-change';
import type { CommandType } from '../../../shared/sync/commands';
import type { LocalDb } from '../store/open-local-db';
import { prepared } from '../store/prepared';

/** The commands that change one kind of record, each with the JSON path where its input names the record. */
export type RecordPaths = Partial<Record<CommandType, string>>;

/** SQL for "which record this outbox row changes", and the list of command types it covers. */
function recordSql(paths: RecordPaths): { recordId: string; types: string } {
  const entries = Object.entries(paths);
  const cases = entries.map(([type, path]) => `WHEN '${type}' THEN json_extract(input, '${path}')`).join(' ');
  return { recordId: `CASE type ${cases} END`, types: `(${entries.map(([type]) => `'${type}'`).join(', ')})` };
}

interface PendingRow {
  record_id: string;
  id: string;
  summary: string;
  status: 'pending' | 'rejected';
  reason: string | null;
}

/**
 * My changes to records that the server has not accepted, read from the outbox itself so they can
 * never disagree with it. A refusal outranks what still waits (it needs the user), and the latest of
 * each is shown: it is what the user did last. Without `recordIds`, every record with one.
 */
export function pendingChanges(db: LocalDb, paths: RecordPaths, recordIds?: readonly string[]): Map<string, PendingChange> {
  const byRecord = new Map<string, PendingChange>();
  if (recordIds?.length === 0) return byRecord;
  const { recordId, types } = recordSql(paths);
  const rows = prepared(
    db,
    `SELECT * FROM (SELECT ${recordId} AS record_id, id, summary, status, reason, seq FROM outbox WHERE type IN ${types})
     WHERE @ids IS NULL OR record_id IN (SELECT value FROM json_each(@ids)) ORDER BY status = 'rejected' DESC, seq DESC`,
  ).all({ ids: recordIds ? JSON.stringify(recordIds) : null }) as PendingRow[];
  for (const row of rows) {
    if (!byRecord.has(row.record_id)) byRecord.set(row.record_id, { outboxId: row.id, summary: row.summary, status: row.status, reason: row.reason });
  }
  return byRecord;
}

/** Whether one of these commands on the record still waits to be sent: a second would only be refused. */
export function hasQueuedCommand(db: LocalDb, paths: RecordPaths, recordId: string): boolean {
  const { recordId: recordIdSql, types } = recordSql(paths);
  return prepared(db, `SELECT 1 FROM outbox WHERE status = 'pending' AND type IN ${types} AND ${recordIdSql} = ? LIMIT 1`).get(recordId) !== undefined;
}
