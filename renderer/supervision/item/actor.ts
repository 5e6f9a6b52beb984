import type { Person } from '../../../shared/directory/schemas';
import type { SupervisionActor } from '../../../shared/supervision/permissions';
import type { SupervisionItem } from '../../../shared/supervision/records';

/**
 * Me as the supervision rules see me on this item, to choose which buttons to show: a 督查员 of the
 * item's supervising unit, the units I hold a post in, and those I lead. The server decides again
 * from its directory (a government's 督查员 may sit in its office) and refuses with its reason.
 */
export function myActorFor(me: Pick<Person, 'id' | 'roles'>, myUnitIds: string[], item: Pick<SupervisionItem, 'ownerUnitId'>): SupervisionActor {
  return {
    personId: me.id,
    isSupervisor: me.roles.includes('supervisor') && myUnitIds.includes(item.ownerUnitId),
    unitIds: myUnitIds,
    leaderUnitIds: me.roles.includes('leader') ? myUnitIds : [],
  };
}
