import type { Org, Person } from '../directory/schemas';
import type { SupervisionActor } from './permissions';
import type { SupervisionItem } from './records';

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
 * in, and a 人民政府's items from its 办公室, which does the government's paperwork. The core and
 * the screens both ask this, so the buttons shown match what the core accepts.
 */
export function mySupervisionRoles(me: Pick<Person, 'id' | 'roles'>, myUnits: readonly Org[], orgById: (id: string) => Org | undefined): MySupervisionRoles {
  const unitIds = myUnits.map((unit) => unit.id);
  const governmentsServed = myUnits.flatMap((unit) => {
    const parent = unit.parentId ? orgById(unit.parentId) : undefined;
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
