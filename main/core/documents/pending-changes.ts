import type { PendingChange } from '../../../shared/sync/pending-change';
import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';

/** The commands that change one document, and where their input names it. */
const documentOfCommand = `CASE type
  WHEN 'document.create' THEN json_extract(input, '$.id')
  WHEN 'incoming.act' THEN json_extract(input, '$.incomingId')
  ELSE json_extract(input, '$.documentId') END`;
const documentCommands = "('document.create', 'document.updateFields', 'document.act', 'document.restoreVersion', 'incoming.act')";

interface PendingRow {
  document_id: string;
  id: string;
  summary: string;
  status: 'pending' | 'rejected';
  reason: string | null;
}

/**
 * My changes to documents that the server has not accepted, read from the outbox itself so they
 * can never disagree with it. A refusal outranks what still waits (it needs the user), and the
 * latest of each is shown: it is what the user did last.
 */
export function pendingChanges(db: LocalDb, documentId?: string): Map<string, PendingChange> {
  const rows = prepared(
    db,
    `SELECT * FROM (SELECT ${documentOfCommand} AS document_id, id, summary, status, reason, seq FROM outbox WHERE type IN ${documentCommands})
     WHERE @id IS NULL OR document_id = @id ORDER BY status = 'rejected' DESC, seq DESC`,
  ).all({ id: documentId ?? null }) as PendingRow[];
  const byDocument = new Map<string, PendingChange>();
  for (const row of rows) {
    if (!byDocument.has(row.document_id)) {
      byDocument.set(row.document_id, { outboxId: row.id, summary: row.summary, status: row.status, reason: row.reason });
    }
  }
  return byDocument;
}

/** Whether a workflow action of mine on this document still waits to be sent: a second would only be refused. */
export function hasQueuedAction(db: LocalDb, documentId: string): boolean {
  return (
    prepared(
      db,
      `SELECT 1 FROM outbox WHERE status = 'pending' AND type IN ('document.act', 'incoming.act')
       AND ${documentOfCommand} = ? LIMIT 1`,
    ).get(documentId) !== undefined
  );
}
