import type { DashboardQuery, DashboardStats, UnitStats } from './api-types';
import { lights, supervisionSources, supervisionStatuses } from './kinds';
import { defaultLightRules, itemLight, milestoneReportLastDay, type LightRules } from './lights';
import type { SupervisionItem, UnitPart } from './records';
import { chinaDayOf, dayOfIso, isoOfDay, workingDaysBetween } from './working-day-index';

/**
 * The 督查督办 dashboard (DOMAIN.md §2.4), in one pass over the items.
 *
 * - An item is **due** once its deadline in force has passed or it is closed (办结/归档).
 * - **按期办结** (closedOnTime): closed, on a China date no later than the deadline in force. An
 *   approved 延期 is a legitimate new deadline, so it counts, not the original one.
 * - **按期办结率** = closedOnTime / due; per unit over the items it leads or supports, overall over
 *   items (each counted once).
 * - **反馈及时率** = reportsOnTime / reportsDue, over the units that signed:
 *   - weekly / monthly: each report falls due `reportEveryWorkingDays` (plus grace) working days
 *     after the unit's previous report (or its 签收); a due date that passes with no report is
 *     missed and the next one falls due as long after it. A report answers every due date up to
 *     and including the one it lands in: the last of those is met, the earlier ones missed. Due
 *     dates count until the unit's reporting ends: the 办结申请 (审核中 and after), or for a
 *     配合单位 whose part is done, its last report.
 *   - milestone: one report per milestone, counted for the 牵头单位, due by the milestone's date
 *     (plus grace working days); met by a report naming the milestone or by the milestone being
 *     reached by then. Counted once that day has passed or once it is met.
 * - **超期** (overdue): not closed and past the deadline in force; the list gives the lead unit
 *   and the working days past the deadline, most overdue first.
 * - **trend**: items created and closed per month (China time) over the 12 months up to today.
 */
export function dashboardStats(items: readonly SupervisionItem[], todayIso: string, query: DashboardQuery, rules: LightRules = defaultLightRules): DashboardStats {
  const today = dayOfIso(todayIso);
  const from = query.from === undefined ? -Infinity : dayOfIso(query.from);
  const to = query.to === undefined ? Infinity : dayOfIso(query.to);
  const months = lastTwelveMonths(todayIso);
  const trend = new Map(months.map((month) => [month, { month, created: 0, closed: 0 }]));

  const byStatus = zeroes(supervisionStatuses);
  const byLight = zeroes(lights);
  const bySource = zeroes(supervisionSources);
  const byLeader = new Map<string, number>();
  const units = new Map<string, UnitStats>();
  const overdue: DashboardStats['overdue'] = [];
  let total = 0;
  let due = 0;
  let closedOnTime = 0;
  let reportsDue = 0;
  let reportsOnTime = 0;

  for (const item of items) {
    const createdDay = chinaDayOf(item.createdAt);
    if (createdDay < from || createdDay > to) continue;
    if (query.source !== undefined && item.source !== query.source) continue;
    if (query.instructingLeaderId !== undefined && item.instructingLeaderId !== query.instructingLeaderId) continue;

    total += 1;
    byStatus[item.status] += 1;
    byLight[itemLight(item, todayIso, rules)] += 1;
    bySource[item.source] += 1;
    if (item.instructingLeaderId !== null) byLeader.set(item.instructingLeaderId, (byLeader.get(item.instructingLeaderId) ?? 0) + 1);

    const deadline = dayOfIso(item.deadline);
    const closed = item.closedAt !== null && (item.status === 'closed' || item.status === 'archived');
    const isDue = closed || today > deadline;
    const onTime = closed && chinaDayOf(item.closedAt!) <= deadline;
    const isOverdue = !closed && today > deadline;
    if (isDue) due += 1;
    if (onTime) closedOnTime += 1;
    if (isOverdue) {
      const lead = item.units.find((u) => u.role === 'lead');
      overdue.push({ itemId: item.id, number: item.number, title: item.title, unitId: lead?.unitId ?? item.ownerUnitId, deadline: item.deadline, daysOverdue: Math.max(0, workingDaysBetween(deadline, today)) });
    }
    tally(trend, isoOfDay(createdDay).slice(0, 7), 'created');
    if (closed) tally(trend, isoOfDay(chinaDayOf(item.closedAt!)).slice(0, 7), 'closed');

    for (const part of item.units) {
      const stats = units.get(part.unitId) ?? emptyUnit(part.unitId);
      units.set(part.unitId, stats);
      stats.total += 1;
      if (isDue) stats.due += 1;
      if (onTime) stats.closedOnTime += 1;
      if (isOverdue) stats.overdue += 1;
      const feedback = feedbackOf(item, part, today, rules);
      stats.reportsDue += feedback.due;
      stats.reportsOnTime += feedback.onTime;
      reportsDue += feedback.due;
      reportsOnTime += feedback.onTime;
    }
  }

  for (const stats of units.values()) {
    stats.onTimeRate = rate(stats.closedOnTime, stats.due);
    stats.feedbackRate = rate(stats.reportsOnTime, stats.reportsDue);
  }
  return {
    total,
    byStatus,
    byLight,
    bySource,
    byLeader: [...byLeader].map(([leaderId, count]) => ({ leaderId, count })).sort((a, b) => b.count - a.count || a.leaderId.localeCompare(b.leaderId)),
    units: [...units.values()].sort((a, b) => b.total - a.total || a.unitId.localeCompare(b.unitId)),
    overdue: overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.number.localeCompare(b.number)),
    trend: [...trend.values()],
    onTimeRate: rate(closedOnTime, due),
    feedbackRate: rate(reportsOnTime, reportsDue),
  };
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function emptyUnit(unitId: string): UnitStats {
  return { unitId, total: 0, due: 0, closedOnTime: 0, onTimeRate: null, reportsDue: 0, reportsOnTime: 0, feedbackRate: null, overdue: 0 };
}

