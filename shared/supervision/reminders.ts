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

/** A scheduler pass formats the same few hundred due dates for many items. */
const chineseDates = new Map<string, string>();
function chineseDate(iso: string): string {
  let text = chineseDates.get(iso);
  if (text === undefined) {
    text = formatChineseDate(iso);
    chineseDates.set(iso, text);
  }
  return text;
}

type Step = Pick<Reminder, 'kind' | 'audience'> & { suffix: string; day: number };

/** The days of one target's reminders (a due date), before any text is made: most are not due yet. */
function schedule(due: number, rules: ReminderRules): Step[] {
  const escalateAfter = Math.max(1, rules.escalateAfterWorkingDays);
  return [
    ...[...new Set(rules.beforeWorkingDays)].map((before): Step => ({ suffix: `before:${before}`, kind: 'before', audience: 'owners', day: nthWorkingDayBefore(due, before) })),
    { suffix: 'overdue', kind: 'overdue', audience: 'owners', day: nthWorkingDayAfter(due, 1) },
    { suffix: 'escalate', kind: 'escalate', audience: 'leaders', day: nthWorkingDayAfter(due, escalateAfter) },
  ];
}

export function dueReminders(item: SupervisionItem, todayIso: string, rules: ReminderRules = defaultReminderRules): Reminder[] {
  if (item.status !== 'assigned' && item.status !== 'handling') return [];
  const today = dayOfIso(todayIso);
  const reminders: Reminder[] = [];
  const remind = (milestoneId: string | null, dueIso: string, what: () => string) => {
    const due = dayOfIso(dueIso);
    let steps = schedule(due, rules).filter((step) => step.day <= today);
    if (steps.length === 0) return;
    if (steps.some((step) => step.kind === 'before')) {
      const setOn = dueDateSetOn(item, milestoneId, dueIso);
      steps = steps.filter((step) => step.kind !== 'before' || step.day >= setOn);
    }
    const target = what();
    const dueText = chineseDate(dueIso);
    const texts: Record<Reminder['kind'], [string, string]> = {
      before: [`${target}临近`, `${target}为${dueText}，请抓紧办理并及时反馈进展。`],
      overdue: [`${target}已过`, `${target}${dueText}已过，请尽快办理；确需延期的，请说明情况。`],
      escalate: [`${target}超期`, `${target}${dueText}已过 ${Math.max(1, rules.escalateAfterWorkingDays)} 个工作日仍未完成，请督促本单位尽快办理。`],
    };
    const keyPrefix = milestoneId === null ? `deadline:${dueIso}` : `milestone:${milestoneId}:${dueIso}`;
    for (const { suffix, kind, audience, day } of steps) {
      const [subject, text] = texts[kind];
      reminders.push({ key: `${keyPrefix}:${suffix}`, kind, milestoneId, dueDate: isoOfDay(day), deadline: dueIso, audience, title: `${item.number} ${subject}`, text: `「${item.title}」${text}` });
    }
  };
  remind(null, item.deadline, () => '办理期限');
  for (const m of item.milestones) if (m.doneAt === null) remind(m.id, m.due, () => `节点"${m.title}"`);
  return reminders.sort((a, b) => (a.dueDate === b.dueDate ? (a.key < b.key ? -1 : 1) : a.dueDate < b.dueDate ? -1 : 1));
}

/** The day a due date was set: 立项, or the approval of the 延期 that set it. */
function dueDateSetOn(item: SupervisionItem, milestoneId: string | null, dueIso: string): number {
  const approval = item.extensions.find((e) => e.status === 'approved' && e.milestoneId === milestoneId && e.newDeadline === dueIso && e.decidedAt !== null);
  return chinaDayOf(approval?.decidedAt ?? item.createdAt);
}
