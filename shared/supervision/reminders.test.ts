import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../calendar/working-days';
import { applySupervisionAction, type SupervisionActor } from './lifecycle';
import type { SupervisionItem } from './records';
import { defaultReminderRules, dueReminders, type Reminder, type ReminderRules } from './reminders';
import { accepted, at, leadUnit, milestoneId, nextIsoDay, personId, registered, supervisor } from './test-support';

const isoDay = (min: string, max: string) =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Each reminder key with the first day it was listed, running the days from `from` to `to`. */
function firstListed(item: SupervisionItem, from: string, to: string, rules?: ReminderRules): Map<string, { day: string; reminder: Reminder }> {
  const seen = new Map<string, { day: string; reminder: Reminder }>();
  let previous = new Set<string>();
  for (let day = from; day <= to; day = nextIsoDay(day)) {
    const reminders = dueReminders(item, day, rules);
    const keys = reminders.map((r) => r.key);
    expect(new Set(keys).size, `duplicate keys on ${day}`).toBe(keys.length);
    for (const key of previous) expect(keys, `${key} vanished on ${day}`).toContain(key);
    for (const reminder of reminders) if (!seen.has(reminder.key)) seen.set(reminder.key, { day, reminder });
    previous = new Set(keys);
  }
  return seen;
}

/** Working days from `from` (included) up to `to` (excluded), counted one by one. */
function workingDaysFromUntil(from: string, to: string): number {
  let count = 0;
  for (let day = from; day < to; day = nextIsoDay(day)) if (isWorkingDay(day)) count += 1;
  return count;
}

