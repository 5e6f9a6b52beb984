import type { PendingChange } from '../../../shared/sync/pending-change';
import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';

/** The commands that change one item, and where their input names it. */
const itemOfCommand = "CASE type WHEN 'supervision.create' THEN json_extract(input, '$.id') ELSE json_extract(input, '$.itemId') END";
const itemCommands = "('supervision.create', 'supervision.act')";

interface PendingRow {
  item_id: string;
  id: string;
  summary: string;
  status: 'pending' | 'rejected';
  reason: string | null;
}

/**
 * My changes to items that the server has not accepted, read from the outbox itself so they can
 * never disagree with it; a refusal outranks what still waits, and the latest of each is shown.
 */
export function pendingChanges(db: LocalDb, itemIds: string[]): Map<string, PendingChange> {
  const byItem = new Map<string, PendingChange>();
  if (itemIds.length === 0) return byItem;
  const rows = prepared(
    db,
    `SELECT * FROM (SELECT ${itemOfCommand} AS item_id, id, summary, status, reason, seq FROM outbox WHERE type IN ${itemCommands})
     WHERE item_id IN (SELECT value FROM json_each(@ids)) ORDER BY status = 'rejected' DESC, seq DESC`,
  ).all({ ids: JSON.stringify(itemIds) }) as PendingRow[];
  for (const row of rows) {
    if (!byItem.has(row.item_id)) byItem.set(row.item_id, { outboxId: row.id, summary: row.summary, status: row.status, reason: row.reason });
  }
  return byItem;
}

/** Whether an action of mine on this item still waits to be sent: a second would only be refused. */
export function hasQueuedAction(db: LocalDb, itemId: string): boolean {
  return prepared(db, "SELECT 1 FROM outbox WHERE status = 'pending' AND type = 'supervision.act' AND json_extract(input, '$.itemId') = ? LIMIT 1").get(itemId) !== undefined;
}
