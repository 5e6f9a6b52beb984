import type { DocumentFields, DocumentFieldsPatch } from '../../../shared/documents/fields';
import type { OutgoingDocument } from '../../../shared/documents/records';
import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';
import { documentRow, putOutgoing } from './document-rows';

function patchFields(doc: OutgoingDocument, patch: DocumentFieldsPatch): OutgoingDocument {
  return { ...doc, fields: { ...doc.fields, ...patch } };
}

/**
 * Stores the server's copy of a 发文 with my field edits that still wait in the outbox laid over
 * it, in order: a pull that lands before they are sent must not make them vanish from the screen.
 */
export function putServerOutgoing(db: LocalDb, doc: OutgoingDocument): void {
  const rows = prepared(
    db,
    "SELECT input FROM outbox WHERE type = 'document.updateFields' AND status = 'pending' AND json_extract(input, '$.documentId') = ? ORDER BY seq",
  ).all(doc.id) as { input: string }[];
  putOutgoing(db, rows.reduce((patched, row) => patchFields(patched, (JSON.parse(row.input) as { patch: DocumentFieldsPatch }).patch), doc));
}

/** My edit, shown at once; returns the values it replaced, to put back if the server refuses it. */
export function applyFieldEdit(db: LocalDb, documentId: string, patch: DocumentFieldsPatch): DocumentFieldsPatch {
  const row = documentRow(db, documentId);
  if (!row) return {};
  const doc = JSON.parse(row.data) as OutgoingDocument;
  putOutgoing(db, patchFields(doc, patch), { provisional: row.provisional === 1 });
  return Object.fromEntries(Object.keys(patch).map((key) => [key, doc.fields[key as keyof DocumentFields]]));
}

/**
 * Takes a refused or discarded edit back. A field edited again since keeps its newer value: that
 * edit is still on its way.
 */
export function revertFieldEdit(db: LocalDb, documentId: string, patch: DocumentFieldsPatch, replaced: DocumentFieldsPatch): void {
  const row = documentRow(db, documentId);
  if (!row) return;
  const doc = JSON.parse(row.data) as OutgoingDocument;
  const unchanged = Object.keys(replaced).filter((key) => {
    const field = key as keyof DocumentFields;
    return JSON.stringify(doc.fields[field]) === JSON.stringify(patch[field]);
  });
  const restore = Object.fromEntries(unchanged.map((key) => [key, replaced[key as keyof DocumentFields]]));
  putOutgoing(db, patchFields(doc, restore), { provisional: row.provisional === 1 });
}
