import { DutyRules } from './duty-rules';
import { rosterFrame } from './roster-frame';
import { blockerProblem, extraProblem, unfilledProblem } from './roster-problems';
import type { Roster, RosterInput, RosterProblem, RosterSlot } from './roster-schemas';

const shiftOrder = { full: 0, day: 0, night: 1 } as const;

function slotKey(slot: RosterSlot): string {
  return `${slot.date} ${slot.shift} ${slot.postId}`;
}

function byTime(a: RosterSlot, b: RosterSlot): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : shiftOrder[a.shift] - shiftOrder[b.shift];
}

/**
 * Everything wrong with a roster, hand-edited or generated: empty places, people beyond a post's
 * number, and every constraint a person in a slot breaks. A clash between two duties (the same shift
 * twice, two days running) is reported on the later one. Problems come in time order.
 */
export function checkRoster(roster: Roster, input: RosterInput): RosterProblem[] {
  const rules = new DutyRules(input);
  const postName = (postId: string) => rules.post(postId)?.name ?? '已删除的岗位';
  const frame = rosterFrame(input.from, input.to, input.shifts, input.posts);
  const places = new Map<string, number>();
  for (const slot of frame) {
    places.set(slotKey(slot), (places.get(slotKey(slot)) ?? 0) + 1);
  }
  const problems: RosterProblem[] = [];
  const filled = new Map<string, number>();
  for (const slot of roster.slots.filter((s) => s.personId !== null).sort(byTime)) {
    const personId = slot.personId as string;
    const taken = (filled.get(slotKey(slot)) ?? 0) + 1;
    filled.set(slotKey(slot), taken);
    if (taken > (places.get(slotKey(slot)) ?? 0)) problems.push(extraProblem(slot, rules.post(slot.postId)?.perShift ?? 0, postName));
    for (const blocker of rules.blockers(personId, slot)) problems.push(blockerProblem({ ...slot, personId }, blocker, postName));
    rules.record(personId, slot);
  }
  for (const slot of frame) {
    const key = slotKey(slot);
    const taken = filled.get(key) ?? 0;
    if (taken > 0) {
      filled.set(key, taken - 1);
      continue;
    }
    const pool = input.pools.find((p) => p.postId === slot.postId)?.personIds ?? [];
    problems.push(unfilledProblem(slot, pool.map((personId) => rules.blockers(personId, slot)[0]), postName));
  }
  const postOrder = new Map(input.posts.map((post, index) => [post.id, index]));
  return problems.sort((a, b) => byTime(a, b) || (postOrder.get(a.postId) ?? -1) - (postOrder.get(b.postId) ?? -1));
}
