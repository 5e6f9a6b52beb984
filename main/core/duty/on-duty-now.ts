import type { OnDutyNow, UnitOnDuty } from '../../../shared/duty/api-types';
import type { DutyPost, ShiftPattern } from '../../../shared/duty/roster-schemas';
import { shiftAt, shiftWindow } from '../../../shared/duty/shift-times';
import type { LocalDb } from '../store/open-local-db';
import { prepared } from '../store/prepared';
import { scopeUnitIds, unitName, type DutyScope } from './duty-scope';

interface SetupColumns {
  id: string;
  shifts: string;
  posts: string;
  office_phone: string;
}

interface SlotRow {
  unit_id: string;
  date: string;
  shift: string;
  post_id: string;
  person_id: string;
  roster_id: string;
  name: string | null;
  phone: string | null;
}

/**
 * Of two published rosters over the same shift (a holiday roster over a month's days), the one for
 * the shorter period is the one made for it.
 */
function rosterInForce(db: LocalDb, rosterIds: string[]): string | undefined {
  if (rosterIds.length < 2) return rosterIds[0];
  const row = prepared(
    db,
    'SELECT id FROM duty_rosters WHERE id IN (SELECT value FROM json_each(?)) ORDER BY julianday(to_date) - julianday(from_date), updated_at DESC LIMIT 1',
  ).get(JSON.stringify(rosterIds)) as { id: string } | undefined;
  return row?.id;
}

/**
 * 今日值班: for every unit in scope, the shift on at `at` and who is on it. Units share a few shift
 * patterns, so the shifts on at `at` are few: each is read once for all units from a covering index,
 * and matched to each unit's own shift. Only the parts of the setups needed are read, not their
 * lists and constraints.
 */
export function onDutyNow(db: LocalDb, scope: DutyScope, at: number, q?: string): OnDutyNow {
  const unitIds = scopeUnitIds(scope);
  const setups = new Map(
    (prepared(db, "SELECT id, json_extract(data, '$.shifts') AS shifts, json_extract(data, '$.posts') AS posts, json_extract(data, '$.officePhone') AS office_phone FROM duty_setups").all() as SetupColumns[]).map(
      (row) => [row.id, row],
    ),
  );
  // Units share a handful of shift patterns: work each one's shift out once.
  const shiftsByPattern = new Map<string, NonNullable<UnitOnDuty['shift']>>();
  const shiftOf = (patternJson: string) => {
    let shift = shiftsByPattern.get(patternJson);
    if (shift === undefined) {
      const pattern = JSON.parse(patternJson) as ShiftPattern;
      const ref = shiftAt(pattern, at);
      shift = { ...ref, ...shiftWindow(pattern, ref) };
      shiftsByPattern.set(patternJson, shift);
    }
    return shift;
  };
  for (const setup of setups.values()) shiftOf(setup.shifts);

  // Only the few shifts on now are read, each straight from its index.
  const slotsByUnit = new Map<string, SlotRow[]>();
  const shiftsOn = new Set([...shiftsByPattern.values()].map((shift) => `${shift.date}|${shift.shift}`));
  const readShift = prepared(
    db,
    `SELECT s.unit_id, s.date, s.shift, s.post_id, s.person_id, s.roster_id, p.name, p.phone
     FROM duty_slots s INDEXED BY duty_slots_by_shift LEFT JOIN people p ON p.id = s.person_id WHERE s.date = ? AND s.shift = ?`,
  );
  for (const key of shiftsOn) {
    const [date, shift] = key.split('|');
    for (const slot of readShift.all(date, shift) as SlotRow[]) {
      const list = slotsByUnit.get(slot.unit_id);
      if (list) list.push(slot);
      else slotsByUnit.set(slot.unit_id, [slot]);
    }
  }

  const covered: UnitOnDuty[] = [];
  const uncovered: UnitOnDuty[] = [];
  for (const unitId of unitIds) {
    const setup = setups.get(unitId);
    const name = unitName(scope, unitId);
    const entry: UnitOnDuty = { unitId, unitName: name, officePhone: setup?.office_phone ?? '', shift: null, rosterId: null, people: [] };
    const shift = setup ? shiftOf(setup.shifts) : null;
    const inShift = shift ? (slotsByUnit.get(unitId) ?? []).filter((slot) => slot.date === shift.date && slot.shift === shift.shift) : [];
    const rosterId = rosterInForce(db, [...new Set(inShift.map((slot) => slot.roster_id))]);
    const onShift = inShift.filter((slot) => slot.roster_id === rosterId);
    if (shift && onShift.length > 0) {
      const posts = JSON.parse(setup!.posts) as DutyPost[];
      const postOrder = new Map(posts.map((post, index) => [post.id, index]));
      entry.shift = shift;
      entry.rosterId = rosterId!;
      entry.people = onShift
        .sort((a, b) => (postOrder.get(a.post_id) ?? 99) - (postOrder.get(b.post_id) ?? 99))
        .map((slot) => ({
          postId: slot.post_id,
          postName: posts.find((post) => post.id === slot.post_id)?.name ?? '（已删除的岗位）',
          personId: slot.person_id,
          name: slot.name ?? '（未知人员）',
          phone: slot.phone ?? '',
        }));
    }
    if (q && !name.includes(q) && !entry.people.some((person) => person.name.includes(q))) continue;
    (entry.shift ? covered : uncovered).push(entry);
  }
  return { at, units: [...covered, ...uncovered] };
}
