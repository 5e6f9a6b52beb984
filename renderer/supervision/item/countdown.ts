import { isoDateInChina } from '../../../shared/documents/dates';
import { workingDaysOverdue } from '../../../shared/supervision/lights';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { dayOfIso, workingDaysBetween } from '../../../shared/supervision/working-day-index';

export interface Countdown {
  text: string;
  tone: 'done' | 'overdue' | 'due' | 'open';
}

/**
 * Where the item stands against its deadline, in working days (the lights count the same way); once
 * closed, whether it closed on time: on a China date no later than the deadline in force, as the
 * statistics count 按期办结.
 */
export function countdown(item: Pick<SupervisionItem, 'status' | 'deadline' | 'closedAt'>, todayIso: string): Countdown {
  if (item.status === 'closed' || item.status === 'archived') {
    const onTime = item.closedAt !== null && isoDateInChina(item.closedAt) <= item.deadline;
    return { text: onTime ? '按期办结' : '逾期办结', tone: 'done' };
  }
  const overdue = workingDaysOverdue(item.deadline, todayIso);
  if (overdue > 0) return { text: `超期${overdue}个工作日`, tone: 'overdue' };
  if (todayIso > item.deadline) return { text: '已过期限', tone: 'overdue' };
  const left = workingDaysBetween(dayOfIso(todayIso), dayOfIso(item.deadline));
  if (todayIso === item.deadline) return { text: '今日到期', tone: 'due' };
  // A deadline on a day off, seen on the last working day before it.
  if (left === 0) return { text: '今日为最后一个工作日', tone: 'due' };
  return { text: `剩余${left}个工作日`, tone: left <= 3 ? 'due' : 'open' };
}
