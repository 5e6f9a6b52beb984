import { addCalendarDays } from '../../../shared/calendar/working-days';
import type { OnDutyNow, UnitOnDuty } from '../../../shared/duty/api-types';
import type { DutyPost, ShiftPattern } from '../../../shared/duty/roster-schemas';
import { shiftAt, shiftWindow } from '../../../shared/duty/shift-times';
import { isoDateInChina } from '../../../shared/documents/dates';
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
 * 今日值班: for every unit in scope, the shift on at `at` and who is on it. A shift starts on `at`'s
 * China day or the day before (a night shift, or a 24-hour shift before the morning handover), so
 * the published places of those two days are read at once and matched to each unit's shift. Only
 * the parts of the setups needed are read, not their lists and constraints.
 */
export function onDutyNow(db: LocalDb, scope: DutyScope, at: number, q?: string): OnDutyNow {
  const unitIds = scopeUnitIds(scope);
  const setups = new Map(
    (prepared(db, "SELECT id, json_extract(data, '$.shifts') AS shifts, json_extract(data, '$.posts') AS posts, json_extract(data, '$.officePhone') AS office_phone FROM duty_setups").all() as SetupColumns[]).map(
      (row) => [row.id, row],
    ),
  );
  const today = isoDateInChina(at);
  const slots = prepared(
    db,
    `SELECT s.unit_id, s.date, s.shift, s.post_id, s.person_id, s.roster_id, p.name, p.phone
     FROM duty_slots s LEFT JOIN people p ON p.id = s.person_id WHERE s.date IN (?, ?) ORDER BY s.rowid`,
  ).all(today, addCalendarDays(today, -1)) as SlotRow[];
  const slotsByUnit = new Map<string, SlotRow[]>();
  for (const slot of slots) {
    const list = slotsByUnit.get(slot.unit_id);
    if (list) list.push(slot);
    else slotsByUnit.set(slot.unit_id, [slot]);
  }

  // Units share a handful of shift patterns: work each one's shift out once.
  const shiftsByPattern = new Map<string, UnitOnDuty['shift']>();
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

  const covered: UnitOnDuty[] = [];
  const uncovered: UnitOnDuty[] = [];
  for (const unitId of unitIds) {
    const setup = setups.get(unitId);
    const name = unitName(scope, unitId);
    const entry: UnitOnDuty = { unitId, unitName: name, officePhone: setup?.office_phone ?? '', shift: null, rosterId: null, people: [] };
    const shift = setup ? shiftOf(setup.shifts) : null;
    const inShift = shift ? (slotsByUnit.get(unitId) ?? []).filter((slot) => slot.date === shift.date && slot.shift === shift.shift) : [];
    // A holiday roster published over a month's days is written later and takes over from it.
    const rosterId = inShift.at(-1)?.roster_id;
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
