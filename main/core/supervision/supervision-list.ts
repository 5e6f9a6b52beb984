import type { z } from 'zod';
import { workingDaysOverdue } from '../../../shared/supervision/lights';
import type { Light, SupervisionPriority, SupervisionSource, SupervisionStatus } from '../../../shared/supervision/kinds';
import type { SupervisionListItem, SupervisionListQuery } from '../../../shared/supervision/api-types';
import { textMatch } from '../search/text-index';
import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';
import { lightColumn, lightCondition, lightRank } from './light-conditions';
import { pendingChanges } from './pending-changes';
import { supervisionTextIndex } from './supervision-index';

export type ListQuery = Omit<z.output<typeof SupervisionListQuery>, 'limit' | 'offset'> & Partial<Pick<z.output<typeof SupervisionListQuery>, 'limit' | 'offset'>>;

interface ListedRow {
  rowid: number;
  id: string;
  number: string;
  title: string;
  source: SupervisionSource;
  priority: SupervisionPriority;
  status: SupervisionStatus;
  light: Light;
  deadline: string;
  lead_unit_id: string;
  instructing_leader_id: string | null;
  percent: number;
  updated_at: number;
}

/**
 * Sorted after filtering, never by walking an index in order: with a filter that matches few or no
 * rows, the walk would fetch all 100,000 rows one by one (200 ms) where reading the table through
 * and sorting takes a tenth of that.
 */
const orderOf: Record<ListQuery['sort'], string> = {
  light: `${lightRank}, s.deadline, s.updated_at DESC, s.rowid DESC`,
  deadline: '+s.deadline, s.rowid',
  updated: '+s.updated_at DESC, s.rowid DESC',
};

/** The WHERE clause and its parameters for a query's filters, over `supervision_items s`; null when nothing can match. */
function whereOf(query: ListQuery, todayIso: string): { where: string; params: Record<string, string | number> } | null {
  const conditions = ['1'];
  const params: Record<string, string | number> = { today: todayIso };
  const filter = (column: string, name: 'status' | 'source' | 'priority' | 'instructingLeaderId' | 'from' | 'to', operator = '=') => {
    const value = query[name];
    if (value === undefined) return;
    conditions.push(`s.${column} ${operator} @${name}`);
    params[name] = value;
  };
  filter('status', 'status');
  filter('source', 'source');
  filter('priority', 'priority');
  filter('instructing_leader_id', 'instructingLeaderId');
  filter('deadline', 'from', '>=');
  filter('deadline', 'to', '<=');
  if (query.light) conditions.push(lightCondition[query.light]);
  if (query.unitId) {
    conditions.push('s.rowid IN (SELECT item_rowid FROM supervision_units WHERE unit_id = @unitId)');
    params.unitId = query.unitId;
  }
  if (query.mine) conditions.push('s.actionable = 1');
  if (query.q) {
    const match = textMatch(supervisionTextIndex, query.q);
    if (!match) return null;
    conditions.push(`s.rowid IN (SELECT rowid FROM ${match.table} WHERE ${match.table} MATCH @match)`);
    params.match = match.expression;
  }
  return { where: conditions.join(' AND '), params };
}

/**
 * A page of the items this machine holds, filtered and searched, sorted by light (red first), by
 * deadline or by the latest change. `mine` reads the flags refreshActionable keeps current.
 */
/** A listed item as the store holds it; the screen's page adds my pending change (listPage). */
type StoredListItem = Omit<SupervisionListItem, 'pending'>;

export function listItems(db: LocalDb, query: ListQuery, todayIso: string): { items: StoredListItem[]; total: number } {
  const clause = whereOf(query, todayIso);
  if (!clause) return { items: [], total: 0 };
  const { where, params } = clause;
  const page = query.limit === undefined ? '' : 'LIMIT @limit OFFSET @offset';
  const rows = prepared(
    db,
    `SELECT s.rowid, s.id, s.number, s.title, s.source, s.priority, s.status, ${lightColumn} AS light, s.deadline, s.lead_unit_id,
       s.instructing_leader_id, s.percent, s.updated_at
     FROM supervision_items s WHERE ${where} ORDER BY ${orderOf[query.sort]} ${page}`,
  ).all({ ...params, ...(page && { limit: query.limit!, offset: query.offset ?? 0 }) }) as ListedRow[];
  const total = page ? (prepared(db, `SELECT COUNT(*) AS total FROM supervision_items s WHERE ${where}`).get(params) as { total: number }).total : rows.length;
  const supporters = prepared(db, "SELECT unit_id FROM supervision_units WHERE item_rowid = ? AND role = 'support' ORDER BY position");
  const items = rows.map((row) => ({
    id: row.id,
    number: row.number,
    title: row.title,
    source: row.source,
    priority: row.priority,
    status: row.status,
    light: row.light,
    deadline: row.deadline,
    leadUnitId: row.lead_unit_id,
    supportUnitIds: (supporters.all(row.rowid) as { unit_id: string }[]).map((s) => s.unit_id),
    instructingLeaderId: row.instructing_leader_id,
    percent: row.percent,
    daysOverdue: row.light === 'grey' ? 0 : workingDaysOverdue(row.deadline, todayIso),
    updatedAt: row.updated_at,
  }));
  return { items, total };
}

/** A page as the list screen shows it: each item with my change to it that waits in the outbox. */
export function listPage(db: LocalDb, query: ListQuery, todayIso: string): { items: SupervisionListItem[]; total: number } {
  const page = listItems(db, query, todayIso);
  const pending = pendingChanges(db, page.items.map((item) => item.id));
  return { items: page.items.map((item) => ({ ...item, pending: pending.get(item.id) ?? null })), total: page.total };
}
