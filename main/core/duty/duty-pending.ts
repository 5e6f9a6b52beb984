import type { PendingChange } from '../../../shared/sync/pending-change';
import { pendingChanges, type RecordPaths } from '../outbox/pending-changes';
import type { LocalDb } from '../store/open-local-db';

/** The duty commands and where their input names the record they change. */
const dutyPaths: RecordPaths = {
  'duty.saveSetup': '$.unitId',
  'duty.saveRoster': '$.id',
  'duty.actRoster': '$.rosterId',
  'duty.createCall': '$.id',
  'duty.requestSwap': '$.id',
  'duty.decideSwap': '$.swapId',
  'duty.saveLogEntry': '$.id',
  'duty.createHandover': '$.id',
  'duty.confirmHandover': '$.handoverId',
  'duty.submitDailyReport': '$.id',
  'incident.create': '$.id',
  'incident.act': '$.incidentId',
};

/** My changes to these duty records the server has not accepted. */
export function dutyPendingChanges(db: LocalDb, recordIds: string[]): Map<string, PendingChange> {
  return pendingChanges(db, dutyPaths, recordIds);
}

/** Each record with its pending change, or null. */
export function withPending<T extends { id: string }>(db: LocalDb, records: T[]): (T & { pending: PendingChange | null })[] {
  const pending = dutyPendingChanges(db, records.map((record) => record.id));
  return records.map((record) => ({ ...record, pending: pending.get(record.id) ?? null }));
}
