import type { Person } from '../../../shared/directory/schemas';
import type { SupervisionActor } from '../../../shared/supervision/lifecycle';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { allOrgs } from '../directory/directory-rows';
import { myUnits } from '../documents/my-units';
import type { LocalDb } from '../store/open-local-db';

/** Me as the supervision rules see me, for any item: the actor of each item follows from it. */
export interface MySupervisionRoles {
  personId: string;
  /** The supervising units whose items I act on as 督查员. */
  supervisedUnitIds: string[];
  unitIds: string[];
  leaderUnitIds: string[];
}

/**
 * As the server decides (UnitRoles): a 督查员 supervises the items of the units they hold a post
 * in, and a 人民政府's items from its 办公室, which does the government's paperwork.
 */
export function mySupervisionRoles(db: LocalDb, me: Person): MySupervisionRoles {
  const units = myUnits(db, me);
  const unitIds = units.map((unit) => unit.id);
  const orgs = new Map(allOrgs(db).map((org) => [org.id, org]));
  const governmentsServed = units.flatMap((unit) => {
    const parent = unit.parentId ? orgs.get(unit.parentId) : undefined;
    return unit.name.endsWith('办公室') && parent?.kind === 'unit' && parent.name.endsWith('人民政府') ? [parent.id] : [];
  });
  return {
    personId: me.id,
    supervisedUnitIds: me.roles.includes('supervisor') ? [...new Set([...unitIds, ...governmentsServed])] : [],
    unitIds,
    leaderUnitIds: me.roles.includes('leader') ? unitIds : [],
  };
}

export function actorFor(roles: MySupervisionRoles, item: Pick<SupervisionItem, 'ownerUnitId'>): SupervisionActor {
  return { personId: roles.personId, isSupervisor: roles.supervisedUnitIds.includes(item.ownerUnitId), unitIds: roles.unitIds, leaderUnitIds: roles.leaderUnitIds };
}
