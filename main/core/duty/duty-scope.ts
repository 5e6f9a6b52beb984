import type { DutyUnit } from '../../../shared/duty/api-types';
import { DutyOffices } from '../../../shared/duty/duty-offices';
import type { Org, Person } from '../../../shared/directory/schemas';
import { myUnits } from '../documents/my-units';
import { allOrgs } from '../directory/directory-rows';
import type { LocalDb } from '../store/open-local-db';
import { prepared } from '../store/prepared';

/** Which units' duty the signed-in person sees, and in what capacity, worked out once per call. */
export interface DutyScope {
  orgs: Map<string, Org>;
  offices: DutyOffices;
  /** Units I hold a post in. */
  memberIds: Set<string>;
  /** Units whose setup and rosters I edit and whose swaps I approve. */
  managedIds: Set<string>;
  /** Duty offices I sit in as 值班员: reports and incidents come to them. */
  officeIds: Set<string>;
  /** Units below my offices. */
  overseenIds: Set<string>;
}

export function dutyScope(db: LocalDb, me: Pick<Person, 'id' | 'posts' | 'roles'>): DutyScope {
  const orgList = allOrgs(db);
  const offices = new DutyOffices(orgList);
  const memberIds = new Set(myUnits(db, me).map((unit) => unit.id));
  const runsDuty = me.roles.includes('duty_officer') || me.roles.includes('unit_admin');
  const managedIds = new Set(runsDuty ? memberIds : []);
  const namedManager = prepared(db, "SELECT id FROM duty_setups WHERE EXISTS (SELECT 1 FROM json_each(data, '$.managerIds') WHERE value = ?)").all(me.id) as { id: string }[];
  for (const { id } of namedManager) managedIds.add(id);
  const officeIds = new Set(me.roles.includes('duty_officer') ? memberIds : []);
  const overseenIds = new Set([...officeIds].flatMap((office) => offices.overseen(office)));
  return { orgs: new Map(orgList.map((org) => [org.id, org])), offices, memberIds, managedIds, officeIds, overseenIds };
}

/** Every unit in scope, in the directory's order. */
export function scopeUnitIds(scope: DutyScope): string[] {
  return [...scope.orgs.values()]
    .filter((org) => scope.memberIds.has(org.id) || scope.managedIds.has(org.id) || scope.overseenIds.has(org.id))
    .map((org) => org.id);
}

export function unitName(scope: DutyScope, unitId: string): string {
  return scope.orgs.get(unitId)?.name ?? '（未知单位）';
}

export function dutyUnits(scope: DutyScope): DutyUnit[] {
  return scopeUnitIds(scope).map((unitId) => ({
    unitId,
    name: unitName(scope, unitId),
    canManage: scope.managedIds.has(unitId),
    member: scope.memberIds.has(unitId),
    overseen: scope.overseenIds.has(unitId),
    reportingUnitIds: scope.offices.reportingTo(unitId),
    officeAboveId: scope.offices.officeAbove(unitId),
  }));
}
