import type { MyDuty } from '../../../shared/duty/api-types';
import type { DutySetup } from '../../../shared/duty/records';
import type { ShiftKind } from '../../../shared/duty/roster-schemas';
import { shiftWindow } from '../../../shared/duty/shift-times';
import type { LocalDb } from '../store/open-local-db';
import { prepared } from '../store/prepared';
import { dutyCalendar } from './duty-ics';
import { dutyRecord } from './duty-rows';
import { unitName, type DutyScope } from './duty-scope';

interface SlotRow {
  unit_id: string;
  date: string;
  shift: ShiftKind;
  post_id: string;
  roster_id: string;
}

/** My places on published rosters from `from` to `to`, in time order. */
export function myDuties(db: LocalDb, scope: DutyScope, personId: string, from: string, to: string): MyDuty[] {
  const rows = prepared(
    db,
    'SELECT unit_id, date, shift, post_id, roster_id FROM duty_slots WHERE person_id = ? AND date BETWEEN ? AND ? ORDER BY date',
  ).all(personId, from, to) as SlotRow[];
  const setups = new Map<string, DutySetup | null>();
  const setupOf = (unitId: string) => {
    if (!setups.has(unitId)) setups.set(unitId, dutyRecord(db, 'dutySetup', unitId));
    return setups.get(unitId)!;
  };
  return rows
    .flatMap((row) => {
      const setup = setupOf(row.unit_id);
      // Without its unit's setup a place has no hours; the setup always syncs with the roster.
      if (!setup) return [];
      const { start, end } = shiftWindow(setup.shifts, { date: row.date, shift: row.shift });
      return [
        {
          rosterId: row.roster_id,
          unitId: row.unit_id,
          unitName: unitName(scope, row.unit_id),
          date: row.date,
          shift: row.shift,
          postId: row.post_id,
          postName: setup.posts.find((post) => post.id === row.post_id)?.name ?? '（已删除的岗位）',
          start,
          end,
        },
      ];
    })
    .sort((a, b) => a.start - b.start);
}

/** The 带班领导 on one shift of a unit, with their phones: what a duty officer needs to reach. */
export function leadersOnShift(db: LocalDb, setup: DutySetup, date: string, shift: ShiftKind): { name: string; phone: string }[] {
  const leaderPosts = new Set(setup.posts.filter((post) => post.leaderOnly).map((post) => post.id));
  const rows = prepared(
    db,
    'SELECT s.post_id, p.name, p.phone FROM duty_slots s JOIN people p ON p.id = s.person_id WHERE s.unit_id = ? AND s.date = ? AND s.shift = ?',
  ).all(setup.unitId, date, shift) as { post_id: string; name: string; phone: string }[];
  return rows.filter((row) => leaderPosts.has(row.post_id)).map(({ name, phone }) => ({ name, phone }));
}

/** My duties as an .ics text, each with its 值班电话 and 带班领导. */
export function myDutyCalendar(db: LocalDb, scope: DutyScope, personId: string, from: string, to: string, now: number): string {
  const events = myDuties(db, scope, personId, from, to).map((duty) => {
    const setup = dutyRecord(db, 'dutySetup', duty.unitId)!;
    return { duty, details: { officePhone: setup.officePhone, leaders: leadersOnShift(db, setup, duty.date, duty.shift) } };
  });
  return dutyCalendar(events, now);
}
