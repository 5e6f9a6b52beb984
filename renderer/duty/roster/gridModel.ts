import { dayCategory } from '../../../shared/duty/day-category';
import { daysBetween, shiftsOfDay } from '../../../shared/duty/roster-frame';
import type { DayCategory, DutyPost, RosterProblem, RosterSlot, ShiftKind, ShiftPattern } from '../../../shared/duty/roster-schemas';

/** One column of the roster grid: a place on a post in a shift (值班员 1, 值班员 2 …). */
export interface GridColumn {
  shift: ShiftKind;
  postId: string;
  place: number;
}

/** Who sits in each place, by cellKey; null while empty. */
export type Cells = Map<string, string | null>;

const shiftOrder: ShiftKind[] = ['full', 'day', 'night'];

export function cellKey(date: string, column: Pick<GridColumn, 'shift' | 'postId' | 'place'>): string {
  return `${date}|${column.shift}|${column.postId}|${column.place}`;
}

/** The test id of a cell, as the end-to-end tests address it. */
export function cellTestId(date: string, column: GridColumn): string {
  return `roster-cell-${date}-${column.shift}-${column.postId}-${column.place}`;
}

/** Numbers the slots of each day, shift and post 0, 1, 2 … in the order the roster holds them. */
export function slotsToCells(slots: readonly RosterSlot[]): Cells {
  const cells: Cells = new Map();
  const seen = new Map<string, number>();
  for (const slot of slots) {
    const group = `${slot.date}|${slot.shift}|${slot.postId}`;
    const place = seen.get(group) ?? 0;
    seen.set(group, place + 1);
    cells.set(cellKey(slot.date, { ...slot, place }), slot.personId);
  }
  return cells;
}

/**
 * The grid's columns: the roster's shifts (the pattern's when it has none), each post of the setup
 * with as many places as it asks for or the roster already holds, then posts since removed.
 */
export function gridColumns(slots: readonly RosterSlot[], posts: readonly DutyPost[], pattern: ShiftPattern): GridColumn[] {
  const held = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const slot of slots) {
    const group = `${slot.date}|${slot.shift}|${slot.postId}`;
    const n = (counts.get(group) ?? 0) + 1;
    counts.set(group, n);
    const key = `${slot.shift}|${slot.postId}`;
    held.set(key, Math.max(held.get(key) ?? 0, n));
  }
  const shifts = slots.length > 0 ? shiftOrder.filter((shift) => slots.some((slot) => slot.shift === shift)) : shiftsOfDay(pattern);
  const postIds = [...posts.map((post) => post.id), ...new Set(slots.map((slot) => slot.postId).filter((id) => !posts.some((post) => post.id === id)))];
  const columns: GridColumn[] = [];
  for (const shift of shifts) {
    for (const postId of postIds) {
      const places = Math.max(posts.find((post) => post.id === postId)?.perShift ?? 0, held.get(`${shift}|${postId}`) ?? 0);
      for (let place = 0; place < places; place++) columns.push({ shift, postId, place });
    }
  }
  return columns;
}

/** Back to the roster's slots: every place of every day, empty ones included, in grid order. */
export function cellsToSlots(from: string, to: string, columns: readonly GridColumn[], cells: Cells): RosterSlot[] {
  return daysBetween(from, to).flatMap((date) => columns.map((column) => ({ date, shift: column.shift, postId: column.postId, personId: cells.get(cellKey(date, column)) ?? null })));
}

/** The cell a problem is about: the place that person holds, or the first empty place for 未排人. */
export function problemCellKey(problem: RosterProblem, columns: readonly GridColumn[], cells: Cells): string | undefined {
  const candidates = columns.filter((column) => column.shift === problem.shift && column.postId === problem.postId).map((column) => cellKey(problem.date, column));
  return candidates.find((key) => (cells.get(key) ?? null) === problem.personId) ?? candidates[0];
}

export interface PersonTally {
  personId: string;
  counts: Record<DayCategory, number>;
  total: number;
}

/** How many shifts each person has on weekdays, weekends and holidays: fairness at a glance. */
export function tallyByPerson(slots: readonly RosterSlot[]): PersonTally[] {
  const tallies = new Map<string, PersonTally>();
  for (const slot of slots) {
    if (!slot.personId) continue;
    let tally = tallies.get(slot.personId);
    if (!tally) {
      tally = { personId: slot.personId, counts: { weekday: 0, weekend: 0, holiday: 0 }, total: 0 };
      tallies.set(slot.personId, tally);
    }
    tally.counts[dayCategory(slot.date)]++;
    tally.total++;
  }
  return [...tallies.values()].sort((a, b) => b.total - a.total);
}
