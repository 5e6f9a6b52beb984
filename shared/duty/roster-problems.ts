import { formatChineseDate } from '../documents/dates';
import type { Blocker } from './duty-rules';
import { shiftLabels } from './roster-frame';
import type { RosterProblem, RosterSlot } from './roster-schemas';

/** Names the slot (2026年10月3日 全天 带班领导) so a message reads on its own in a list of problems. */
function slotLabel(slot: RosterSlot, postName: (postId: string) => string): string {
  return `${formatChineseDate(slot.date)} ${shiftLabels[slot.shift]} ${postName(slot.postId)}`;
}

function blockerText(blocker: Blocker, postName: (postId: string) => string): string {
  switch (blocker.kind) {
    case 'notInPool':
      return '不在本岗位的值班人员名单中';
    case 'notLeader':
      return '不是带班领导，本岗位只能由领导担任';
    case 'unavailable':
      return `${blocker.period.reason}（${formatChineseDate(blocker.period.from)}至${formatChineseDate(blocker.period.to)}），不能值班`;
    case 'twiceInShift':
      return `同一班次已在「${postName(blocker.otherPostId)}」值班`;
    case 'consecutive':
      return `${formatChineseDate(blocker.otherDate)}${shiftLabels[blocker.otherShift]}已值班，不能连续值班`;
    case 'overMonthlyMax':
      return `超过每月最多 ${blocker.max} 班的限制`;
  }
}

/** One problem per thing that is wrong with a person in a slot. */
export function blockerProblem(
  slot: RosterSlot & { personId: string },
  blocker: Blocker,
  postName: (postId: string) => string,
): RosterProblem {
  return { ...slot, kind: blocker.kind, message: `${slotLabel(slot, postName)}：${blockerText(blocker, postName)}` };
}

export function extraProblem(slot: RosterSlot, perShift: number, postName: (postId: string) => string): RosterProblem {
  return { ...slot, kind: 'extra', message: `${slotLabel(slot, postName)}：超出本岗位每班 ${perShift} 人` };
}

const reasonLabels: Record<Blocker['kind'], string> = {
  notInPool: '不在名单中',
  notLeader: '不是带班领导',
  unavailable: '',
  twiceInShift: '同班次已在其他岗位',
  consecutive: '前后一天或当天已值班',
  overMonthlyMax: '本月已达上限',
};

/**
 * An empty place. `firstBlockers` holds, for each person on the post's list, the first thing that
 * keeps them out (none when they could be put there), so the manager sees why it is empty.
 */
export function unfilledProblem(
  slot: RosterSlot,
  firstBlockers: (Blocker | undefined)[],
  postName: (postId: string) => string,
): RosterProblem {
  const label = slotLabel(slot, postName);
  const base = { ...slot, kind: 'unfilled' as const, personId: null };
  if (firstBlockers.length === 0) return { ...base, message: `${label}：未设置值班人员名单` };
  const free = firstBlockers.filter((blocker) => blocker === undefined).length;
  if (free > 0) return { ...base, message: `${label}：尚未排人（有 ${free} 人可排）` };
  const counts = new Map<string, number>();
  for (const blocker of firstBlockers) {
    if (!blocker) continue;
    const reason = blocker.kind === 'unavailable' ? blocker.period.reason : reasonLabels[blocker.kind];
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  const reasons = [...counts].map(([reason, count]) => `${count} 人${reason}`).join('，');
  return { ...base, message: `${label}：无人可排（${reasons}）` };
}

/**
 * How a duty manager acknowledges one problem before publishing or submitting: the same problem
 * keeps its key across re-checks, and a changed roster raises new keys that need a new look.
 */
export function problemKey(problem: Pick<RosterProblem, 'kind' | 'date' | 'shift' | 'postId' | 'personId'>): string {
  return [problem.kind, problem.date, problem.shift, problem.postId, problem.personId ?? '-'].join('|');
}
