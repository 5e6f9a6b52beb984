/** Deterministic duty units, setups and rosters for the tests of this folder and the 今日值班 benchmark. */
import type { Org, Person } from '../../../shared/directory/schemas';
import type { DutyRoster, DutySetup } from '../../../shared/duty/records';
import { rosterFrame } from '../../../shared/duty/roster-frame';
import type { ShiftPattern } from '../../../shared/duty/roster-schemas';

/** A stable, valid UUID per number and kind of thing, readable in failure output. */
export function dutyTestId(kind: 'unit' | 'person' | 'post' | 'roster' | 'record', n: number): string {
  const prefix = { unit: '00000021', person: '00000022', post: '00000023', roster: '00000024', record: '00000025' }[kind];
  return `${prefix}-0000-4000-8000-${n.toString().padStart(12, '0')}`;
}

export function unitOrg(n: number, name: string, parentId: string | null, sort = n): Org {
  return { id: dutyTestId('unit', n), parentId, name, kind: 'unit', sort, updatedAt: 1 };
}

export function dutyPerson(n: number, name: string, unitId: string, overrides: Partial<Person> = {}): Person {
  return {
    id: dutyTestId('person', n), username: `duty${n}`, name, pinyin: '', initials: '', phone: `1380000${n.toString().padStart(4, '0')}`, email: '',
    posts: [{ orgId: unitId, title: '工作人员', sort: 1 }], roles: [], disabled: false, updatedAt: 1, ...overrides,
  };
}

export const LEADER_POST = dutyTestId('post', 1);
export const OFFICER_POST = dutyTestId('post', 2);
export const DRIVER_POST = dutyTestId('post', 3);

/** 带班领导 and two 值班员 a shift, from the unit's leaders and officers in that order. */
export function dutySetup(unitId: string, leaders: string[], officers: string[], shifts: ShiftPattern = { kind: '24h', dayStart: '08:30' }): DutySetup {
  return {
    id: unitId,
    unitId,
    posts: [
      { id: LEADER_POST, name: '带班领导', leaderOnly: true, perShift: 1 },
      { id: OFFICER_POST, name: '值班员', leaderOnly: false, perShift: 2 },
    ],
    shifts,
    pools: [
      { postId: LEADER_POST, personIds: leaders },
      { postId: OFFICER_POST, personIds: officers },
    ],
    constraints: { noConsecutiveDays: false, maxPerMonth: null, unavailable: [], leaders },
    officePhone: '0543-3161234',
    fax: '0543-3161235',
    managerIds: [],
    updatedAt: 1,
    updatedBy: null,
  };
}

/** A roster filling every place of the setup by plain rotation through each post's list. */
export function rotationRoster(id: string, setup: DutySetup, from: string, to: string, overrides: Partial<DutyRoster> = {}): DutyRoster {
  const turn = new Map<string, number>();
  const slots = rosterFrame(from, to, setup.shifts, setup.posts).map((slot) => {
    const pool = setup.pools.find((p) => p.postId === slot.postId)?.personIds ?? [];
    const n = turn.get(slot.postId) ?? 0;
    turn.set(slot.postId, n + 1);
    return { ...slot, personId: pool.length > 0 ? pool[n % pool.length]! : null };
  });
  return {
    id, unitId: setup.unitId, kind: 'month', title: `${from.slice(0, 4)}年${Number(from.slice(5, 7))}月值班表`, from, to, slots, status: 'published',
    callId: null, submission: null, version: 1, createdBy: setup.pools[0]?.personIds[0] ?? id, createdAt: 1, updatedAt: 1, history: [], ...overrides,
  };
}