function tally(trend: Map<string, DashboardStats['trend'][number]>, month: string, field: 'created' | 'closed'): void {
  const row = trend.get(month);
  if (row) row[field] += 1;
}

/** '2025-12' … '2026-11' for a today in November 2026. */
function lastTwelveMonths(todayIso: string): string[] {
  const year = Number(todayIso.slice(0, 4));
  const month = Number(todayIso.slice(5, 7));
  return Array.from({ length: 12 }, (_, i) => {
    const index = year * 12 + month - 1 - (11 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** The unit's reports due and made on time, as defined above. */
function feedbackOf(item: SupervisionItem, part: UnitPart, today: number, rules: LightRules): { due: number; onTime: number } {
  if (part.status !== 'accepted' || part.acceptedAt === null) return { due: 0, onTime: 0 };
  if (item.cadence === 'milestone') return part.role === 'lead' ? milestoneFeedback(item, today, rules) : { due: 0, onTime: 0 };
  const every = rules.reportEveryWorkingDays[item.cadence] + rules.reportGraceWorkingDays;
  const reportDays = item.reports.filter((r) => r.unitId === part.unitId).map((r) => chinaDayOf(r.at));
  const reportingEnds = reportingEnd(item, part, reportDays, today);
  let due = 0;
  let onTime = 0;
  let previous = chinaDayOf(part.acceptedAt);
  for (const day of reportDays.sort((a, b) => a - b)) {
    if (day > reportingEnds) break;
    const gap = workingDaysBetween(previous, day);
    if (gap <= 0) continue;
    // Due dates every `every` working days after the previous report: the one it lands in is met.
    due += Math.ceil(gap / every);
    onTime += 1;
    previous = day;
  }
  // Due dates since then that have passed (the one still running is not yet due).
  const tail = workingDaysBetween(previous, reportingEnds);
  if (tail > 0) due += Math.floor((tail - 1) / every);
  return { due, onTime };
}

function reportingEnd(item: SupervisionItem, part: UnitPart, reportDays: readonly number[], today: number): number {
  if (item.status === 'reviewing' || item.status === 'closed' || item.status === 'archived') {
    const endedAt = item.closure?.at ?? item.closedAt;
    if (endedAt !== null) return Math.min(today, chinaDayOf(endedAt));
  }
  if (part.role === 'support' && part.partDone) return reportDays.length === 0 ? chinaDayOf(part.acceptedAt!) : Math.max(...reportDays);
  return today;
}

function milestoneFeedback(item: SupervisionItem, today: number, rules: LightRules): { due: number; onTime: number } {
  let due = 0;
  let onTime = 0;
  for (const milestone of item.milestones) {
    const lastDay = milestoneReportLastDay(dayOfIso(milestone.due), rules);
    const met =
      (milestone.doneAt !== null && chinaDayOf(milestone.doneAt) <= lastDay) ||
      item.reports.some((r) => r.milestoneId === milestone.id && chinaDayOf(r.at) <= lastDay);
    if (met || today > lastDay) due += 1;
    if (met) onTime += 1;
  }
  return { due, onTime };
}
