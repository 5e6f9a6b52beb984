import { describe, expect, it } from 'vitest';
import { DashboardStats } from './api-types';
import type { SupervisionSource, SupervisionStatus, UnitRole } from './kinds';
import type { ProgressReport, SupervisionItem, UnitPart } from './records';
import { dashboardStats } from './stats';
import { at, instructingLeader, milestoneId, personId, registered, unitId } from './test-support';

const [unitA, unitB, unitC] = [unitId(1), unitId(2), unitId(3)];
const today = '2026-11-23';

function part(unit: string, role: UnitRole, acceptedOn: string | null, extra: Partial<UnitPart> = {}): UnitPart {
  return {
    unitId: unit,
    role,
    status: acceptedOn ? 'accepted' : 'pending',
    assignedAt: 0,
    ownerId: acceptedOn ? personId(200) : null,
    acceptedAt: acceptedOn ? at(acceptedOn) : null,
    returnReason: '',
    percent: 0,
    lastReportAt: null,
    partDone: false,
    ...extra,
  };
}

let reportIds = 0;
function reportOf(unit: string, on: string, milestone: string | null = null): ProgressReport {
  return { id: personId(3000 + (reportIds += 1)), unitId: unit, byId: personId(200), at: at(on), text: '进展', percent: 50, fileIds: [], milestoneId: milestone, status: 'accepted', reviewOpinion: '', reviewedBy: null };
}

interface Sketch {
  serial: number;
  source: SupervisionSource;
  leader: string | null;
  createdOn: string;
  deadline: string;
  status: SupervisionStatus;
  units: UnitPart[];
  closure?: { requestedOn: string; closedOn: string };
}

function item({ serial, source, leader, createdOn, deadline, status, units, closure }: Sketch, extra: Partial<SupervisionItem> = {}): SupervisionItem {
  return {
    ...registered({ createdOn, deadline, serial }),
    source,
    instructingLeaderId: leader,
    status,
    units,
    closure: closure ? { byId: personId(200), at: at(closure.requestedOn), report: '已办结', fileIds: [], status: 'accepted', opinion: '' } : null,
    closedAt: closure ? at(closure.closedOn, '16:00') : null,
    ...extra,
  };
}

/**
 * Five items seen on Monday 2026-11-23. Working days are counted after the first day up to and
 * including the second; 2026 has 中秋节 on 9-25, 国庆 10-01..07, 调休 on Sunday 9-20 and Saturday 10-10.
 */
const items: SupervisionItem[] = [
  // I1 weekly, closed on its deadline. A (lead) signed 9-01 and reported 9-07, 9-14, 9-30: gaps of 4,
  // 5 and 12 working days → due 1 + 1 + 3 = 5, on time 3; nothing owed after 9-30 (2 working days
  // to the 办结申请 on 10-09). B (support) reported 9-08 (5 working days) and finished: 1 of 1.
  item({
    serial: 1, source: '领导批示', leader: instructingLeader, createdOn: '2026-09-01', deadline: '2026-10-09', status: 'closed',
    units: [part(unitA, 'lead', '2026-09-01'), part(unitB, 'support', '2026-09-01', { partDone: true })],
    closure: { requestedOn: '2026-10-09', closedOn: '2026-10-09' },
  }, { reports: [reportOf(unitA, '2026-09-07'), reportOf(unitB, '2026-09-08'), reportOf(unitA, '2026-09-14'), reportOf(unitA, '2026-09-30')] }),
  // I2 monthly, due 10-30, extended to 11-13 and closed 11-10: on time by the deadline in force.
  // B (lead) signed 9-15, reported 10-20 (21 working days) and 11-09 (14): 2 of 2. C (support)
  // finished without reporting: nothing counted.
  item({
    serial: 2, source: '会议议定事项', leader: null, createdOn: '2026-09-15', deadline: '2026-11-13', status: 'archived',
    units: [part(unitB, 'lead', '2026-09-15'), part(unitC, 'support', '2026-09-15', { partDone: true })],
    closure: { requestedOn: '2026-11-09', closedOn: '2026-11-10' },
  }, { cadence: 'monthly', originalDeadline: '2026-10-30', reports: [reportOf(unitB, '2026-10-20'), reportOf(unitB, '2026-11-09')] }),
  // I3 by milestone, open and 6 working days past 11-13 (11-16..20, 11-23). A reported on the first
  // milestone the day before it; the second was reached late with no report: 1 of 2.
  item({
    serial: 3, source: '领导批示', leader: instructingLeader, createdOn: '2026-10-12', deadline: '2026-11-13', status: 'handling',
    units: [part(unitA, 'lead', '2026-10-12')],
  }, {
    cadence: 'milestone',
    milestones: [
      { id: milestoneId(1), title: '调研', due: '2026-10-30', doneAt: at('2026-10-30') },
      { id: milestoneId(2), title: '出台方案', due: '2026-11-06', doneAt: at('2026-11-10') },
    ],
    reports: [reportOf(unitA, '2026-10-29', milestoneId(1))],
  }),
  // I4 just assigned to C, not signed yet; due 12-31 with 27 of 43 working days left: green.
  item({ serial: 4, source: '群众诉求', leader: null, createdOn: '2026-11-02', deadline: '2026-12-31', status: 'assigned', units: [part(unitC, 'lead', null)] }),
  // I5 from last year, before the 12 months of the trend; closed late on 2025-12-05. A signed
  // 2025-10-15 and never reported until the 办结申请 on 12-03: 35 working days, so the due dates on
  // the 5th, 10th … 30th working day passed: 6 missed.
  item({
    serial: 5, source: '重要文件', leader: null, createdOn: '2025-10-15', deadline: '2025-11-28', status: 'closed',
    units: [part(unitA, 'lead', '2025-10-15')],
    closure: { requestedOn: '2025-12-03', closedOn: '2025-12-05' },
  }),
];
const [i1, i2, i3, i4, i5] = items as [SupervisionItem, SupervisionItem, SupervisionItem, SupervisionItem, SupervisionItem];

