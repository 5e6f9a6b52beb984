import type { ApiHandlers } from '../../../shared/contract/define';
import { isoDateInChina } from '../../../shared/documents/dates';
import type { DesktopApi } from '../../../shared/desktop-api';
import type { UserContext } from '../user-context';
import { ledgerWorkbook } from './ledger-xlsx';
import { mySupervisionRoles } from './my-actor';
import { refreshActionable } from './my-actions';
import { act, createItem } from './supervision-actions';
import { supervisionBulletin } from './supervision-bulletin';
import { supervisionCounts } from './supervision-counts';
import { supervisionDashboard } from './supervision-dashboard';
import { listPage } from './supervision-list';
import { supervisionItem } from './supervision-records';

const ok = { ok: true } as const;

/** `api.supervision.*`: lists, records and statistics from the local store, changes through the outbox. */
export function supervisionHandlers(ctx: () => UserContext): ApiHandlers<DesktopApi>['supervision'] {
  const todayIso = () => isoDateInChina(ctx().clock());
  /** `mine` flags follow me and the day: a new day or new posts re-flag the rows, and the lists are read again after. */
  const current = () => {
    const c = ctx();
    void refreshActionable(c.db, mySupervisionRoles(c.db, c.me), todayIso()).then((refreshed) => {
      if (refreshed) c.emit({ type: 'changed', areas: ['supervision'] });
    });
    return c;
  };
  return {
    list: async (query) => listPage(current().db, query, todayIso()),
    counts: async () => supervisionCounts(current().db, todayIso()),
    item: async ({ id }) => supervisionItem(ctx().db, id),
    create: async (input) => createItem(ctx(), input),
    act: async (input) => (act(ctx(), input), ok),
    dashboard: async (query) => supervisionDashboard(ctx().db, query, todayIso()),
    exportLedger: async (query) => ledgerWorkbook(current().db, query, todayIso()),
    bulletin: (query) => supervisionBulletin(ctx().http, query),
  };
}
