import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../calendar/working-days';
import { applySupervisionAction, type SupervisionActor } from './lifecycle';
import { defaultLightRules, itemLight, milestoneLight, reportsOverdue, workingDaysOverdue, type LightRules } from './lights';
import type { SupervisionItem } from './records';
import { accepted, at, leadUnit, milestoneId, nextIsoDay, personId, registered, supervisor } from './test-support';

/** Working days after `from` up to and including `to`, counted day by day (the slow, obvious way). */
function workingDaysAfter(from: string, to: string): number {
  let count = 0;
  for (let day = nextIsoDay(from); day <= to; day = nextIsoDay(day)) if (isWorkingDay(day)) count += 1;
  return count;
}

const isoDay = (min: string, max: string) =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Days around the holidays the calendar holds: 春节 and 国庆 2026. */
const holidayDay = fc.oneof(isoDay('2026-02-01', '2026-03-10'), isoDay('2026-09-10', '2026-10-25'), isoDay('2026-01-01', '2027-03-31'));

/** Only the working-days rule: no share of the period, no reports owed (milestone cadence, none set). */
const daysOnly: LightRules = { ...defaultLightRules, yellowBelowShareOfPeriod: 0 };
const longAgo = '2025-06-02';
const onDeadline = (deadline: string, extra: Partial<SupervisionItem> = {}): SupervisionItem => ({
  ...accepted(registered({ createdOn: longAgo, deadline, cadence: 'milestone' }), longAgo),
  ...extra,
});

