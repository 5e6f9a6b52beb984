import { addCalendarDays } from '../../shared/calendar/working-days';
import { checkRoster } from '../../shared/duty/check-roster';
import type { DutyRoster, DutySetup } from '../../shared/duty/records';
import { problemKey } from '../../shared/duty/roster-problems';
import type { RosterInput, RosterProblem, RosterSlot } from '../../shared/duty/roster-schemas';
import { shiftAt, type ShiftRef } from '../../shared/duty/shift-times';
import { AppError } from '../../shared/errors';
import type { DutyStore } from './duty-store';

/** "date shift postId": the places of one post in one shift. */
const placeKey = (slot: Pick<RosterSlot, 'date' | 'shift' | 'postId'>): string => `${slot.date} ${slot.shift} ${slot.postId}`;

/** How many places (a post in a shift) hold different people in the two slot lists. */
export function changedPlaces(before: readonly RosterSlot[], after: readonly RosterSlot[]): number {
  const people = (slots: readonly RosterSlot[]) => {
    const map = new Map<string, string[]>();
    for (const slot of slots) if (slot.personId) map.set(placeKey(slot), [...(map.get(placeKey(slot)) ?? []), slot.personId].sort());
    return map;
  };
  const [a, b] = [people(before), people(after)];
  let changed = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) if ((a.get(key) ?? []).join() !== (b.get(key) ?? []).join()) changed++;
  return changed;
}

/** A unit's setup and its rosters as the rules read them: what a roster is checked against, who is on duty when. */
export class DutyRosters {
  constructor(private readonly store: DutyStore) {}

  setup(unitId: string): DutySetup | null {
    return this.store.get('dutySetup', unitId);
  }

  requireSetup(unitId: string): DutySetup {
    const setup = this.setup(unitId);
    if (!setup) throw new AppError('bad_request', '该单位尚未完成值班设置（岗位、班次和值班人员名单）');
    return setup;
  }

  /** What checkRoster needs: the setup, and the unit's published roster just before this one so rest rules carry over. */
  inputFor(setup: DutySetup, roster: Pick<DutyRoster, 'id' | 'from' | 'to'>): RosterInput {
    const dayBefore = addCalendarDays(roster.from, -1);
    const previous = this.published(setup.unitId).find((other) => other.id !== roster.id && other.from <= dayBefore && dayBefore <= other.to);
    return {
      unitId: setup.unitId,
      from: roster.from,
      to: roster.to,
      posts: setup.posts,
      shifts: setup.shifts,
      pools: setup.pools,
      constraints: setup.constraints,
      ...(previous ? { previous: { unitId: previous.unitId, from: previous.from, to: previous.to, slots: previous.slots } } : {}),
    };
  }

  problems(setup: DutySetup, roster: DutyRoster): RosterProblem[] {
    return checkRoster({ unitId: roster.unitId, from: roster.from, to: roster.to, slots: roster.slots }, this.inputFor(setup, roster));
  }

  /** Refuses with every problem the duty manager has not acknowledged. */
  requireAcknowledged(setup: DutySetup, roster: DutyRoster, acknowledged: readonly string[], what: string): void {
    const seen = new Set(acknowledged);
    const open = this.problems(setup, roster).filter((problem) => !seen.has(problemKey(problem)));
    if (open.length === 0) return;
    const issues = open.map((problem) => ({ path: problemKey(problem), message: problem.message }));
    throw new AppError('unprocessable', `值班表有 ${open.length} 个问题未确认，不能${what}：${open[0]!.message}${open.length > 1 ? ' 等' : ''}`, issues);
  }

  published(unitId: string): DutyRoster[] {
    return this.store.ofUnit('dutyRoster', unitId).filter((roster) => roster.status === 'published');
  }

  /** The published roster in force on a day: a holiday roster before the month's. */
  coveringPublished(unitId: string, date: string): DutyRoster | null {
    const covering = this.published(unitId).filter((roster) => roster.from <= date && date <= roster.to);
    return covering.find((roster) => roster.kind === 'holiday') ?? covering[0] ?? null;
  }

  /** The slots of one shift on the roster in force. */
  slotsOf(unitId: string, ref: ShiftRef): RosterSlot[] {
    const roster = this.coveringPublished(unitId, ref.date);
    return roster?.slots.filter((slot) => slot.date === ref.date && slot.shift === ref.shift && slot.personId) ?? [];
  }

  /** The 带班领导 of a shift: whoever holds its leaderOnly posts. */
  leadersOfShift(setup: DutySetup, ref: ShiftRef): string[] {
    const leaderPosts = new Set(setup.posts.filter((post) => post.leaderOnly).map((post) => post.id));
    return this.slotsOf(setup.unitId, ref)
      .filter((slot) => leaderPosts.has(slot.postId))
      .map((slot) => slot.personId!);
  }

  /** The 带班领导 on duty at this instant; none when the unit has no setup or no roster in force. */
  leadersOnDutyAt(unitId: string, at: number): string[] {
    const setup = this.setup(unitId);
    return setup ? this.leadersOfShift(setup, shiftAt(setup.shifts, at)) : [];
  }

  /** Everyone on duty at this instant. */
  peopleOnDutyAt(unitId: string, at: number): string[] {
    const setup = this.setup(unitId);
    return setup ? [...new Set(this.slotsOf(unitId, shiftAt(setup.shifts, at)).map((slot) => slot.personId!))] : [];
  }

  /** Whether the person holds any place on any of the unit's rosters. */
  isOnRosters(unitId: string, personId: string): boolean {
    return this.store.ofUnit('dutyRoster', unitId).some((roster) => roster.slots.some((slot) => slot.personId === personId));
  }
}