describe('督查督办 dashboard', () => {
  it('counts a hand-built set exactly', () => {
    const stats = dashboardStats(items, today, {});
    expect(DashboardStats.parse(stats)).toEqual(stats);
    expect(stats.total).toBe(5);
    expect(stats.byStatus).toEqual({ assigned: 1, handling: 1, reviewing: 0, closed: 2, archived: 1 });
    expect(stats.byLight).toEqual({ green: 1, yellow: 0, red: 1, grey: 3 });
    expect(stats.bySource).toEqual({ 领导批示: 2, 会议议定事项: 1, 重要文件: 1, 上级交办: 0, 人大建议: 0, 政协提案: 0, 群众诉求: 1 });
    expect(stats.byLeader).toEqual([{ leaderId: instructingLeader, count: 2 }]);
    expect(stats.units).toEqual([
      { unitId: unitA, total: 3, due: 3, closedOnTime: 1, onTimeRate: 1 / 3, reportsDue: 13, reportsOnTime: 4, feedbackRate: 4 / 13, overdue: 1 },
      { unitId: unitB, total: 2, due: 2, closedOnTime: 2, onTimeRate: 1, reportsDue: 3, reportsOnTime: 3, feedbackRate: 1, overdue: 0 },
      { unitId: unitC, total: 2, due: 1, closedOnTime: 1, onTimeRate: 1, reportsDue: 0, reportsOnTime: 0, feedbackRate: null, overdue: 0 },
    ]);
    expect(stats.overdue).toEqual([{ itemId: i3.id, number: i3.number, title: i3.title, unitId: unitA, deadline: '2026-11-13', daysOverdue: 6 }]);
    // Items each count once: I1, I2, I3 and I5 are due; I1 and I2 closed on time.
    expect(stats.onTimeRate).toBe(2 / 4);
    expect(stats.feedbackRate).toBe(7 / 16);
    expect(stats.trend).toEqual([
      { month: '2025-12', created: 0, closed: 1 },
      ...['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'].map((month) => ({ month, created: 0, closed: 0 })),
      { month: '2026-09', created: 2, closed: 0 },
      { month: '2026-10', created: 1, closed: 1 },
      { month: '2026-11', created: 1, closed: 1 },
    ]);
  });

  it('slices by source, instructing leader and period of 立项', () => {
    expect(dashboardStats(items, today, { source: '领导批示' }).total).toBe(2);
    expect(dashboardStats(items, today, { instructingLeaderId: instructingLeader }).units.map((u) => [u.unitId, u.total])).toEqual([[unitA, 2], [unitB, 1]]);
    const autumn = dashboardStats(items, today, { from: '2026-10-01', to: '2026-11-30' });
    expect(autumn.total).toBe(2);
    expect(autumn.byStatus).toMatchObject({ handling: 1, assigned: 1 });
    const edges = dashboardStats(items, today, { from: '2026-09-15', to: '2026-10-12' });
    expect(edges.total).toBe(2); // I2 and I3, both ends included
    expect(edges.overdue.map((o) => o.itemId)).toEqual([i3.id]);
    expect(dashboardStats(items, today, { source: '上级交办' })).toMatchObject({ total: 0, units: [], overdue: [], onTimeRate: null, feedbackRate: null });
  });

  it('按期办结 is judged against the deadline in force, in China time', () => {
    // Closed at 23:30 on the deadline in China is 15:30 UTC: still on time.
    const lateEvening = { ...i1, closedAt: Date.parse('2026-10-09T23:30:00+08:00') };
    expect(dashboardStats([lateEvening], today, {}).onTimeRate).toBe(1);
    const nextMorning = { ...i1, closedAt: Date.parse('2026-10-10T00:10:00+08:00') };
    expect(dashboardStats([nextMorning], today, {}).onTimeRate).toBe(0);
    // I2 without its 延期 would have been late.
    expect(dashboardStats([{ ...i2, deadline: i2.originalDeadline }], today, {}).onTimeRate).toBe(0);
    expect(dashboardStats([i2, i4, i5], today, {}).onTimeRate).toBe(1 / 2);
  });
});
