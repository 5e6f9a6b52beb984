import { addCalendarDays } from '../calendar/working-days';
import type { DutyPost, RosterInput, RosterSlot, ShiftKind, Unavailability } from './roster-schemas';

/** Why one person may not take one slot. */
export type Blocker =
  | { kind: 'notInPool' }
  | { kind: 'notLeader' }
  | { kind: 'unavailable'; period: Unavailability }
  | { kind: 'twiceInShift'; otherPostId: string }
  | { kind: 'consecutive'; otherDate: string; otherShift: ShiftKind }
  | { kind: 'overMonthlyMax'; max: number };

interface Duty {
  date: string;
  shift: ShiftKind;
  postId: string;
}

/**
 * The constraints of a roster and the duties taken so far, the previous roster's included, so that
 * the generator and the checker judge a slot by the same rules. The generator asks before it assigns;
 * the checker, walking a roster in time order, asks about each slot before recording it.
 */
export class DutyRules {
  private readonly posts = new Map<string, DutyPost>();
  private readonly pools = new Map<string, Set<string>>();
  private readonly leaders: Set<string>;
  private readonly unavailable = new Map<string, Unavailability[]>();
  /** Per person, per day. */
  private readonly duties = new Map<string, Map<string, Duty[]>>();
  private readonly monthCounts = new Map<string, number>();
  /** The days before and after each day asked about, worked out once. */
  private readonly neighbours = new Map<string, [string, string]>();

  constructor(private readonly input: RosterInput) {
    for (const post of input.posts) this.posts.set(post.id, post);
    for (const pool of input.pools) this.pools.set(pool.postId, new Set(pool.personIds));
    this.leaders = new Set(input.constraints.leaders);
    for (const period of input.constraints.unavailable) {
      const periods = this.unavailable.get(period.personId) ?? [];
      periods.push(period);
      this.unavailable.set(period.personId, periods);
    }
    for (const slot of input.previous?.slots ?? []) {
      if (slot.personId !== null && slot.date < input.from) this.record(slot.personId, slot);
    }
  }

  post(postId: string): DutyPost | undefined {
    return this.posts.get(postId);
  }

  /** The people who may ever take the post: its pool, and only the leaders in it for a leaderOnly post. */
  eligible(postId: string): string[] {
    const post = this.posts.get(postId);
    const pool = this.input.pools.find((p) => p.postId === postId)?.personIds ?? [];
    return post?.leaderOnly ? pool.filter((id) => this.leaders.has(id)) : [...pool];
  }

  unavailability(personId: string, date: string): Unavailability | undefined {
    return this.unavailable.get(personId)?.find((period) => period.from <= date && date <= period.to);
  }

  /** What stops the person taking the slot whatever else the roster holds: pool, leadership, leave. */
  fixedBlockers(personId: string, slot: RosterSlot): Blocker[] {
    const blockers: Blocker[] = [];
    if (!this.pools.get(slot.postId)?.has(personId)) blockers.push({ kind: 'notInPool' });
    if (this.posts.get(slot.postId)?.leaderOnly && !this.leaders.has(personId)) blockers.push({ kind: 'notLeader' });
    const period = this.unavailability(personId, slot.date);
    if (period) blockers.push({ kind: 'unavailable', period });
    return blockers;
  }

  /** What stops the person taking the slot given the duties recorded so far. */
  dutyBlockers(personId: string, slot: RosterSlot): Blocker[] {
    const blockers: Blocker[] = [];
    const days = this.duties.get(personId);
    const sameDay = days?.get(slot.date) ?? [];
    const sameShift = sameDay.find((duty) => duty.shift === slot.shift);
    if (sameShift) blockers.push({ kind: 'twiceInShift', otherPostId: sameShift.postId });
    if (days && this.input.constraints.noConsecutiveDays) {
      const near =
        sameDay.find((duty) => duty.shift !== slot.shift) ??
        days.get(this.neighboursOf(slot.date)[0])?.[0] ??
        days.get(this.neighboursOf(slot.date)[1])?.[0];
      if (near) blockers.push({ kind: 'consecutive', otherDate: near.date, otherShift: near.shift });
    }
    const max = this.input.constraints.maxPerMonth;
    if (max !== null && (this.monthCounts.get(monthKey(personId, slot.date)) ?? 0) >= max) {
      blockers.push({ kind: 'overMonthlyMax', max });
    }
    return blockers;
  }

  blockers(personId: string, slot: RosterSlot): Blocker[] {
    return [...this.fixedBlockers(personId, slot), ...this.dutyBlockers(personId, slot)];
  }

  private neighboursOf(date: string): [string, string] {
    let pair = this.neighbours.get(date);
    if (!pair) {
      pair = [addCalendarDays(date, -1), addCalendarDays(date, 1)];
      this.neighbours.set(date, pair);
    }
    return pair;
  }

  record(personId: string, slot: RosterSlot): void {
    const days = this.duties.get(personId) ?? new Map<string, Duty[]>();
    days.set(slot.date, [...(days.get(slot.date) ?? []), { date: slot.date, shift: slot.shift, postId: slot.postId }]);
    this.duties.set(personId, days);
    const key = monthKey(personId, slot.date);
    this.monthCounts.set(key, (this.monthCounts.get(key) ?? 0) + 1);
  }

  forget(personId: string, slot: RosterSlot): void {
    const days = this.duties.get(personId);
    const sameDay = days?.get(slot.date) ?? [];
    const index = sameDay.findIndex((duty) => duty.shift === slot.shift && duty.postId === slot.postId);
    if (!days || index < 0) return;
    days.set(slot.date, sameDay.toSpliced(index, 1));
    const key = monthKey(personId, slot.date);
    this.monthCounts.set(key, (this.monthCounts.get(key) ?? 1) - 1);
  }
}

function monthKey(personId: string, date: string): string {
  return `${personId} ${date.slice(0, 7)}`;
}
