import { availableSupervisionActions } from '../../../shared/supervision/lifecycle';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { kvGet, kvSet } from '../store/kv';
import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';
import { actorFor, type MySupervisionRoles } from './my-actor';

const BASIS_KEY = 'supervision.actionable';

/**
 * Who "I" am and which day it is for the stored `actionable` flags: what I may do on an item
 * depends on my posts and roles and on the date (a 退回 window, a deadline to ask 延期 before).
 */
interface ActionableBasis {
  roles: MySupervisionRoles;
  todayIso: string;
}

const bases = new WeakMap<LocalDb, ActionableBasis | null>();

function storedBasis(db: LocalDb): ActionableBasis | null {
  if (!bases.has(db)) bases.set(db, kvGet<ActionableBasis>(db, BASIS_KEY));
  return bases.get(db)!;
}

/** Whether I have anything to do on the item, by the basis the other rows were flagged with. */
export function isActionable(db: LocalDb, item: SupervisionItem): boolean {
  const basis = storedBasis(db);
  return basis !== null && availableSupervisionActions(item, actorFor(basis.roles, item), basis.todayIso).length > 0;
}

/**
 * Brings every row's flag up to date for me today. Runs before `mine` is read; it only does work
 * when the day or my posts and roles changed since the flags were set, once a day at most.
 */
export function refreshActionable(db: LocalDb, roles: MySupervisionRoles, todayIso: string): void {
  const basis: ActionableBasis = { roles, todayIso };
  if (JSON.stringify(storedBasis(db)) === JSON.stringify(basis)) return;
  db.transaction(() => {
    kvSet(db, BASIS_KEY, basis);
    bases.set(db, basis);
    const update = prepared(db, 'UPDATE supervision_items SET actionable = ? WHERE rowid = ? AND actionable != ?');
    // In pages: the connection cannot write while a read is still iterating.
    const page = prepared(db, 'SELECT item_rowid, data FROM supervision_data WHERE item_rowid > ? ORDER BY item_rowid LIMIT 1000');
    for (let after = 0; ; ) {
      const rows = page.all(after) as { item_rowid: number; data: string }[];
      if (rows.length === 0) break;
      for (const row of rows) {
        const flag = isActionable(db, JSON.parse(row.data) as SupervisionItem) ? 1 : 0;
        update.run(flag, row.item_rowid, flag);
      }
      after = rows.at(-1)!.item_rowid;
    }
  })();
}
