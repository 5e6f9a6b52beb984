import type { PendingChange } from '../../../shared/sync/pending-change';
import { hasQueuedCommand, pendingChanges as pendingChangesOf, type RecordPaths } from '../outbox/pending-changes';
import type { LocalDb } from '../store/open-local-db';

const workflowPaths: RecordPaths = { 'document.act': '$.documentId', 'incoming.act': '$.incomingId' };

/** The commands that change one document (发文 or 收文), and where their input names it. */
const documentPaths: RecordPaths = {
  ...workflowPaths,
  'document.create': '$.id',
  'document.updateFields': '$.documentId',
  'document.restoreVersion': '$.documentId',
};

/** My changes to documents the server has not accepted: every document's, or one's. */
export function pendingChanges(db: LocalDb, documentId?: string): Map<string, PendingChange> {
  return pendingChangesOf(db, documentPaths, documentId === undefined ? undefined : [documentId]);
}

/** Whether a workflow action of mine on this document still waits to be sent. */
export function hasQueuedAction(db: LocalDb, documentId: string): boolean {
  return hasQueuedCommand(db, workflowPaths, documentId);
}
