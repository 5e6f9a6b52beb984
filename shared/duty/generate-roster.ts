import { checkRoster } from './check-roster';
import { dayCategory } from './day-category';
import { fillEmptyPlaces } from './fill-empty-places';
import { rebalanceRoster } from './rebalance-roster';
import { RosterDraft } from './roster-draft';
import type { DayCategory, Roster, RosterInput, RosterProblem, RosterSlot } from './roster-schemas';

/** Strict rotation first, then this many other orders for people owed the same (see FairShares). */
const reshuffles = 3;

/**
 * Changes tried on the draft, per slot of the roster, over all drafts together (by rebalanceRoster
 * and fillEmptyPlaces). A unit too tight to even out (a binding monthly maximum, overlapping lists)
 * would otherwise have them try every remedy over and over: within this limit a year of such a unit
 * takes about half a second, while an ordinary month needs a few dozen tries.
 */
const triesPerSlot = 3;

/**
 * A roster for input.from..input.to by fair rotation. Day by day and shift by shift (the scarcer
 * kinds of day first), each place goes to whoever is owed most among the people the constraints
 * allow (see FairShares), carrying on from the previous roster; then what a constraint made uneven
 * is evened out (rebalanceRoster), and places left empty are tried again (fillEmptyPlaces). If people
 * available alike still end up two or more shifts apart, the draft is made again with ties broken in
 * other fixed orders, and the best is kept: fewest empty places, then fewest such pairs.
 *
 * A place nobody may take stays empty and is reported; no constraint is ever broken to fill it.
 * Deterministic: the same input gives the same roster.
 */
export function generateRoster(input: RosterInput): { roster: Roster; problems: RosterProblem[] } {
  let best = new RosterDraft(input, 0);
  const budget = { tries: triesPerSlot * best.slots.length };
  fillDraft(best, input, budget);
  for (let reshuffle = 1; reshuffle <= reshuffles && best.shares.unevenPairs() > 0; reshuffle++) {
    const draft = new RosterDraft(input, reshuffle);
    fillDraft(draft, input, budget);
    const [empty, bestEmpty] = [draft.empty(), best.empty()];
    if (empty < bestEmpty || (empty === bestEmpty && draft.shares.unevenPairs() < best.shares.unevenPairs())) best = draft;
  }
  const roster: Roster = { unitId: input.unitId, from: input.from, to: input.to, slots: best.slots };
  return { roster, problems: checkRoster(roster, input) };
}

function fillDraft(draft: RosterDraft, input: RosterInput, budget: { tries: number }): void {
  for (const index of scarcestFirst(draft.slots)) {
    const slot = draft.slot(index);
    draft.shares.owe(slot, draft.listOf(slot.postId).filter((personId) => !draft.rules.unavailability(personId, slot.date)));
    fill(draft, index);
  }
  rebalanceRoster(draft, input.posts, budget);
  fillEmptyPlaces(draft, budget);
}

const scarcity: Record<DayCategory, number> = { holiday: 0, weekend: 1, weekday: 2 };

/**
 * Holidays first, then weekends, then weekdays, each in time order. A rest day after a duty then
 * falls on the plentiful weekdays, where the rotation has room to make up for it, rather than
 * keeping the person due for a Saturday off it because of their Friday.
 */
function scarcestFirst(slots: readonly RosterSlot[]): number[] {
  const rank = slots.map((slot) => scarcity[dayCategory(slot.date)]);
  return slots.map((_, index) => index).sort((a, b) => (rank[a] as number) - (rank[b] as number) || a - b);
}

function fill(draft: RosterDraft, index: number): void {
  const best = draft.bestFor(draft.slot(index));
  if (best !== undefined) draft.assign(index, best);
}
