import type { DashboardQuery, DashboardStats, UnitStats } from './api-types';
import { lights, supervisionSources, supervisionStatuses } from './kinds';
import { defaultLightRules, itemLight, milestoneReportLastDay, type LightRules } from './lights';
import type { SupervisionItem, UnitPart } from './records';
import { chinaDayOf, dayOfIso, workingDaysBetween } from './working-day-index';

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
 *   and the working days past the deadline, most overdue first (then by deadline).
 * - **trend**: items created and closed per month (China time) over the 12 months up to today.
 */
export function dashboardStats(items: readonly SupervisionItem[], todayIso: string, query: DashboardQuery, rules: LightRules = defaultLightRules): DashboardStats {
  const today = dayOfIso(todayIso);
  const from = query.from === undefined ? -Infinity : dayOfIso(query.from);
  const to = query.to === undefined ? Infinity : dayOfIso(query.to);
  const trend = new MonthlyTrend(todayIso);

  const byStatus = zeroes(supervisionStatuses);
  const byLight = zeroes(lights);
  const bySource = zeroes(supervisionSources);
  const byLeader = new Map<string, number>();
  const units = new Map<string, UnitStats>();
  const overdue: DashboardStats['overdue'] = [];
  let total = 0;
  let due = 0;
  let closedOnTime = 0;

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
    trend.count(createdDay, 'created');
    if (closed) trend.count(chinaDayOf(item.closedAt!), 'closed');

    for (const part of item.units) {
      const stats = units.get(part.unitId) ?? emptyUnit(part.unitId);
      units.set(part.unitId, stats);
      stats.total += 1;
      if (isDue) stats.due += 1;
      if (onTime) stats.closedOnTime += 1;
      if (isOverdue) stats.overdue += 1;
      tallyFeedback(item, part, today, rules, stats);
    }
  }

  // Reports belong to one unit each, so the overall figures are the units' sums.
  let reportsDue = 0;
  let reportsOnTime = 0;
  for (const stats of units.values()) {
    stats.onTimeRate = rate(stats.closedOnTime, stats.due);
    stats.feedbackRate = rate(stats.reportsOnTime, stats.reportsDue);
    reportsDue += stats.reportsDue;
    reportsOnTime += stats.reportsOnTime;
  }
  return {
    total,
    byStatus,
    byLight,
    bySource,
    byLeader: [...byLeader].map(([leaderId, count]) => ({ leaderId, count })).sort((a, b) => b.count - a.count || byText(a.leaderId, b.leaderId)),
    units: [...units.values()].sort((a, b) => b.total - a.total || byText(a.unitId, b.unitId)),
    overdue: overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || byText(a.deadline, b.deadline) || byText(a.itemId, b.itemId)),
    trend: trend.rows,
    onTimeRate: rate(closedOnTime, due),
    feedbackRate: rate(reportsOnTime, reportsDue),
  };
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** A stable order without the collator, which is slow on tens of thousands of rows. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function emptyUnit(unitId: string): UnitStats {
  return { unitId, total: 0, due: 0, closedOnTime: 0, onTimeRate: null, reportsDue: 0, reportsOnTime: 0, feedbackRate: null, overdue: 0 };
}

/** The 12 months up to today's ('2025-12' … '2026-11' in November 2026), found by day number. */
class MonthlyTrend {
  readonly rows: DashboardStats['trend'] = [];
  /** The first day of each month, and of the month after the last. */
  private readonly starts: number[] = [];

  constructor(todayIso: string) {
    const thisMonth = Number(todayIso.slice(0, 4)) * 12 + Number(todayIso.slice(5, 7)) - 1;
    for (let index = thisMonth - 11; index <= thisMonth + 1; index += 1) {
      const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
      this.starts.push(dayOfIso(`${month}-01`));
      if (index <= thisMonth) this.rows.push({ month, created: 0, closed: 0 });
    }
  }

  count(day: number, field: 'created' | 'closed'): void {
    if (day < this.starts[0]! || day >= this.starts[12]!) return;
    let i = 11;
    while (day < this.starts[i]!) i -= 1;
    this.rows[i]![field] += 1;
  }
}

type FeedbackTally = Pick<UnitStats, 'reportsDue' | 'reportsOnTime'>;

/** One buffer for every unit's report days: a pass over 100,000 items should not make 250,000 arrays. */
const reportDays: number[] = [];

/** Adds the unit's reports due and made on time, as defined above. */
function tallyFeedback(item: SupervisionItem, part: UnitPart, today: number, rules: LightRules, into: FeedbackTally): void {
  if (part.status !== 'accepted' || part.acceptedAt === null) return;
  if (item.cadence === 'milestone') {
    if (part.role === 'lead') tallyMilestoneFeedback(item, today, rules, into);
    return;
  }
  const every = rules.reportEveryWorkingDays[item.cadence] + rules.reportGraceWorkingDays;
  reportDays.length = 0;
  for (const report of item.reports) if (report.unitId === part.unitId) reportDays.push(chinaDayOf(report.at));
  reportDays.sort((a, b) => a - b);
  const reportingEnds = reportingEnd(item, part, today);
  let previous = chinaDayOf(part.acceptedAt);
  for (const day of reportDays) {
    if (day > reportingEnds) break;
    const gap = workingDaysBetween(previous, day);
    if (gap <= 0) continue;
    // Due dates every `every` working days after the previous report: the one it lands in is met.
    into.reportsDue += Math.ceil(gap / every);
    into.reportsOnTime += 1;
    previous = day;
  }
  // Due dates since then that have passed (the one still running is not yet due).
  const tail = workingDaysBetween(previous, reportingEnds);
  if (tail > 0) into.reportsDue += Math.floor((tail - 1) / every);
}

function tallyMilestoneFeedback(item: SupervisionItem, today: number, rules: LightRules, into: FeedbackTally): void {
  for (const milestone of item.milestones) {
    const lastDay = milestoneReportLastDay(dayOfIso(milestone.due), rules);
    const met =
      (milestone.doneAt !== null && chinaDayOf(milestone.doneAt) <= lastDay) ||
      item.reports.some((r) => r.milestoneId === milestone.id && chinaDayOf(r.at) <= lastDay);
    if (met || today > lastDay) into.reportsDue += 1;
    if (met) into.reportsOnTime += 1;
  }
}

/** The last day the unit owed reports (`reportDays` holds its own, in order): its part done (a 配合单位), the 办结申请, or today. */
function reportingEnd(item: SupervisionItem, part: UnitPart, today: number): number {
  if (part.role === 'support' && part.partDone) return reportDays.at(-1) ?? chinaDayOf(part.acceptedAt!);
  if (item.status === 'reviewing' || item.status === 'closed' || item.status === 'archived') {
    const endedAt = item.closure?.at ?? item.closedAt;
    if (endedAt !== null) return Math.min(today, chinaDayOf(endedAt));
  }
  return today;
}
