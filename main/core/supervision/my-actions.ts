import { availableSupervisionActions } from '../../../shared/supervision/lifecycle';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { kvGet, kvSet } from '../store/kv';
import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';
import { actorFor, type MySupervisionRoles } from '../../../shared/supervision/my-roles';

const BASIS_KEY = 'supervision.actionable';
const ROWS_PER_STEP = 500;

/**
 * Who "I" am and which day it is for the stored `actionable` flags: what I may do on an item
 * depends on my posts and roles and on the date (a 退回 window, a deadline to ask 延期 before).
 */
interface ActionableBasis {
  roles: MySupervisionRoles;
  todayIso: string;
}

interface Refresh {
  key: string;
  done: Promise<boolean>;
}

const bases = new WeakMap<LocalDb, ActionableBasis | null>();
const refreshes = new WeakMap<LocalDb, Refresh>();

function storedBasis(db: LocalDb): ActionableBasis | null {
  if (!bases.has(db)) bases.set(db, kvGet<ActionableBasis>(db, BASIS_KEY));
  return bases.get(db)!;
}

/** Whether I have anything to do on the item, by the basis the rows are flagged with. */
export function isActionable(db: LocalDb, item: SupervisionItem): boolean {
  const basis = storedBasis(db);
  return basis !== null && availableSupervisionActions(item, actorFor(basis.roles, item), basis.todayIso).length > 0;
}

/**
 * Brings every row's flag up to date for me today, when the day or my posts and roles changed
 * since the flags were set: once a day at most. For a 督查员 with 100,000 items that takes seconds,
 * so it runs in steps between other work; until it is done, `mine` reads the flags as they were
 * (rows written meanwhile already follow the new basis). Resolves true when it changed the basis.
 */
export function refreshActionable(db: LocalDb, roles: MySupervisionRoles, todayIso: string): Promise<boolean> {
  const basis: ActionableBasis = { roles, todayIso };
  const key = JSON.stringify(basis);
  const running = refreshes.get(db);
  if (running?.key === key) return running.done;
  if (!running && JSON.stringify(storedBasis(db)) === key) return Promise.resolve(false);
  kvSet(db, BASIS_KEY, basis);
  bases.set(db, basis);
  const refresh: Refresh = { key, done: reflagAll(db, () => refreshes.get(db) === refresh) };
  refreshes.set(db, refresh);
  void refresh.done.finally(() => {
    if (refreshes.get(db) === refresh) refreshes.delete(db);
  });
  return refresh.done;
}

/** Re-flags every row in steps; stops when a newer refresh took over or the store was closed. */
async function reflagAll(db: LocalDb, current: () => boolean): Promise<boolean> {
  const page = prepared(db, 'SELECT item_rowid, data FROM supervision_data WHERE item_rowid > ? ORDER BY item_rowid LIMIT ?');
  const update = prepared(db, 'UPDATE supervision_items SET actionable = ? WHERE rowid = ? AND actionable != ?');
  for (let after = 0; ; ) {
    await new Promise((resolve) => setImmediate(resolve));
    if (!current() || !db.open) return false;
    const rows = page.all(after, ROWS_PER_STEP) as { item_rowid: number; data: string }[];
    if (rows.length === 0) return true;
    db.transaction(() => {
      for (const row of rows) {
        const flag = isActionable(db, JSON.parse(row.data) as SupervisionItem) ? 1 : 0;
        update.run(flag, row.item_rowid, flag);
      }
    })();
    after = rows.at(-1)!.item_rowid;
  }
}
