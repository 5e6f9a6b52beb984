import type { z } from 'zod';
import type { IncidentAction, IncidentFactsInput } from '../../shared/duty/actions';
import { reportTitle } from '../../shared/duty/incident-deadlines';
import type { Incident, IncidentFacts } from '../../shared/duty/records';
import { AppError } from '../../shared/errors';
import type { ServerConfig } from '../config';
import { refuseClassified } from '../messages/content-rules';
import type { StepNotices } from '../notices/step-notices';
import { commandHandler, type CommandHandlers } from '../sync/command-service';
import type { WriteScope } from '../sync/writer';
import type { DutyPeople } from './duty-people';
import type { DutyRosters } from './duty-rosters';
import { requireDutyStaff } from './duty-staff';
import type { DutyStore } from './duty-store';

export interface IncidentCommandDeps {
  store: DutyStore;
  rosters: DutyRosters;
  people: DutyPeople;
  notices: StepNotices;
  deadlines: ServerConfig['incidentDeadlines'];
}

type IncidentCommands = Pick<CommandHandlers, 'incident.create' | 'incident.act'>;

const minute = 60_000;
/** A clock a little ahead on the duty officer's machine is not a reason to refuse a 接报. */
const futureTolerance = minute;
const oldestReceived = 7 * 24 * 60 * minute;

type ValidFacts = z.output<typeof IncidentFactsInput>;

/** 突发事件信息报送: 接报登记, 电话报告, 首报/续报/终报 and the office above's 签收. */
export function incidentCommands(deps: IncidentCommandDeps): IncidentCommands {
  const { store, rosters, people, notices, deadlines } = deps;

  const checkFacts = (facts: ValidFacts): IncidentFacts => {
    refuseClassified(facts.title, facts.nature, facts.scope, facts.trend, facts.measures, facts.requests, facts.leadersOnSite);
    if (facts.signedBy) people.roles.activePerson(facts.signedBy, '签发领导');
    return facts;
  };

  /** The reporting unit's people; once anything has gone up, the office above's 值班员 too. */
  const audience = (incident: Incident): string[] => {
    const reported = incident.phoneReportedAt !== null || incident.reports.length > 0;
    return [...people.members(incident.unitId), incident.createdBy, ...(reported ? people.dutyOfficersOf(incident.toUnitId) : [])];
  };

  const save = (scope: WriteScope, incident: Incident): Incident => store.saveIncident(scope, incident, audience(incident));

  const apply = (incident: Incident, action: IncidentAction, me: string, now: number): Incident => {
    if (action.kind === 'receive') {
      if (!people.dutyOfficersOf(incident.toUnitId).includes(me)) throw new AppError('forbidden', `只有${people.unitName(incident.toUnitId)}的值班员可以签收`);
      const report = incident.reports.find((r) => r.id === action.reportId);
      if (!report) throw new AppError('not_found', '报告不存在');
      if (report.receivedAt !== null) throw new AppError('conflict', `${reportTitle(report.kind, report.number)}已由${people.personName(report.receivedBy!)}签收`);
      const reports = incident.reports.map((r) => (r.id === report.id ? { ...r, receivedAt: now, receivedBy: me } : r));
      return { ...incident, reports, updatedAt: now };
    }
    requireDutyStaff(people, rosters, me, incident.unitId, '报送突发事件信息');
    if (incident.status === 'closed') throw new AppError('conflict', '已终报，事件信息报送已结束');
    if (action.kind === 'phoneReported') {
      if (incident.phoneReportedAt !== null) throw new AppError('conflict', '已登记电话报告');
      if (action.at < incident.receivedAt || action.at > now + futureTolerance) throw new AppError('bad_request', '电话报告时间应在接报之后、当前时间之前');
      return { ...incident, phoneReportedAt: action.at, updatedAt: now };
    }
    const first = incident.reports.some((r) => r.kind === 'first');
    if (action.reportKind === 'first' && first) throw new AppError('conflict', '首报已报送，请报送续报或终报');
    if (action.reportKind !== 'first' && !first) throw new AppError('bad_request', '请先报送首报');
    const number = action.reportKind === 'followUp' ? incident.reports.filter((r) => r.kind === 'followUp').length + 1 : 0;
    refuseClassified(action.text);
    const facts = checkFacts(action.facts);
    const report = { id: action.reportId, kind: action.reportKind, number, text: action.text, facts, byId: me, at: now, receivedAt: null, receivedBy: null };
    return { ...incident, facts, reports: [...incident.reports, report], status: action.reportKind === 'final' ? 'closed' : 'open', updatedAt: now };
  };

  return {
    'incident.create': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const me = actor.person.id;
        const existing = store.incident(input.id);
        if (existing) {
          if (existing.createdBy !== me) throw new AppError('conflict', '突发事件编号已被使用');
          return existing;
        }
        requireDutyStaff(people, rosters, me, input.unitId, '接报登记');
        const toUnitId = people.offices().officeAbove(input.unitId);
        if (!toUnitId) throw new AppError('bad_request', `${people.unitName(input.unitId)}没有上级值班机构，无法报送突发事件`);
        if (input.receivedAt > now + futureTolerance) throw new AppError('bad_request', '接报时间不能晚于当前时间');
        if (input.receivedAt < now - oldestReceived) throw new AppError('bad_request', '接报时间不能早于 7 天前');
        refuseClassified(input.source);
        const incident: Incident = {
          ...input,
          toUnitId,
          facts: checkFacts(input.facts),
          phoneReportedAt: null,
          phoneDueAt: input.receivedAt + deadlines.phoneMinutes * minute,
          writtenDueAt: input.receivedAt + deadlines.writtenMinutes * minute,
          reports: [],
          status: 'open',
          escalations: [],
          createdBy: me,
          createdAt: now,
          updatedAt: now,
        };
        return save(scope, incident);
      },
    }),

    'incident.act': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const me = actor.person.id;
        const incident = store.visibleIncident(input.incidentId, me);
        const { action } = input;
        if (action.kind === 'report' && incident.reports.some((r) => r.id === action.reportId)) return incident;
        const saved = save(scope, apply(incident, action, me, now));
        if (action.kind === 'report') {
          const report = saved.reports[saved.reports.length - 1]!;
          const title = reportTitle(report.kind, report.number);
          const to = people.dutyOfficersOf(saved.toUnitId);
          scope.afterCommit(() =>
            notices.send(`inc:${saved.id}:${saved.reports.length}`, to, `突发事件${title}`, `${people.unitName(saved.unitId)} 报送突发事件${title}：${saved.facts.title}`),
          );
        }
        return saved;
      },
    }),
  };
}
