import type { ApiHandlers } from '../../../shared/contract/define';
import type { DesktopApi } from '../../../shared/desktop-api';
import { AppError } from '../../../shared/errors';
import type { UserContext } from '../user-context';
import { callStatus } from './call-status';
import * as actions from './duty-actions';
import { dutyCounts } from './duty-counts';
import { dailyReportList, handoverList, incidentList, incidentWithPending, logEntryList, rosterList, rosterWithPending, swapList } from './duty-lists';
import { dutyRecord, dutyRecords } from './duty-rows';
import { dutyScope, dutyUnits } from './duty-scope';
import { myDuties, myDutyCalendar } from './my-duties';
import { onDutyNow } from './on-duty-now';
import { checkUnitRoster, generateUnitRoster } from './roster-generation';
import { callWorkbook, rosterWorkbook } from './roster-xlsx';

const ok = { ok: true } as const;

/** `api.duty.*`: read from the local store, changes through the outbox. */
export function dutyHandlers(ctx: () => UserContext): ApiHandlers<DesktopApi>['duty'] {
  const scoped = () => {
    const c = ctx();
    return { c, scope: dutyScope(c.db, c.me) };
  };
  /** Runs a change and answers Ok: the renderer re-reads what the `changed` event names. */
  const change =
    <I>(run: (c: UserContext, input: I) => void) =>
    async (input: I) => (run(ctx(), input), ok);
  return {
    units: async () => dutyUnits(scoped().scope),
    setup: async ({ unitId }) => dutyRecord(ctx().db, 'dutySetup', unitId),
    saveSetup: change(actions.saveSetup),
    rosters: async (query) => {
      const { c, scope } = scoped();
      return rosterList(c.db, scope, query);
    },
    roster: async ({ id }) => rosterWithPending(ctx().db, id),
    generate: async (query) => generateUnitRoster(ctx().db, query),
    check: async (query) => checkUnitRoster(ctx().db, query),
    saveRoster: change(actions.saveRoster),
    actRoster: change(actions.actRoster),
    exportRoster: async ({ rosterId }) => {
      const { c, scope } = scoped();
      return rosterWorkbook(c.db, scope, rosterId);
    },
    calls: async () => dutyRecords(ctx().db, 'rosterCall', '1', {}, 'created_at DESC'),
    callStatus: async ({ callId }) => {
      const { c, scope } = scoped();
      return callStatus(c.db, scope, callId, c.clock());
    },
    createCall: change(actions.createCall),
    exportCall: async ({ callId }) => {
      const { c, scope } = scoped();
      return callWorkbook(c.db, scope, callId, c.clock());
    },
    swaps: async ({ unitId }) => {
      const { c, scope } = scoped();
      return swapList(c.db, scope, c.me.id, unitId);
    },
    requestSwap: change(actions.requestSwap),
    decideSwap: change(actions.decideSwap),
    now: async ({ at, q }) => {
      const { c, scope } = scoped();
      return onDutyNow(c.db, scope, at ?? c.clock(), q || undefined);
    },
    myDuties: async ({ from, to }) => {
      const { c, scope } = scoped();
      return myDuties(c.db, scope, c.me.id, from, to);
    },
    ics: async ({ from, to }) => {
      const { c, scope } = scoped();
      if (from > to) throw new AppError('bad_request', '结束日期不能早于开始日期');
      const text = myDutyCalendar(c.db, scope, c.me.id, from, to, c.clock());
      return { fileName: `我的值班-${from}至${to}.ics`, dataBase64: Buffer.from(text, 'utf8').toString('base64') };
    },
    logEntries: async (query) => logEntryList(ctx().db, query),
    saveLogEntry: change(actions.saveLogEntry),
    handovers: async ({ unitId }) => handoverList(ctx().db, unitId),
    createHandover: change(actions.createHandover),
    confirmHandover: change(actions.confirmHandover),
    dailyReports: async (query) => dailyReportList(ctx().db, query),
    submitDailyReport: change(actions.submitDailyReport),
    incidents: async (query) => {
      const { c, scope } = scoped();
      return incidentList(c.db, scope, query);
    },
    incident: async ({ id }) => incidentWithPending(ctx().db, id),
    createIncident: change(actions.createIncident),
    actIncident: change(actions.actIncident),
    counts: async () => {
      const { c, scope } = scoped();
      return dutyCounts(c.db, scope, c.me.id, c.clock());
    },
  };
}
