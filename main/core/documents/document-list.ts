import type { z } from 'zod';
import type { DocumentListItem, DocumentListQuery } from '../../../shared/documents/api-types';
import { textMatch } from '../search/text-index';
import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';
import { boxCondition, overdueCondition } from './document-boxes';
import { documentTextIndex } from './document-index';
import type { DocumentRow } from './document-rows';
import { pendingChanges } from './pending-changes';
import { bodySnippet } from './snippet';
import { stepLabel } from './step-labels';

type ListQuery = z.output<typeof DocumentListQuery>;
type ListedRow = Omit<DocumentRow, 'data'> & { overdue: number };

const listedColumns = `d.rowid, d.id, d.kind, d.unit_id, d.title, d.type, d.urgency, d.doc_number, d.register_number, d.step,
  d.assignee_ids, d.updated_at, d.due_at, d.completed, d.closed, d.provisional, ${overdueCondition} AS overdue`;

/** A box's page for me, filtered and searched; 待办 puts what is overdue first. */
export function listDocuments(db: LocalDb, me: string, query: ListQuery, now: number): { items: DocumentListItem[]; total: number } {
  const conditions = [boxCondition[query.box]];
  const params: Record<string, string | number> = { me, now, limit: query.limit, offset: query.offset };
  const filter = (column: string, name: keyof ListQuery, operator = '=') => {
    const value = query[name];
    if (value === undefined) return;
    conditions.push(`d.${column} ${operator} @${name}`);
    params[name] = value as string | number;
  };
  filter('type', 'type');
  filter('step', 'step');
  filter('urgency', 'urgency');
  filter('unit_id', 'unitId');
  filter('updated_at', 'from', '>=');
  filter('updated_at', 'to', '<=');
  const q = query.q ?? '';
  if (q) {
    const match = textMatch(documentTextIndex, q);
    if (!match) return { items: [], total: 0 };
    conditions.push(`d.rowid IN (SELECT rowid FROM ${match.table} WHERE ${match.table} MATCH @match)`);
    params.match = match.expression;
  }
  const where = conditions.join(' AND ');
  const order = query.box === 'todo' ? 'overdue DESC, d.updated_at DESC, d.rowid DESC' : 'd.updated_at DESC, d.rowid DESC';
  const rows = prepared(db, `SELECT ${listedColumns} FROM documents d WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all(params) as ListedRow[];
  const { total } = prepared(db, `SELECT COUNT(*) AS total FROM documents d WHERE ${where}`).get(params) as { total: number };
  const pending = pendingChanges(db);
  const items = rows.map((row) => ({
    kind: row.kind,
    id: row.id,
    title: row.title,
    type: row.type,
    urgency: row.urgency,
    docNumber: row.doc_number,
    registerNumber: row.register_number,
    step: row.step,
    stepLabel: stepLabel(row.kind, row.step),
    unitId: row.unit_id,
    assigneeIds: JSON.parse(row.assignee_ids) as string[],
    updatedAt: row.updated_at,
    dueAt: row.due_at,
    overdue: row.overdue === 1,
    snippet: q ? bodySnippet(bodyTextOf(db, row.rowid), q) : null,
    pending: pending.get(row.id) ?? null,
  }));
  return { items, total };
}

/** Read for the rows of a page only: in the query itself SQLite would read every match's record before sorting. */
function bodyTextOf(db: LocalDb, rowid: number): string {
  const row = prepared(db, "SELECT json_extract(data, '$.bodyText') AS text FROM document_data WHERE document_rowid = ?").get(rowid) as { text: string };
  return row.text;
}
