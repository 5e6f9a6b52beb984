import * as Y from 'yjs';
import { AppError } from '../../../shared/errors';
import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';

/** Past this many stored updates a body is folded into one row, so the log of a long edit stays short. */
export const COMPACT_AT_ROWS = 200;

/**
 * A document body's Yjs updates, kept on this machine so a draft can be written offline and
 * survives a restart. The editor stores each update as it makes it and loads the merged state
 * before it connects; Yjs merges that with the server's copy when the room syncs.
 */
export function storeLocalBody(db: LocalDb, documentId: string, update: Uint8Array): void {
  try {
    Y.decodeUpdate(update);
  } catch {
    throw new AppError('bad_request', '正文更新数据无效');
  }
  db.transaction(() => {
    prepared(db, 'INSERT INTO document_body_updates (document_id, body_update) VALUES (?, ?)').run(documentId, Buffer.from(update));
    const { n } = prepared(db, 'SELECT COUNT(*) AS n FROM document_body_updates WHERE document_id = ?').get(documentId) as { n: number };
    if (n >= COMPACT_AT_ROWS) compact(db, documentId);
  })();
}

/** The body's state as one update, or null when nothing was stored here. */
export function localBody(db: LocalDb, documentId: string): Uint8Array | null {
  return db.transaction(() => compact(db, documentId))();
}

export function deleteLocalBody(db: LocalDb, documentId: string): void {
  prepared(db, 'DELETE FROM document_body_updates WHERE document_id = ?').run(documentId);
}

function compact(db: LocalDb, documentId: string): Uint8Array | null {
  const rows = prepared(db, 'SELECT seq, body_update FROM document_body_updates WHERE document_id = ? ORDER BY seq').all(documentId) as {
    seq: number;
    body_update: Uint8Array;
  }[];
  if (rows.length === 0) return null;
  if (rows.length === 1) return rows[0]!.body_update;
  const merged = mergeByApplying(rows.map((row) => row.body_update));
  prepared(db, 'DELETE FROM document_body_updates WHERE document_id = ? AND seq <= ?').run(documentId, rows.at(-1)!.seq);
  prepared(db, 'INSERT INTO document_body_updates (document_id, body_update) VALUES (?, ?)').run(documentId, Buffer.from(merged));
  return merged;
}

/**
 * Y.mergeUpdates slows down super-linearly on long logs (20k updates: 8 s), so the updates are
 * applied to a document and its state re-encoded. gc is off, as on the server: deleted text is
 * kept for the tracked-changes view.
 */
function mergeByApplying(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: false });
  doc.transact(() => updates.forEach((update) => Y.applyUpdate(doc, update)));
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return merged;
}
