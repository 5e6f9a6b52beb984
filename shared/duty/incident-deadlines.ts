import type { Incident, IncidentDeadlineKind, IncidentReport } from './records';

type Reports = { reports: ReadonlyArray<Pick<IncidentReport, 'kind' | 'at'>> };

/** pending: still time; overdue: time is up and it is not done; done (late when after the limit). */
export interface DeadlineState {
  kind: IncidentDeadlineKind;
  dueAt: number;
  doneAt: number | null;
  state: 'pending' | 'overdue' | 'done' | 'late';
  /** Milliseconds left (negative when overdue); null once done. */
  remainingMs: number | null;
}

export const deadlineLabels: Record<IncidentDeadlineKind, string> = { phone: '电话报告', written: '书面报告' };

/** The written report is the 首报 filed in writing. */
export function writtenReportAt(incident: Reports): number | null {
  return incident.reports.find((report) => report.kind === 'first')?.at ?? null;
}

export function incidentDeadlines(incident: Pick<Incident, 'phoneDueAt' | 'writtenDueAt' | 'phoneReportedAt'> & Reports, now: number): DeadlineState[] {
  return [
    deadline('phone', incident.phoneDueAt, incident.phoneReportedAt, now),
    deadline('written', incident.writtenDueAt, writtenReportAt(incident), now),
  ];
}

function deadline(kind: IncidentDeadlineKind, dueAt: number, doneAt: number | null, now: number): DeadlineState {
  if (doneAt !== null) return { kind, dueAt, doneAt, state: doneAt <= dueAt ? 'done' : 'late', remainingMs: null };
  return { kind, dueAt, doneAt, state: now < dueAt ? 'pending' : 'overdue', remainingMs: dueAt - now };
}

/** 续报一, 续报二 … 续报十二: Chinese numerals as the reports are numbered in practice. */
export function reportTitle(kind: 'first' | 'followUp' | 'final', number: number): string {
  if (kind === 'first') return '首报';
  if (kind === 'final') return '终报';
  return `续报${chineseNumber(number)}`;
}

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseNumber(n: number): string {
  const digit = (d: number) => digits[d] ?? '';
  const ones = n % 10 === 0 ? '' : digit(n % 10);
  if (n < 10) return digit(n);
  if (n < 20) return `十${ones}`;
  if (n < 100) return `${digit(Math.floor(n / 10))}十${ones}`;
  return String(n);
}