describe('automatic 催办 schedule', () => {
  it('around 国庆 2026: 3 and 1 working days before, the first working day after (a 调休 Saturday), escalation on the 2nd', () => {
    const item = accepted(registered({ createdOn: '2026-09-01', deadline: '2026-10-09' }), '2026-09-02');
    const schedule = [...firstListed(item, '2026-09-01', '2026-10-31')].map(([key, { day, reminder }]) => [key, day, reminder.kind, reminder.audience]);
    expect(schedule).toEqual([
      ['deadline:2026-10-09:before:3', '2026-09-29', 'before', 'owners'],
      ['deadline:2026-10-09:before:1', '2026-10-08', 'before', 'owners'],
      ['deadline:2026-10-09:overdue', '2026-10-10', 'overdue', 'owners'],
      ['deadline:2026-10-09:escalate', '2026-10-12', 'escalate', 'leaders'],
    ]);
    const overdue = dueReminders(item, '2026-10-10').find((r) => r.kind === 'overdue')!;
    expect(overdue).toMatchObject({ milestoneId: null, dueDate: '2026-10-10', deadline: '2026-10-09', title: '督〔2026〕1号 办理期限已过' });
    expect(overdue.text).toContain('2026年10月9日');
  });

  it('each open milestone has its own schedule; a reached one has none', () => {
    const item = accepted(
      registered({ createdOn: '2026-09-01', deadline: '2026-12-31', milestones: [{ title: '方案制定', due: '2026-09-30' }, { title: '中期评估', due: '2026-11-13' }] }),
      '2026-09-02',
    );
    const keys = dueReminders(item, '2026-10-12').map((r) => r.key);
    expect(keys).toEqual([
      `milestone:${milestoneId(1)}:2026-09-30:before:3`,
      `milestone:${milestoneId(1)}:2026-09-30:before:1`,
      `milestone:${milestoneId(1)}:2026-09-30:overdue`,
      `milestone:${milestoneId(1)}:2026-09-30:escalate`,
    ]);
    expect(dueReminders(item, '2026-10-12')[2]).toMatchObject({ milestoneId: milestoneId(1), dueDate: '2026-10-08', title: '督〔2026〕1号 节点"方案制定"已过' });
    const reached = { ...item, milestones: item.milestones.map((m) => (m.id === milestoneId(1) ? { ...m, doneAt: at('2026-09-29') } : m)) };
    expect(dueReminders(reached, '2026-10-12')).toEqual([]);
  });

  it('nothing for an item under review, closed or archived', () => {
    const item = accepted(registered({ createdOn: '2026-09-01', deadline: '2026-10-09' }), '2026-09-02');
    expect(dueReminders(item, '2026-11-30')).toHaveLength(4);
    for (const status of ['reviewing', 'closed', 'archived'] as const) expect(dueReminders({ ...item, status }, '2026-11-30')).toEqual([]);
    expect(dueReminders(registered({ createdOn: '2026-09-01', deadline: '2026-10-09' }), '2026-11-30')).toHaveLength(4);
  });

  it('no reminder dated before the item was registered', () => {
    // Registered on Wednesday 10-07 (a holiday) for Friday 10-09: the 3-days-before day was 9-29.
    const item = registered({ createdOn: '2026-10-07', deadline: '2026-10-09' });
    expect(dueReminders(item, '2026-10-08').map((r) => r.key)).toEqual(['deadline:2026-10-09:before:1']);
  });

  it('an approved 延期 starts a fresh schedule for the new date', () => {
    const lead: SupervisionActor = { personId: personId(101), isSupervisor: false, unitIds: [leadUnit], leaderUnitIds: [] };
    const boss: SupervisionActor = { personId: supervisor, isSupervisor: true, unitIds: [], leaderUnitIds: [] };
    const ctx = (todayIso: string, n: number) => ({ now: at(todayIso), todayIso, returnWindowWorkingDays: 5, newId: () => personId(7000 + n) });
    const item = accepted(registered({ createdOn: '2026-09-01', deadline: '2026-10-09' }), '2026-09-02');
    const asked = applySupervisionAction(item, { kind: 'requestExtension', unitId: leadUnit, newDeadline: '2026-10-30', milestoneId: null, reason: '需协调' }, lead, ctx('2026-10-09', 1));
    if (!asked.ok) throw new Error(asked.reason);
    const approved = applySupervisionAction(asked.item, { kind: 'decideExtension', extensionId: asked.item.extensions[0]!.id, approve: true, opinion: '' }, boss, ctx('2026-10-12', 2));
    if (!approved.ok) throw new Error(approved.reason);
    const schedule = [...firstListed(approved.item, '2026-10-12', '2026-11-30')].map(([key, { day }]) => [key, day]);
    expect(schedule).toEqual([
      ['deadline:2026-10-30:before:3', '2026-10-27'],
      ['deadline:2026-10-30:before:1', '2026-10-29'],
      ['deadline:2026-10-30:overdue', '2026-11-02'],
      ['deadline:2026-10-30:escalate', '2026-11-03'],
    ]);
  });

  it('the numbers are configurable', () => {
    const item = accepted(registered({ createdOn: '2026-09-01', deadline: '2026-10-09' }), '2026-09-02');
    const rules: ReminderRules = { beforeWorkingDays: [5], escalateAfterWorkingDays: 3 };
    const schedule = [...firstListed(item, '2026-09-01', '2026-10-31', rules)].map(([key, { day }]) => [key, day]);
    expect(schedule).toEqual([
      // 10-08, 9-30, 9-29, 9-28, then Friday 9-25 is 中秋节: the 5th working day before is 9-24.
      ['deadline:2026-10-09:before:5', '2026-09-24'],
      ['deadline:2026-10-09:overdue', '2026-10-10'],
      ['deadline:2026-10-09:escalate', '2026-10-13'],
    ]);
  });

  it('for any deadline: each key is listed from its own day on, once, on a working day the rules describe', () => {
    fc.assert(
      fc.property(isoDay('2026-01-05', '2026-12-20'), fc.integer({ min: 1, max: 40 }), (createdOn, days) => {
        const deadline = nextIsoDay(createdOn, days);
        const item = accepted(registered({ createdOn, deadline }), createdOn);
        const seen = firstListed(item, createdOn, nextIsoDay(deadline, 20));
        for (const [key, { day, reminder }] of seen) {
          expect(reminder.dueDate, key).toBe(day);
          expect(isWorkingDay(day), key).toBe(true);
          if (reminder.kind === 'before') {
            const before = Number(key.split(':').at(-1));
            expect(workingDaysFromUntil(day, deadline), key).toBe(before);
            expect(day >= createdOn, key).toBe(true);
          } else {
            const after = reminder.kind === 'overdue' ? 1 : defaultReminderRules.escalateAfterWorkingDays;
            expect(workingDaysFromUntil(nextIsoDay(deadline), nextIsoDay(day)), key).toBe(after);
          }
        }
        expect([...seen.keys()].filter((k) => !k.includes(':before:'))).toEqual([`deadline:${deadline}:overdue`, `deadline:${deadline}:escalate`]);
      }),
      { numRuns: 150 },
    );
  });
});
