import { describe, expect, it } from 'vitest';
import type { DutyPost, RosterProblem, RosterSlot } from '../../../shared/duty/roster-schemas';
import { cellKey, cellsToSlots, gridColumns, problemCellKey, slotsToCells, tallyByPerson } from './gridModel';

const leader: DutyPost = { id: 'p-leader', name: '带班领导', leaderOnly: true, perShift: 1 };
const officer: DutyPost = { id: 'p-officer', name: '值班员', leaderOnly: false, perShift: 2 };
const slot = (date: string, postId: string, personId: string | null, shift: RosterSlot['shift'] = 'full'): RosterSlot => ({ date, shift, postId, personId });

describe('roster grid model', () => {
  it('has one column per place of each post, in the setup order, and keeps extra places the roster holds', () => {
    const slots = [slot('2026-10-01', 'p-officer', 'a'), slot('2026-10-01', 'p-officer', 'b'), slot('2026-10-01', 'p-officer', 'c'), slot('2026-10-01', 'p-leader', 'l')];
    const columns = gridColumns(slots, [leader, officer], { kind: '24h', dayStart: '08:30' });
    expect(columns.map((c) => `${c.postId}:${c.place}`)).toEqual(['p-leader:0', 'p-officer:0', 'p-officer:1', 'p-officer:2']);
  });

  it('takes the pattern’s shifts for an empty roster, and day before night', () => {
    expect(gridColumns([], [leader], { kind: 'dayNight', dayStart: '08:00', nightStart: '18:00' }).map((c) => c.shift)).toEqual(['day', 'night']);
  });

  it('turns cells back into every place of every day, empty ones as null', () => {
    const columns = gridColumns([], [leader, officer], { kind: '24h', dayStart: '08:30' });
    const cells = slotsToCells([slot('2026-10-02', 'p-officer', 'x'), slot('2026-10-02', 'p-officer', 'y')]);
    const slots = cellsToSlots('2026-10-01', '2026-10-02', columns, cells);
    expect(slots).toHaveLength(6);
    expect(slots.filter((s) => s.personId).map((s) => `${s.date} ${s.personId}`)).toEqual(['2026-10-02 x', '2026-10-02 y']);
  });

  it('points a problem at the place its person holds, an unfilled one at the first empty place', () => {
    const slots = [slot('2026-10-01', 'p-officer', 'a'), slot('2026-10-01', 'p-officer', null)];
    const cells = slotsToCells(slots);
    const columns = gridColumns(slots, [officer], { kind: '24h', dayStart: '08:30' });
    const problem = (personId: string | null): RosterProblem => ({ kind: personId ? 'consecutive' : 'unfilled', date: '2026-10-01', shift: 'full', postId: 'p-officer', personId, message: '' });
    expect(problemCellKey(problem('a'), columns, cells)).toBe(cellKey('2026-10-01', { shift: 'full', postId: 'p-officer', place: 0 }));
    expect(problemCellKey(problem(null), columns, cells)).toBe(cellKey('2026-10-01', { shift: 'full', postId: 'p-officer', place: 1 }));
  });

  it('counts weekday, weekend and statutory holiday shifts apart', () => {
    // 2026-10-01 国庆 (holiday), 2026-10-17 a Saturday, 2026-10-12 a Monday.
    const tally = tallyByPerson([slot('2026-10-01', 'p-officer', 'a'), slot('2026-10-17', 'p-officer', 'a'), slot('2026-10-12', 'p-officer', 'a'), slot('2026-10-12', 'p-leader', 'b'), slot('2026-10-13', 'p-leader', null)]);
    expect(tally).toEqual([
      { personId: 'a', counts: { weekday: 1, weekend: 1, holiday: 1 }, total: 3 },
      { personId: 'b', counts: { weekday: 1, weekend: 0, holiday: 0 }, total: 1 },
    ]);
  });
});
