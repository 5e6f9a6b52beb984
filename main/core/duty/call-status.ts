import type { CallStatus, CallUnitStatus } from '../../../shared/duty/api-types';
import type { DailyReport, DutyRoster } from '../../../shared/duty/records';
import { daysBetween } from '../../../shared/duty/roster-frame';
import { chinaInstant } from '../../../shared/duty/shift-times';
import { AppError } from '../../../shared/errors';
import type { LocalDb } from '../store/open-local-db';
import { dutyRecord, dutyRecords } from './duty-rows';
import { unitName, type DutyScope } from './duty-scope';

export function rosterCall(db: LocalDb, callId: string) {
  const call = dutyRecord(db, 'rosterCall', callId);
  if (!call) throw new AppError('not_found', '报送通知不存在，或您无权查看');
  return call;
}

/** The roster each unit answered the call with: the latest one it worked on. */
export function rostersAnsweringCall(db: LocalDb, callId: string): Map<string, DutyRoster> {
  const byUnit = new Map<string, DutyRoster>();
  for (const roster of dutyRecords(db, 'dutyRoster', 'call_id = @callId', { callId }, 'updated_at')) byUnit.set(roster.unitId, roster);
  return byUnit;
}

/**
 * Where each called unit stands: its roster (missing, draft, submitted, returned, accepted), late
 * when submitted after the deadline or still not in once it has passed; and, when the call asks for
 * 日报告, each day's report, late when filed after the hour or still missing once it has passed.
 */
export function callStatus(db: LocalDb, scope: DutyScope, callId: string, now: number): CallStatus {
  const call = rosterCall(db, callId);
  const rosters = rostersAnsweringCall(db, callId);
  const reports = new Map<string, DailyReport>();
  for (const report of dutyRecords(db, 'dailyReport', 'call_id = @callId', { callId }, 'submitted_at')) reports.set(`${report.unitId}|${report.date}`, report);
  const days = call.dailyReportBy ? daysBetween(call.from, call.to) : [];

  const units = call.unitIds.map((unitId): CallUnitStatus => {
    const roster = rosters.get(unitId) ?? null;
    const submission = roster?.submission ?? null;
    const status = !roster ? 'missing' : (submission?.status ?? 'draft');
    const inHand = status === 'submitted' || status === 'accepted';
    const submittedAt = submission?.submittedAt ?? null;
    const late = inHand ? submittedAt! > call.deadline : now > call.deadline;
    const dailyReports = days.map((date) => {
      const report = reports.get(`${unitId}|${date}`);
      const due = chinaInstant(date, call.dailyReportBy!);
      return { date, kind: report?.kind ?? null, submittedAt: report?.submittedAt ?? null, late: report ? report.submittedAt > due : now > due };
    });
    return { unitId, unitName: unitName(scope, unitId), rosterId: roster?.id ?? null, status, submittedAt, late, opinion: submission?.opinion ?? '', dailyReports };
  });
  return { call, units };
}
