import { chinaInstant } from '../../../shared/duty/shift-times';
import type { DailyReport, RosterCall } from '../../../shared/duty/records';

/** The 报送通知 asking this unit for a 日报告/零报告 today (a holiday period covering today). */
export function dailyReportCallFor(calls: readonly RosterCall[], unitId: string, today: string): (RosterCall & { dailyReportBy: string }) | null {
  const call = calls.find((c) => c.dailyReportBy !== null && c.unitIds.includes(unitId) && c.from <= today && today <= c.to);
  return call ? (call as RosterCall & { dailyReportBy: string }) : null;
}

export interface DailyReportState {
  dueAt: number;
  report: DailyReport | null;
  /** Filed after the hour, or not filed once it has passed. */
  late: boolean;
}

export function dailyReportState(call: { id: string; dailyReportBy: string }, reports: readonly DailyReport[], today: string, now: number): DailyReportState {
  const dueAt = chinaInstant(today, call.dailyReportBy);
  const report = reports.find((r) => r.callId === call.id && r.date === today) ?? null;
  return { dueAt, report, late: report ? report.submittedAt > dueAt : now > dueAt };
}
