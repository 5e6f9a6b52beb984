import { dayCategory } from './day-category';
import type { RosterDraft } from './roster-draft';
import type { DayCategory, DutyPost } from './roster-schemas';

const categories: readonly DayCategory[] = ['weekday', 'weekend', 'holiday'];

/**
 * How much a change must lower the unevenness (the sum of the squares of what each person is owed)
 * to be made: a whole shift's worth keeps it clear of rounding and makes the search end.
 */
const worthwhile = 1;

/** Slot index → the person who should hold it instead. */
type Changes = [index: number, personId: string][];

/**
 * Evens out what the first pass left uneven because a constraint stood in the way at the time. For
 * each post and kind of day, while someone is more than a shift behind someone else available on the
 * same days, it tries, for each of the ahead one's shifts: giving it to the one behind; giving it to
 * them and handing a duty of theirs that stands in the way (the day before, say) to a third person;
 * or giving it to them in exchange for one of their shifts on another kind of day. A change is made
 * only if it evens things out overall and every constraint still holds. Between people away on
 * different days the first pass's proportional shares stand as they are.
 */
export function rebalanceRoster(draft: RosterDraft, posts: readonly DutyPost[], budget: { tries: number }): void {
  // A change on one kind of day can unsettle another, so go round until nothing is worth changing.
  while (posts.some((post) => categories.some((category) => improveOnce(draft, post, category, budget))));
}

function improveOnce(draft: RosterDraft, post: DutyPost, category: DayCategory, budget: { tries: number }): boolean {
  for (const { behind, ahead } of unevenPairs(draft, post, category)) {
    const gives = draft.heldBy(ahead).filter((index) => isOn(draft, index, post.id, category));
    for (const give of gives) {
      for (const changes of remedies(draft, give, behind, ahead)) {
        if (budget.tries <= 0) return false;
        if (tryChanges(draft, changes, budget)) return true;
      }
    }
  }
  return false;
}

function isOn(draft: RosterDraft, index: number, postId: string, category: DayCategory): boolean {
  const slot = draft.slot(index);
  return slot.postId === postId && dayCategory(slot.date) === category;
}

/** People available alike, behind and ahead on the post for the category, those furthest apart first. */
function unevenPairs(draft: RosterDraft, post: DutyPost, category: DayCategory): { behind: string; ahead: string }[] {
  const owed = new Map(draft.listOf(post.id).map((personId) => [personId, draft.shares.owed(post.id, category, personId)]));
  const byOwed = [...owed.keys()].sort((a, b) => (owed.get(b) as number) - (owed.get(a) as number));
  const pairs: { behind: string; ahead: string }[] = [];
  for (const behind of byOwed) {
    for (const ahead of byOwed.toReversed()) {
      if ((owed.get(behind) as number) - (owed.get(ahead) as number) <= 1 + worthwhile / 2) break;
      if (draft.shares.alike(post.id, category, behind, ahead)) pairs.push({ behind, ahead });
    }
  }
  return pairs;
}

/** The ways to let `behind` take slot `give` from `ahead`, simplest first. */
function* remedies(draft: RosterDraft, give: number, behind: string, ahead: string): Generator<Changes> {
  const slot = draft.slot(give);
  if (draft.rules.unavailability(behind, slot.date)) return;
  yield [[give, behind]];
  const own = draft.heldBy(behind);
  const near = own.filter((index) => draft.nextTo(index, give));
  for (const inTheWay of near) {
    for (const third of draft.listOf(draft.slot(inTheWay).postId)) {
      if (third !== behind && third !== ahead) yield [[give, behind], [inTheWay, third]];
    }
  }
  for (const other of own) {
    const otherSlot = draft.slot(other);
    if (otherSlot.postId === slot.postId && dayCategory(otherSlot.date) !== dayCategory(slot.date)) yield [[give, behind], [other, ahead]];
  }
}

/**
 * How much the changes would lower the unevenness (the sum of the squares of what each person is
 * owed), worked out before touching the roster: each holder is owed one more, each taker one less.
 */
function evening(draft: RosterDraft, changes: Changes): number {
  // At most four people change: a plain list is quicker than a keyed map for that.
  const entries: { postId: string; category: DayCategory; personId: string; owed: number; by: number }[] = [];
  const shift = (postId: string, category: DayCategory, personId: string, by: number) => {
    let entry = entries.find((e) => e.personId === personId && e.postId === postId && e.category === category);
    if (!entry) {
      entry = { postId, category, personId, owed: draft.shares.owed(postId, category, personId), by: 0 };
      entries.push(entry);
    }
    entry.by += by;
  };
  for (const [index, personId] of changes) {
    const slot = draft.slot(index);
    const category = dayCategory(slot.date);
    shift(slot.postId, category, slot.personId as string, 1);
    shift(slot.postId, category, personId, -1);
  }
  return entries.reduce((lowered, { owed, by }) => lowered + owed ** 2 - (owed + by) ** 2, 0);
}

/**
 * Makes the changes if they even things out by at least `worthwhile` and every constraint holds
 * after them; otherwise leaves the roster as it was. Only changes that get as far as being tried on
 * the draft use up one of `budget.tries`.
 */
function tryChanges(draft: RosterDraft, changes: Changes, budget: { tries: number }): boolean {
  if (evening(draft, changes) < worthwhile) return false;
  budget.tries -= 1;
  const before = changes.map(([index]) => draft.slot(index).personId as string);
  for (const [index] of changes) draft.unassign(index);
  const done: number[] = [];
  for (const [index, personId] of changes) {
    if (!draft.mayTake(personId, draft.slot(index))) break;
    draft.assign(index, personId);
    done.push(index);
  }
  if (done.length === changes.length) return true;
  for (const index of done) draft.unassign(index);
  changes.forEach(([index], i) => draft.assign(index, before[i] as string));
  return false;
}
