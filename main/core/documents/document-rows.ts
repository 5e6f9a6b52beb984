import type { DocumentType, Urgency } from '../../../shared/documents/kinds';
import type { IncomingDocument, OutgoingDocument } from '../../../shared/documents/records';
import { addToIndex, removeFromIndex } from '../search/text-index';
import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';
import { deleteLocalBody } from './body-store';
import { incomingMembership, Membership, outgoingMembership } from './box-membership';
import { documentTextIndex, searchableDocumentText } from './document-index';

export type DocumentKind = 'outgoing' | 'incoming';

export interface DocumentRow {
  rowid: number;
  id: string;
  kind: DocumentKind;
  unit_id: string;
  title: string;
  type: DocumentType;
  urgency: Urgency;
  doc_number: string | null;
  register_number: string | null;
  step: string;
  assignee_ids: string;
  updated_at: number;
  due_at: number | null;
  completed: number;
  closed: number;
  provisional: number;
  /** The record as JSON, from document_data. */
  data: string;
}

interface RowValues {
  id: string;
  kind: DocumentKind;
  unitId: string;
  title: string;
  type: DocumentType;
  urgency: Urgency;
  docNumber: string | null;
  registerNumber: string | null;
  step: string;
  assigneeIds: string[];
  updatedAt: number;
  dueAt: number | null;
  /** Handled to the end (办结 or filed): a deadline no longer runs. */
  completed: boolean;
  /** Nothing more will happen to it (归档, or a 收文 sent back). */
  closed: boolean;
  provisional: boolean;
  bodyText: string;
  data: OutgoingDocument | IncomingDocument;
}

export function documentRow(db: LocalDb, id: string): DocumentRow | undefined {
  return prepared(db, 'SELECT d.*, r.data FROM documents d JOIN document_data r ON r.document_rowid = d.rowid WHERE d.id = ?').get(id) as
    | DocumentRow
    | undefined;
}

/** Stores a 发文 as the server has it, or as drafted here while the server has not accepted it yet. */
export function putOutgoing(db: LocalDb, doc: OutgoingDocument, options: { provisional?: boolean } = {}): void {
  const archived = doc.workflow.step === 'archived';
  writeRow(
    db,
    {
      id: doc.id, kind: 'outgoing', unitId: doc.unitId, title: doc.fields.title, type: doc.fields.type, urgency: doc.fields.urgency,
      docNumber: doc.docNumber, registerNumber: null, step: doc.workflow.step, assigneeIds: doc.workflow.assignees,
      updatedAt: doc.updatedAt, dueAt: null, completed: archived, closed: archived, provisional: options.provisional ?? false,
      bodyText: doc.bodyText, data: doc,
    },
    outgoingMembership(doc),
  );
}

export function putIncoming(db: LocalDb, doc: IncomingDocument): void {
  const closed = doc.workflow.step === 'archived' || doc.workflow.step === 'returned';
  writeRow(
    db,
    {
      id: doc.id, kind: 'incoming', unitId: doc.unitId, title: doc.fields.title, type: doc.fields.type, urgency: doc.fields.urgency,
      docNumber: doc.docNumber, registerNumber: doc.registerNumber, step: doc.workflow.step, assigneeIds: doc.workflow.assignees,
      updatedAt: doc.updatedAt, dueAt: doc.dueAt, completed: closed || doc.completedAt !== null, closed, provisional: false,
      bodyText: doc.bodyText, data: doc,
    },
    incomingMembership(doc),
  );
}

/** A document leaves with everything kept for it here, its local body included. */
export function deleteDocument(db: LocalDb, id: string): void {
  const row = prepared(db, 'SELECT rowid FROM documents WHERE id = ?').get(id) as { rowid: number } | undefined;
  if (row) {
    removeFromIndex(db, documentTextIndex, row.rowid);
    prepared(db, 'DELETE FROM document_people WHERE document_rowid = ?').run(row.rowid);
    prepared(db, 'DELETE FROM document_data WHERE document_rowid = ?').run(row.rowid);
    prepared(db, 'DELETE FROM documents WHERE rowid = ?').run(row.rowid);
  }
  deleteLocalBody(db, id);
}

interface IndexedText {
  rowid: number;
  title: string;
  doc_number: string | null;
  register_number: string | null;
  body_text: string;
}

function writeRow(db: LocalDb, values: RowValues, membership: Membership): void {
  const searchText = searchableDocumentText(values);
  const before = prepared(
    db,
    `SELECT d.rowid, d.title, d.doc_number, d.register_number, json_extract(r.data, '$.bodyText') AS body_text
     FROM documents d JOIN document_data r ON r.document_rowid = d.rowid WHERE d.id = ?`,
  ).get(values.id) as IndexedText | undefined;
  const columns = [
    values.kind, values.unitId, values.title, values.type, values.urgency, values.docNumber, values.registerNumber, values.step,
    JSON.stringify(values.assigneeIds), values.updatedAt, values.dueAt, values.completed ? 1 : 0, values.closed ? 1 : 0,
    values.provisional ? 1 : 0,
  ];
  let rowid: number;
  if (before) {
    rowid = before.rowid;
    prepared(
      db,
      `UPDATE documents SET kind = ?, unit_id = ?, title = ?, type = ?, urgency = ?, doc_number = ?, register_number = ?, step = ?,
         assignee_ids = ?, updated_at = ?, due_at = ?, completed = ?, closed = ?, provisional = ? WHERE rowid = ?`,
    ).run(...columns, rowid);
    prepared(db, 'DELETE FROM document_people WHERE document_rowid = ?').run(rowid);
  } else {
    rowid = Number(
      prepared(
        db,
        `INSERT INTO documents (id, kind, unit_id, title, type, urgency, doc_number, register_number, step, assignee_ids, updated_at,
           due_at, completed, closed, provisional) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(values.id, ...columns).lastInsertRowid,
    );
  }
  prepared(db, 'INSERT INTO document_data (document_rowid, data) VALUES (?, ?) ON CONFLICT(document_rowid) DO UPDATE SET data = excluded.data').run(
    rowid,
    JSON.stringify(values.data),
  );
  // Most updates move the workflow and leave the text alone: re-indexing a long body each time would dominate a sync.
  const textBefore = before && searchableDocumentText({ title: before.title, docNumber: before.doc_number, registerNumber: before.register_number, bodyText: before.body_text });
  if (textBefore !== searchText) {
    if (before) removeFromIndex(db, documentTextIndex, rowid);
    addToIndex(db, documentTextIndex, rowid, searchText);
  }
  const link = prepared(db, 'INSERT OR IGNORE INTO document_people (person_id, relation, document_rowid) VALUES (?, ?, ?)');
  for (const personId of membership.todo) link.run(personId, 'todo', rowid);
  for (const personId of membership.participants) link.run(personId, 'participant', rowid);
}

export function documentKind(db: LocalDb, id: string): DocumentKind | null {
  const row = prepared(db, 'SELECT kind FROM documents WHERE id = ?').get(id) as { kind: DocumentKind } | undefined;
  return row?.kind ?? null;
}
