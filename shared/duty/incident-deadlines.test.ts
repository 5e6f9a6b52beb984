import { describe, expect, it } from 'vitest';
import { incidentDeadlines, reportTitle } from './incident-deadlines';

const minute = 60_000;
const received = Date.parse('2027-01-01T02:00:00Z');
const base = { phoneDueAt: received + 30 * minute, writtenDueAt: received + 60 * minute, phoneReportedAt: null, reports: [] };

describe('incident deadlines', () => {
  it('counts down from 接报 and turns overdue when the limit passes undone', () => {
    const [phone, written] = incidentDeadlines(base, received + 10 * minute);
    expect(phone).toMatchObject({ state: 'pending', remainingMs: 20 * minute });
    expect(written).toMatchObject({ state: 'pending', remainingMs: 50 * minute });
    expect(incidentDeadlines(base, received + 31 * minute)[0]).toMatchObject({ state: 'overdue', remainingMs: -minute });
  });

  it('tells a report made in time from a late one', () => {
    const reports = [{ kind: 'first' as const, at: received + 70 * minute }];
    const [phone, written] = incidentDeadlines({ ...base, phoneReportedAt: received + 5 * minute, reports }, received + 80 * minute);
    expect(phone?.state).toBe('done');
    expect(written).toMatchObject({ state: 'late', doneAt: received + 70 * minute, remainingMs: null });
  });

  it('numbers follow-up reports in Chinese', () => {
    expect([1, 2, 10, 11, 20, 23].map((n) => reportTitle('followUp', n))).toEqual(['续报一', '续报二', '续报十', '续报十一', '续报二十', '续报二十三']);
    expect(reportTitle('first', 0)).toBe('首报');
    expect(reportTitle('final', 0)).toBe('终报');
  });
});