describe('红黄绿灯 by working days left', () => {
  // 2026-10-09 is a Friday; 10-01..10-07 are 国庆 holidays, 09-20 (Sun) and 10-10 (Sat) are worked.
  it.each([
    ['2026-09-28', 'green', '4 left: 9-29, 9-30, 10-08, 10-09'],
    ['2026-09-29', 'yellow', '3 left'],
    ['2026-09-30', 'yellow', '2 left, the holiday in between counts for nothing'],
    ['2026-10-04', 'yellow', '2 left'],
    ['2026-10-09', 'yellow', 'the deadline itself: 0 left'],
    ['2026-10-10', 'red', 'the day after, a 调休 Saturday'],
    ['2026-10-11', 'red', 'a Sunday after the deadline'],
  ])('deadline 2026-10-09, today %s → %s (%s)', (today, light) => {
    expect(itemLight(onDeadline('2026-10-09'), today, daysOnly)).toBe(light);
  });

  it('the 调休 Sunday 2026-09-20 is a working day left', () => {
    // From Saturday 9-19 to Wednesday 9-23: 9-20 (worked), 9-21, 9-22, 9-23 → 4 left.
    expect(itemLight(onDeadline('2026-09-23'), '2026-09-19', daysOnly)).toBe('green');
    // From Sunday 9-20 itself: 3 left.
    expect(itemLight(onDeadline('2026-09-23'), '2026-09-20', daysOnly)).toBe('yellow');
  });

  it('春节 2026: the week off counts for nothing, the 调休 Saturday 2-28 does', () => {
    // Deadline Wednesday 2-25. From Friday 2-13: 2-14 (Sat, worked), 2-24, 2-25 → 3 left.
    expect(itemLight(onDeadline('2026-02-25'), '2026-02-13', daysOnly)).toBe('yellow');
    expect(itemLight(onDeadline('2026-02-25'), '2026-02-12', daysOnly)).toBe('green');
  });

  it('matches a day-by-day count for any today and deadline (holidays and 调休 included)', () => {
    fc.assert(
      fc.property(holidayDay, fc.integer({ min: -20, max: 40 }), (today, offset) => {
        const deadline = nextIsoDay(today, offset);
        const expected = today > deadline ? 'red' : workingDaysAfter(today, deadline) <= 3 ? 'yellow' : 'green';
        expect(itemLight(onDeadline(deadline), today, daysOnly)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('the boundary: green on the 4th working day before a working-day deadline, yellow from the 3rd', () => {
    fc.assert(
      fc.property(holidayDay.filter(isWorkingDay), (deadline) => {
        const before: string[] = [];
        for (let day = nextIsoDay(deadline, -1); before.length < 4; day = nextIsoDay(day, -1)) if (isWorkingDay(day)) before.push(day);
        expect(itemLight(onDeadline(deadline), before[3]!, daysOnly)).toBe('green');
        expect(itemLight(onDeadline(deadline), before[2]!, daysOnly)).toBe('yellow');
      }),
    );
  });

  it('the threshold is configurable', () => {
    expect(itemLight(onDeadline('2026-10-09'), '2026-09-28', { ...daysOnly, yellowWithinWorkingDays: 4 })).toBe('yellow');
    expect(itemLight(onDeadline('2026-10-09'), '2026-09-29', { ...daysOnly, yellowWithinWorkingDays: 2 })).toBe('green');
  });
});

describe('红黄绿灯 by share of the period', () => {
  // 2026-03-02 (Mon) to 2026-03-31 (Tue): 21 working days after the 立项 day; 20% is 4.2.
  const march = (today: string, rules = defaultLightRules) => itemLight(accepted(registered({ createdOn: '2026-03-02', deadline: '2026-03-31', cadence: 'milestone' }), '2026-03-02'), today, rules);

  it('yellow once less than 20% of the period is left, even with more than 3 working days', () => {
    expect(march('2026-03-24')).toBe('green'); // 5 left: 25, 26, 27, 30, 31
    expect(march('2026-03-25')).toBe('yellow'); // 4 left < 4.2
    expect(march('2026-03-25', daysOnly)).toBe('green');
    expect(march('2026-03-24', { ...defaultLightRules, yellowBelowShareOfPeriod: 0.25 })).toBe('yellow'); // 5 < 5.25
  });
});

describe('report cadence', () => {
  it('weekly: overdue after 5 working days without a report, counted across 国庆', () => {
    const item = accepted(registered({ createdOn: '2026-09-01', deadline: '2026-12-31' }), '2026-09-01');
    const reported: SupervisionItem = { ...item, units: item.units.map((u) => ({ ...u, lastReportAt: at('2026-09-29') })) };
    // After 9-29: 9-30, 10-08, 10-09, 10-10 (调休 Saturday), 10-12 → the 5th is 10-12.
    expect(reportsOverdue(reported, '2026-10-12')).toBe(false);
    expect(itemLight(reported, '2026-10-12')).toBe('green');
    expect(reportsOverdue(reported, '2026-10-13')).toBe(true);
    expect(itemLight(reported, '2026-10-13')).toBe('yellow');
  });

  it('weekly: counted from 签收 before the first report, for every signed unit whose part is open', () => {
    const item = accepted(registered({ createdOn: '2026-03-02', deadline: '2026-12-31' }), '2026-03-02');
    expect(reportsOverdue(item, '2026-03-09')).toBe(false);
    expect(reportsOverdue(item, '2026-03-10')).toBe(true);
    const onlySupportLate = { ...item, units: item.units.map((u) => (u.role === 'lead' ? { ...u, lastReportAt: at('2026-03-09') } : u)) };
    expect(reportsOverdue(onlySupportLate, '2026-03-10')).toBe(true);
    const supportDone = { ...onlySupportLate, units: onlySupportLate.units.map((u) => (u.role === 'support' ? { ...u, partDone: true } : u)) };
    expect(reportsOverdue(supportDone, '2026-03-10')).toBe(false);
  });

  it('matches a day-by-day count for weekly and monthly cadences', () => {
    fc.assert(
      fc.property(holidayDay, fc.integer({ min: 0, max: 40 }), fc.constantFrom('weekly' as const, 'monthly' as const), (lastReport, days, cadence) => {
        const today = nextIsoDay(lastReport, days);
        const item = accepted(registered({ createdOn: '2025-12-01', deadline: '2028-12-29', cadence, supportUnits: 0 }), '2025-12-01');
        const reported = { ...item, units: item.units.map((u) => ({ ...u, lastReportAt: at(lastReport, '23:50') })) };
        const allowed = defaultLightRules.reportEveryWorkingDays[cadence];
        expect(reportsOverdue(reported, today)).toBe(workingDaysAfter(lastReport, today) > allowed);
      }),
      { numRuns: 1000 },
    );
  });

  it('milestone: a passed milestone that no report names, unless reached', () => {
    const item = accepted(registered({ createdOn: '2026-09-01', deadline: '2026-12-31', cadence: 'milestone', milestones: [{ title: '方案制定', due: '2026-10-09' }] }), '2026-09-01');
    expect(reportsOverdue(item, '2026-10-09')).toBe(false);
    expect(reportsOverdue(item, '2026-10-10')).toBe(true);
    expect(reportsOverdue(item, '2026-10-10', { ...defaultLightRules, reportGraceWorkingDays: 1 })).toBe(false);
    expect(reportsOverdue(item, '2026-10-12', { ...defaultLightRules, reportGraceWorkingDays: 1 })).toBe(true);
    const report = { id: personId(900), unitId: leadUnit, byId: personId(101), at: at('2026-10-12'), text: '进展', percent: 40, fileIds: [], milestoneId: milestoneId(1), status: 'submitted' as const, reviewOpinion: '', reviewedBy: null };
    expect(reportsOverdue({ ...item, reports: [report] }, '2026-10-13')).toBe(false);
    expect(reportsOverdue({ ...item, milestones: item.milestones.map((m) => ({ ...m, doneAt: at('2026-10-12') })) }, '2026-10-13')).toBe(false);
  });

  it('nothing is owed under review or by a unit that has not signed', () => {
    const item = registered({ createdOn: '2026-03-02', deadline: '2026-12-31' });
    expect(reportsOverdue(item, '2026-06-01')).toBe(false);
    expect(reportsOverdue({ ...accepted(item, '2026-03-02'), status: 'reviewing' }, '2026-06-01')).toBe(false);
  });
});

describe('grey, red and the nodes', () => {
  it('closed and archived items are grey whatever the date', () => {
    const item = onDeadline('2026-03-31');
    expect(itemLight({ ...item, status: 'closed', closedAt: at('2026-04-10') }, '2026-05-01')).toBe('grey');
    expect(itemLight({ ...item, status: 'archived', closedAt: at('2026-04-10') }, '2026-05-01')).toBe('grey');
    expect(itemLight({ ...item, status: 'reviewing' }, '2026-05-01')).toBe('red');
  });

  it('a milestone has its own light; reached or closed is grey', () => {
    const item = accepted(registered({ createdOn: longAgo, deadline: '2026-12-31', cadence: 'milestone', milestones: [{ title: '方案制定', due: '2026-10-09' }] }), longAgo);
    const milestone = item.milestones[0]!;
    expect(milestoneLight(item, milestone, '2026-09-28', daysOnly)).toBe('green');
    expect(milestoneLight(item, milestone, '2026-09-29', daysOnly)).toBe('yellow');
    expect(milestoneLight(item, milestone, '2026-10-10', daysOnly)).toBe('red');
    expect(milestoneLight(item, { ...milestone, doneAt: at('2026-10-12') }, '2026-10-13')).toBe('grey');
    expect(milestoneLight({ ...item, status: 'closed' }, milestone, '2026-10-13')).toBe('grey');
  });

  it('working days overdue count the working days after the deadline through today', () => {
    expect(workingDaysOverdue('2026-09-30', '2026-09-30')).toBe(0);
    expect(workingDaysOverdue('2026-09-30', '2026-10-07')).toBe(0);
    expect(workingDaysOverdue('2026-09-30', '2026-10-08')).toBe(1);
    expect(workingDaysOverdue('2026-09-30', '2026-10-12')).toBe(4);
    expect(workingDaysOverdue('2026-10-12', '2026-09-30')).toBe(0);
  });
});

describe('an approved 延期 recomputes the light', () => {
  const lead: SupervisionActor = { personId: personId(101), isSupervisor: false, unitIds: [leadUnit], leaderUnitIds: [] };
  const boss: SupervisionActor = { personId: supervisor, isSupervisor: true, unitIds: [], leaderUnitIds: [] };
  let ids = 0;
  const ctx = (todayIso: string) => ({ now: at(todayIso), todayIso, returnWindowWorkingDays: 5, newId: () => personId(5000 + (ids += 1)) });

  function extended(item: SupervisionItem, askedOn: string, newDeadline: string, approvedOn: string): SupervisionItem {
    const asked = applySupervisionAction(item, { kind: 'requestExtension', unitId: leadUnit, newDeadline, milestoneId: null, reason: '需协调多部门' }, lead, ctx(askedOn));
    if (!asked.ok) throw new Error(asked.reason);
    const extensionId = asked.item.extensions.at(-1)!.id;
    const approved = applySupervisionAction(asked.item, { kind: 'decideExtension', extensionId, approve: true, opinion: '' }, boss, ctx(approvedOn));
    if (!approved.ok) throw new Error(approved.reason);
    return approved.item;
  }

  it('red past the deadline turns green once the new date is approved', () => {
    const item = accepted(registered({ createdOn: '2026-09-01', deadline: '2026-10-09', cadence: 'milestone' }), '2026-09-01');
    expect(itemLight(item, '2026-10-12')).toBe('red');
    const after = extended(item, '2026-10-09', '2026-11-30', '2026-10-12');
    expect(after.deadline).toBe('2026-11-30');
    expect(after.originalDeadline).toBe('2026-10-09');
    expect(itemLight(after, '2026-10-12')).toBe('green');
  });

  it('whatever the dates, the light after approval is the light of an item due on the new date', () => {
    fc.assert(
      fc.property(holidayDay, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 30 }), (deadline, lateBy, extraDays) => {
        const today = nextIsoDay(deadline, lateBy);
        const newDeadline = nextIsoDay(today, extraDays);
        const item = accepted(registered({ createdOn: '2025-11-03', deadline, cadence: 'milestone' }), '2025-11-03');
        expect(itemLight(item, today)).toBe('red');
        const after = extended(item, deadline, newDeadline, today);
        const light = itemLight(after, today);
        expect(light).not.toBe('red');
        expect(light).toBe(itemLight({ ...item, deadline: newDeadline }, today));
      }),
      { numRuns: 300 },
    );
  });
});
