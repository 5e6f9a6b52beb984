import { DutyRules } from './duty-rules';
import { FairShares } from './fair-shares';
import { rosterFrame } from './roster-frame';
import type { RosterInput, RosterSlot } from './roster-schemas';

/** A roster being generated: its slots, who holds which, and the rules and fair shares kept in step. */
export class RosterDraft {
  readonly rules: DutyRules;
  readonly shares: FairShares;
  readonly slots: RosterSlot[];
  private readonly eligible: Map<string, string[]>;
  /** Per person, the indexes of the slots they hold; each list is replaced, never changed in place. */
  private readonly held = new Map<string, number[]>();
  /** Per slot, its day as a number, so that neighbouring days are found without parsing dates. */
  private readonly dayNumbers: number[];

  constructor(input: RosterInput, reshuffle: number) {
    this.rules = new DutyRules(input);
    this.eligible = new Map(input.posts.map((post) => [post.id, this.rules.eligible(post.id)]));
    this.shares = new FairShares(input, (postId) => this.listOf(postId), reshuffle);
    this.slots = rosterFrame(input.from, input.to, input.shifts, input.posts);
    this.dayNumbers = this.slots.map((slot) => Date.parse(slot.date) / 86_400_000);
  }

  /** The people who may ever take the post, in rotation order. */
  listOf(postId: string): string[] {
    return this.eligible.get(postId) ?? [];
  }

  slot(index: number): RosterSlot {
    return this.slots[index] as RosterSlot;
  }

  /** The indexes of the slots the person holds: a snapshot, safe to walk while the draft changes. */
  heldBy(personId: string): readonly number[] {
    return this.held.get(personId) ?? [];
  }

  /** Whether two slots fall on the same day or on days next to each other. */
  nextTo(index: number, other: number): boolean {
    return Math.abs((this.dayNumbers[index] as number) - (this.dayNumbers[other] as number)) <= 1;
  }

  /** How many places are still empty. */
  empty(): number {
    return this.slots.filter((slot) => slot.personId === null).length;
  }

  mayTake(personId: string, slot: RosterSlot): boolean {
    return !this.rules.unavailability(personId, slot.date) && this.rules.dutyBlockers(personId, slot).length === 0;
  }

  /** Whom fair rotation puts in the slot among those the constraints allow; undefined when nobody. */
  bestFor(slot: RosterSlot): string | undefined {
    return this.shares.pick(slot, this.listOf(slot.postId).filter((personId) => this.mayTake(personId, slot)));
  }

  assign(index: number, personId: string): void {
    const slot = this.slot(index);
    slot.personId = personId;
    this.rules.record(personId, slot);
    this.shares.take(personId, slot);
    this.held.set(personId, [...(this.held.get(personId) ?? []), index]);
  }

  unassign(index: number): void {
    const slot = this.slot(index);
    const personId = slot.personId as string;
    slot.personId = null;
    this.rules.forget(personId, slot);
    this.shares.giveBack(personId, slot);
    this.held.set(personId, (this.held.get(personId) ?? []).filter((i) => i !== index));
  }
}
