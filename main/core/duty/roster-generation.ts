import { checkRoster } from '../../../shared/duty/check-roster';
import { generateRoster } from '../../../shared/duty/generate-roster';
import type { DutyRoster } from '../../../shared/duty/records';
import { RosterInput, type RosterProblem, type RosterSlot } from '../../../shared/duty/roster-schemas';
import { AppError } from '../../../shared/errors';
import type { LocalDb } from '../store/open-local-db';
import { prepared } from '../store/prepared';
import { dutyRecord } from './duty-rows';

/** The unit's last published roster ending before `from`: the rotation and the rest rules carry on from it. */
function previousRoster(db: LocalDb, unitId: string, from: string): DutyRoster | null {
  const row = prepared(db, "SELECT data FROM duty_rosters WHERE unit_id = ? AND status = 'published' AND to_date < ? ORDER BY to_date DESC LIMIT 1").get(unitId, from) as
    | { data: string }
    | undefined;
  return row ? (JSON.parse(row.data) as DutyRoster) : null;
}

/** What the generator and the checker need, from the unit's setup as this machine holds it. */
function rosterInput(db: LocalDb, unitId: string, from: string, to: string): RosterInput {
  const setup = dutyRecord(db, 'dutySetup', unitId);
  if (!setup) throw new AppError('not_found', '该单位尚未设置值班岗位和人员，请先在“值班设置”中设置');
  const previous = previousRoster(db, unitId, from);
  const parsed = RosterInput.safeParse({
    unitId, from, to, posts: setup.posts, shifts: setup.shifts, pools: setup.pools, constraints: setup.constraints,
    previous: previous ? { unitId, from: previous.from, to: previous.to, slots: previous.slots } : undefined,
  });
  if (!parsed.success) throw new AppError('bad_request', parsed.error.issues[0]?.message ?? '值班设置不完整');
  return parsed.data;
}

export function generateUnitRoster(db: LocalDb, query: { unitId: string; from: string; to: string }): { slots: RosterSlot[]; problems: RosterProblem[] } {
  const { roster, problems } = generateRoster(rosterInput(db, query.unitId, query.from, query.to));
  return { slots: roster.slots, problems };
}

export function checkUnitRoster(db: LocalDb, query: { unitId: string; from: string; to: string; slots: RosterSlot[] }): RosterProblem[] {
  const input = rosterInput(db, query.unitId, query.from, query.to);
  return checkRoster({ unitId: query.unitId, from: query.from, to: query.to, slots: query.slots }, input);
}
