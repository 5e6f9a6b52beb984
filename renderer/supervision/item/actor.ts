import type { Org, Person } from '../../../shared/directory/schemas';
import type { SupervisionActor } from '../../../shared/supervision/permissions';
import type { SupervisionItem } from '../../../shared/supervision/records';

/**
 * Me as the supervision rules see me on this item, to choose which buttons to show: a 督查员 of the
 * item's supervising unit, the units I hold a post in, and those I lead. As the server decides
 * (and the core's mySupervisionRoles): a 督查员 also supervises a 人民政府's items from its 办公室,
 * which does the government's paperwork. The server decides again and refuses with its reason.
 */
export function myActorFor(me: Pick<Person, 'id' | 'roles'>, myUnits: readonly Org[], orgs: ReadonlyMap<string, Org>, item: Pick<SupervisionItem, 'ownerUnitId'>): SupervisionActor {
  const unitIds = myUnits.map((unit) => unit.id);
  const governmentsServed = myUnits.flatMap((unit) => {
    const parent = unit.parentId ? orgs.get(unit.parentId) : undefined;
    return unit.name.endsWith('办公室') && parent?.kind === 'unit' && parent.name.endsWith('人民政府') ? [parent.id] : [];
  });
  return {
    personId: me.id,
    isSupervisor: me.roles.includes('supervisor') && [...unitIds, ...governmentsServed].includes(item.ownerUnitId),
    unitIds,
    leaderUnitIds: me.roles.includes('leader') ? unitIds : [],
  };
}
