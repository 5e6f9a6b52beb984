import type { FeedbackCadence, Light } from './kinds';
import type { Milestone, SupervisionItem } from './records';
import { chinaDayOf, dayOfIso, nthWorkingDayAfter, workingDaysBetween } from './working-day-index';

/**
 * 红黄绿灯 (DOMAIN.md §2.3), counted in working days by the statutory calendar (holidays and 调休).
 * "Working days left" are the working days after today up to and including the deadline: on the
 * deadline itself 0 are left, and a deadline on a Monday seen on a Wednesday leaves 3 (Thu, Fri,
 * Mon). The deadline is the one in force, so an approved 延期 recomputes the light by itself.
 *
 * - 灰: 已办结 or 已归档.
 * - 红: today is after the deadline and the item is not closed (审核中 included: it is not 办结 yet).
 * - 黄: `yellowWithinWorkingDays` or fewer working days left; or less than `yellowBelowShareOfPeriod`
 *   of the period (立项 day → deadline, in working days) left; or a progress report is overdue.
 * - 绿: otherwise.
 */
export interface LightRules {
  yellowWithinWorkingDays: number;
  yellowBelowShareOfPeriod: number;
  /** Working days of slack after a report falls due before it counts as overdue. */
  reportGraceWorkingDays: number;
  /**
   * A unit on a weekly or monthly cadence reports within this many working days of its previous
   * report (or of its 签收). On the milestone cadence a report naming the milestone is due by the
   * milestone's date.
   */
  reportEveryWorkingDays: Record<Exclude<FeedbackCadence, 'milestone'>, number>;
}

export const defaultLightRules: LightRules = {
  yellowWithinWorkingDays: 3,
  yellowBelowShareOfPeriod: 0.2,
  reportGraceWorkingDays: 0,
  reportEveryWorkingDays: { weekly: 5, monthly: 22 },
};

const isFinished = (item: SupervisionItem): boolean => item.status === 'closed' || item.status === 'archived';

function timeLight(createdAt: number, dueIso: string, todayIso: string, rules: LightRules): Light {
  const today = dayOfIso(todayIso);
  const due = dayOfIso(dueIso);
  if (today > due) return 'red';
  const left = workingDaysBetween(today, due);
  if (left <= rules.yellowWithinWorkingDays) return 'yellow';
  const period = workingDaysBetween(chinaDayOf(createdAt), due);
  if (left < rules.yellowBelowShareOfPeriod * period) return 'yellow';
  return 'green';
}

export function itemLight(item: SupervisionItem, todayIso: string, rules: LightRules = defaultLightRules): Light {
  if (isFinished(item)) return 'grey';
  const light = timeLight(item.createdAt, item.deadline, todayIso, rules);
  if (light === 'green' && reportsOverdue(item, todayIso, rules)) return 'yellow';
  return light;
}

/** A node's own light (节点督办): the same rules against its due date; a reached node is grey. */
export function milestoneLight(item: SupervisionItem, milestone: Milestone, todayIso: string, rules: LightRules = defaultLightRules): Light {
  if (isFinished(item) || milestone.doneAt !== null) return 'grey';
  return timeLight(item.createdAt, milestone.due, todayIso, rules);
}

/** Working days after the deadline up to and including today; 0 when not past it. */
export function workingDaysOverdue(deadlineIso: string, todayIso: string): number {
  return Math.max(0, workingDaysBetween(dayOfIso(deadlineIso), dayOfIso(todayIso)));
}

/**
 * Whether some unit owes a progress report. Only while the units are at work (交办中, 办理中): under
 * review or closed nothing more is owed, nor by a 配合单位 whose part is done or a unit that has
 * not signed for the item.
 * - weekly / monthly: more than the cadence's working days (plus grace) since the unit's last
 *   report, or since its 签收 when it has not reported yet.
 * - milestone: an open milestone past its date (plus `reportGraceWorkingDays` working days) that
 *   no report names (a reached milestone speaks for itself).
 */
export function reportsOverdue(item: SupervisionItem, todayIso: string, rules: LightRules = defaultLightRules): boolean {
  if (item.status !== 'assigned' && item.status !== 'handling') return false;
  const today = dayOfIso(todayIso);
  if (item.cadence === 'milestone') {
    return item.milestones.some((m) => m.doneAt === null && today > milestoneReportLastDay(dayOfIso(m.due), rules) && !item.reports.some((r) => r.milestoneId === m.id));
  }
  const allowed = rules.reportEveryWorkingDays[item.cadence] + rules.reportGraceWorkingDays;
  return item.units.some((unit) => {
    if (unit.status !== 'accepted' || unit.partDone) return false;
    const since = unit.lastReportAt ?? unit.acceptedAt;
    return since !== null && workingDaysBetween(chinaDayOf(since), today) > allowed;
  });
}

/** On the milestone cadence, the last day (a day number) a report on a milestone due on `dueDay` is on time. */
export function milestoneReportLastDay(dueDay: number, rules: LightRules): number {
  return rules.reportGraceWorkingDays === 0 ? dueDay : nthWorkingDayAfter(dueDay, rules.reportGraceWorkingDays);
}
