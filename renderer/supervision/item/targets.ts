import type { SupervisionAction } from '../../../shared/supervision/actions';
import { defaultReturnWindowWorkingDays } from '../../../shared/supervision/lifecycle';
import { actionRefusal, type SupervisionActor } from '../../../shared/supervision/permissions';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { dayOfIso, isoOfDay } from '../../../shared/supervision/working-day-index';
import { wholeDeadline } from './actionInput';

const dayAfter = (iso: string) => isoOfDay(dayOfIso(iso) + 1);

/**
 * What each action may name for me: which of my units can sign, report or ask for 延期, which
 * reports, milestones and 延期申请 I may decide. Asked of the same rules the server applies
 * (actionRefusal), one candidate at a time, so a dialog offers nothing the server would refuse.
 */
export interface ActionTargets {
  accept: string[];
  return: string[];
  report: string[];
  completePart: string[];
  /** Per unit: the deadlines it may ask to move (`wholeDeadline` or milestone ids). */
  requestExtension: Map<string, string[]>;
  reviewReport: string[];
  completeMilestone: string[];
  decideExtension: string[];
}

export function actionTargets(item: SupervisionItem, actor: SupervisionActor, todayIso: string): ActionTargets {
  const ctx = { todayIso, returnWindowWorkingDays: defaultReturnWindowWorkingDays, unitName: (id: string) => id };
  const ok = (action: SupervisionAction) => actionRefusal(item, action, actor, ctx) === null;
  const units = (make: (unitId: string) => SupervisionAction) => item.units.map((u) => u.unitId).filter((unitId) => ok(make(unitId)));
  const reason = '延期';
  const requestExtension = new Map<string, string[]>();
  for (const { unitId } of item.units) {
    const whole = ok({ kind: 'requestExtension', unitId, newDeadline: dayAfter(item.deadline), milestoneId: null, reason }) ? [wholeDeadline] : [];
    const milestones = item.milestones.filter((m) => ok({ kind: 'requestExtension', unitId, newDeadline: dayAfter(m.due), milestoneId: m.id, reason })).map((m) => m.id);
    if (whole.length + milestones.length > 0) requestExtension.set(unitId, [...whole, ...milestones]);
  }
  return {
    accept: units((unitId) => ({ kind: 'accept', unitId, ownerId: actor.personId })),
    return: units((unitId) => ({ kind: 'return', unitId, reason: '退回' })),
    report: units((unitId) => ({ kind: 'report', unitId, text: '进展', percent: 0, fileIds: [], milestoneId: null })),
    completePart: units((unitId) => ({ kind: 'completePart', unitId })),
    requestExtension,
    reviewReport: item.reports.filter((r) => ok({ kind: 'reviewReport', reportId: r.id, accept: true, opinion: '' })).map((r) => r.id),
    completeMilestone: item.milestones.filter((m) => ok({ kind: 'completeMilestone', milestoneId: m.id })).map((m) => m.id),
    decideExtension: item.extensions.filter((e) => ok({ kind: 'decideExtension', extensionId: e.id, approve: true, opinion: '' })).map((e) => e.id),
  };
}
