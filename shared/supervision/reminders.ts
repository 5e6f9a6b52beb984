import { formatChineseDate } from '../documents/dates';
import type { SupervisionItem } from './records';
import { chinaDayOf, dayOfIso, isoOfDay, nthWorkingDayAfter, nthWorkingDayBefore } from './working-day-index';

/**
 * Automatic 催办 (DOMAIN.md §2.2 step 6: 提醒 → 催办 → escalation), for the deadline and each open
 * milestone of an item the units are working on (交办中, 办理中):
 * - 'before': on the working day `beforeWorkingDays[i]` working days before the due date (the 1st
 *   is the last working day before it), to the units' 责任人;
 * - 'overdue': on the first working day after the due date, to the 责任人;
 * - 'escalate': on the `escalateAfterWorkingDays`-th working day after it (at least the 1st), to the
 *   units' leaders.
 * A reminder's key names its target and that target's due date, so an approved 延期 starts a fresh
 * schedule while the server still sends each key once. 'before' reminders dated before the due date
 * was set (立项, or the approval of the 延期) are left out: they would only arrive late.
 */
export interface ReminderRules {
  beforeWorkingDays: number[];
  escalateAfterWorkingDays: number;
}

export const defaultReminderRules: ReminderRules = { beforeWorkingDays: [3, 1], escalateAfterWorkingDays: 2 };

export interface Reminder {
  /** Stable per item: 'deadline:2026-10-09:before:3', 'milestone:<id>:2026-09-30:overdue'. */
  key: string;
  kind: 'before' | 'overdue' | 'escalate';
  milestoneId: string | null;
  /** The day the reminder goes out. */
  dueDate: string;
  /** The deadline or milestone date it is about. */
  deadline: string;
  audience: 'owners' | 'leaders';
  title: string;
  text: string;
}

interface Target {
  keyPrefix: string;
  milestoneId: string | null;
  due: string;
  /** The day the due date was set: 立项, or the approval of the 延期 that set it. */
  setOn: number;
  what: string;
}

function targetsOf(item: SupervisionItem): Target[] {
  const setOn = (milestoneId: string | null, due: string): number => {
    const approval = item.extensions.find((e) => e.status === 'approved' && e.milestoneId === milestoneId && e.newDeadline === due && e.decidedAt !== null);
    return chinaDayOf(approval?.decidedAt ?? item.createdAt);
  };
  return [
    { keyPrefix: `deadline:${item.deadline}`, milestoneId: null, due: item.deadline, setOn: setOn(null, item.deadline), what: '办理期限' },
    ...item.milestones
      .filter((m) => m.doneAt === null)
      .map((m) => ({ keyPrefix: `milestone:${m.id}:${m.due}`, milestoneId: m.id, due: m.due, setOn: setOn(m.id, m.due), what: `节点"${m.title}"` })),
  ];
}

export function dueReminders(item: SupervisionItem, todayIso: string, rules: ReminderRules = defaultReminderRules): Reminder[] {
  if (item.status !== 'assigned' && item.status !== 'handling') return [];
  const today = dayOfIso(todayIso);
  const reminders: Reminder[] = [];
  for (const target of targetsOf(item)) {
    const due = dayOfIso(target.due);
    const dueText = formatChineseDate(target.due);
    const add = (suffix: string, kind: Reminder['kind'], day: number, audience: Reminder['audience'], subject: string, text: string) => {
      if (day > today) return;
      const { keyPrefix, milestoneId } = target;
      reminders.push({ key: `${keyPrefix}:${suffix}`, kind, milestoneId, dueDate: isoOfDay(day), deadline: target.due, audience, title: `${item.number} ${subject}`, text: `「${item.title}」${text}` });
    };
    for (const before of new Set(rules.beforeWorkingDays)) {
      const day = nthWorkingDayBefore(due, before);
      if (day >= target.setOn) add(`before:${before}`, 'before', day, 'owners', `${target.what}临近`, `${target.what}为${dueText}，请抓紧办理并及时反馈进展。`);
    }
    add('overdue', 'overdue', nthWorkingDayAfter(due, 1), 'owners', `${target.what}已过`, `${target.what}${dueText}已过，请尽快办理；确需延期的，请说明情况。`);
    const escalateAfter = Math.max(1, rules.escalateAfterWorkingDays);
    add(
      'escalate',
      'escalate',
      nthWorkingDayAfter(due, escalateAfter),
      'leaders',
      `${target.what}超期`,
      `${target.what}${dueText}已过 ${escalateAfter} 个工作日仍未完成，请督促本单位尽快办理。`,
    );
  }
  return reminders.sort((a, b) => (a.dueDate === b.dueDate ? a.key.localeCompare(b.key) : a.dueDate < b.dueDate ? -1 : 1));
}
