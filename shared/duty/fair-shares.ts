import { dayCategory } from './day-category';
import type { DayCategory, RosterInput, RosterSlot, ShiftKind } from './roster-schemas';

interface Share {
  /** The person's fair share of the places so far, in fractions of a shift. */
  due: number;
  /** How far the person was behind the average at the end of the previous roster (negative: ahead). */
  carried: number;
  /** Taken per shift kind, so nights are shared out as evenly as days. */
  taken: Record<ShiftKind, number>;
  /** The last day taken, so that among equals the rotation goes on from whoever served longest ago. */
  lastDate: string;
  /** Every day taken, the previous roster's included. */
  dates: string[];
  /** The person's place on the post's list, the last word between equals. */
  position: number;
}

/**
 * Fair shares of duty, kept separately per post and per kind of day (weekday, weekend, holiday).
 * Each place on the roster is owed in equal parts to the people who could take it that day (on the
 * post's list and not away), so someone away half the month owes half as much, and people who are
 * available alike stay within one shift of each other.
 *
 * From the previous roster only each person's place in the rotation carries over: how far they were
 * ahead of or behind the average, at most one shift either way, and the day they last served. A month
 * of leave is not made up with a month of extra duty.
 *
 * Among people owed the same, `reshuffle` 0 keeps strict rotation: whoever served longest ago goes
 * first. Rest rules can trip a strict rotation up in a tight unit, always the same person losing out;
 * another `reshuffle` breaks those ties in a different fixed pseudo-random order instead.
 */
export class FairShares {
  /** Per post, per kind of day, per person. */
  private readonly tables = new Map<string, Record<DayCategory, Map<string, Share>>>();

  constructor(
    input: RosterInput,
    eligible: (postId: string) => string[],
    private readonly reshuffle: number,
  ) {
    const history = (input.previous?.slots ?? []).filter((slot) => slot.personId !== null && slot.date < input.from);
    for (const post of input.posts) {
      const people = eligible(post.id);
      const tables: Record<DayCategory, Map<string, Share>> = { weekday: new Map(), weekend: new Map(), holiday: new Map() };
      this.tables.set(post.id, tables);
      for (const category of ['weekday', 'weekend', 'holiday'] as const) {
        const served = history.filter((slot) => slot.postId === post.id && dayCategory(slot.date) === category);
        const datesOf = (personId: string) => served.filter((slot) => slot.personId === personId).map((slot) => slot.date);
        const average = people.reduce((sum, personId) => sum + datesOf(personId).length, 0) / Math.max(people.length, 1);
        const table = tables[category];
        people.forEach((personId, position) => {
          const dates = datesOf(personId);
          const carried = Math.min(1, Math.max(-1, average - dates.length));
          table.set(personId, { due: 0, carried, taken: { full: 0, day: 0, night: 0 }, lastDate: latest(dates), dates, position });
        });
      }
    }
  }

  /** A place to fill: it is owed in equal parts to the people who could take it. */
  owe(slot: RosterSlot, available: readonly string[]): void {
    const table = this.table(slot.postId, dayCategory(slot.date));
    for (const personId of available) this.share(table, personId).due += 1 / available.length;
  }

  /**
   * Who among the candidates should take the slot: the one owed most, then the one with fewest
   * shifts of this kind, then the one who served longest ago, then the first on the list.
   */
  pick(slot: RosterSlot, candidates: readonly string[]): string | undefined {
    const table = this.table(slot.postId, dayCategory(slot.date));
    let best: Share | undefined;
    let bestPerson: string | undefined;
    for (const personId of candidates) {
      const share = this.share(table, personId);
      if (!best || comesFirst(share, best, slot.shift, this.reshuffle)) [best, bestPerson] = [share, personId];
    }
    return bestPerson;
  }

  take(personId: string, slot: RosterSlot): void {
    const share = this.share(this.table(slot.postId, dayCategory(slot.date)), personId);
    share.taken[slot.shift] += 1;
    share.dates.push(slot.date);
    if (slot.date > share.lastDate) share.lastDate = slot.date;
  }

  giveBack(personId: string, slot: RosterSlot): void {
    const share = this.share(this.table(slot.postId, dayCategory(slot.date)), personId);
    share.taken[slot.shift] -= 1;
    share.dates.splice(share.dates.indexOf(slot.date), 1);
    if (share.lastDate === slot.date) share.lastDate = latest(share.dates);
  }

  /** Shifts of this kind the person is owed: their fair share minus those taken (negative: ahead). */
  owed(postId: string, category: DayCategory, personId: string): number {
    return owed(this.share(this.table(postId, category), personId));
  }

  /** Whether the two have the same fair share of the post on the kind of day: available on the same days. */
  alike(postId: string, category: DayCategory, a: string, b: string): boolean {
    const table = this.table(postId, category);
    return Math.abs(this.share(table, a).due - this.share(table, b).due) <= rounding;
  }

  /**
   * Pairs of people with the same fair share of a post and kind of day (available on the same days)
   * who are owed two or more shifts apart, the previous roster's standing included: 0 when the
   * share-out is as even as it can be.
   */
  unevenPairs(): number {
    let pairs = 0;
    for (const table of [...this.tables.values()].flatMap((tables) => Object.values(tables))) {
      const shares = [...table.values()];
      shares.forEach((a, i) => {
        for (const b of shares.slice(i + 1)) {
          if (Math.abs(a.due - b.due) <= rounding && Math.abs(owed(a) - owed(b)) >= 2 - rounding) pairs += 1;
        }
      });
    }
    return pairs;
  }

  private table(postId: string, category: DayCategory): Map<string, Share> {
    const tables = this.tables.get(postId);
    if (!tables) throw new Error(`No post ${postId}`);
    return tables[category];
  }

  private share(table: Map<string, Share>, personId: string): Share {
    const share = table.get(personId);
    if (!share) throw new Error(`${personId} is not on the post's list`);
    return share;
  }
}

/**
 * Kept apart and summed only here so that people with the same availability and the same number of
 * shifts come out exactly equal, however their turns fell: the order of floating-point additions
 * would otherwise tell them apart and jump the rotation.
 */
function owed(share: Share): number {
  return share.due + share.carried - (share.taken.full + share.taken.day + share.taken.night);
}

/** Shares closer than this are equal: fractions of a place added up in different orders drift apart. */
const rounding = 1e-9;

function comesFirst(a: Share, b: Share, shift: ShiftKind, reshuffle: number): boolean {
  const [owedA, owedB] = [owed(a), owed(b)];
  if (Math.abs(owedA - owedB) > rounding) return owedA > owedB;
  if (a.taken[shift] !== b.taken[shift]) return a.taken[shift] < b.taken[shift];
  if (reshuffle === 0 && a.lastDate !== b.lastDate) return a.lastDate < b.lastDate;
  if (reshuffle !== 0 && scramble(a, reshuffle) !== scramble(b, reshuffle)) return scramble(a, reshuffle) < scramble(b, reshuffle);
  return a.position < b.position;
}

/** A fixed pseudo-random rank for a person's next turn, different for each reshuffle. */
function scramble(share: Share, reshuffle: number): number {
  return (Math.imul(share.position + 1, 0x9e3779b1) ^ Math.imul(share.dates.length + 1, 0x85ebca6b) ^ Math.imul(reshuffle, 0xc2b2ae35)) >>> 0;
}

function latest(dates: readonly string[]): string {
  return dates.reduce((last, date) => (date > last ? date : last), '');
}
