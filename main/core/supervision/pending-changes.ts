import type { PendingChange } from '../../../shared/sync/pending-change';
import { hasQueuedCommand, pendingChanges as pendingChangesOf, type RecordPaths } from '../outbox/pending-changes';
import type { LocalDb } from '../store/open-local-db';

const actionPaths: RecordPaths = { 'supervision.act': '$.itemId' };
const itemPaths: RecordPaths = { ...actionPaths, 'supervision.create': '$.id' };

/** My changes to these items the server has not accepted. */
export function pendingChanges(db: LocalDb, itemIds: string[]): Map<string, PendingChange> {
  return pendingChangesOf(db, itemPaths, itemIds);
}

/** Whether an action of mine on this item still waits to be sent. */
export function hasQueuedAction(db: LocalDb, itemId: string): boolean {
  return hasQueuedCommand(db, actionPaths, itemId);
}
