import type { RosterDraft } from './roster-draft';

/**
 * Fills the places the first pass left empty where that can be done without breaking a constraint:
 * with whoever fair rotation picks among those allowed, or else by handing a duty that keeps someone
 * out (the day before or after, the other shift that day) to another person, so that they can take
 * the empty place. The holidays and weekends are filled first, so a Friday can find itself between
 * a Thursday and a Saturday already taken; this is where that is mended. A hand-over frees its giver
 * next to the duty given away, so a place passed over before may be fillable after it: the places
 * still empty are gone over again until a round hands nothing over. Each hand-over tried uses up one
 * of `budget.tries`.
 */
export function fillEmptyPlaces(draft: RosterDraft, budget: { tries: number }): void {
  for (let handedOver = true; handedOver; ) {
    handedOver = false;
    draft.slots.forEach((slot, index) => {
      if (slot.personId !== null) return;
      const best = draft.bestFor(slot);
      if (best !== undefined) draft.assign(index, best);
      else if (handOver(draft, index, budget)) handedOver = true;
    });
  }
}

/** Frees someone on the list for the empty slot by giving a neighbouring duty of theirs to another. */
function handOver(draft: RosterDraft, empty: number, budget: { tries: number }): boolean {
  const slot = draft.slot(empty);
  for (const personId of draft.listOf(slot.postId)) {
    if (draft.rules.unavailability(personId, slot.date)) continue;
    // Only duties next to the slot can be handed over; a person at the monthly maximum stays out.
    if (draft.rules.dutyBlockers(personId, slot).some((blocker) => blocker.kind === 'overMonthlyMax')) continue;
    for (const inTheWay of draft.heldBy(personId).filter((index) => draft.nextTo(index, empty))) {
      if (budget.tries-- <= 0) return false;
      draft.unassign(inTheWay);
      if (draft.mayTake(personId, slot)) {
        draft.assign(empty, personId);
        const stand = draft.bestFor(draft.slot(inTheWay));
        if (stand !== undefined) {
          draft.assign(inTheWay, stand);
          return true;
        }
        draft.unassign(empty);
      }
      draft.assign(inTheWay, personId);
    }
  }
  return false;
}
