import type { Org, Person } from '../../../shared/directory/schemas';
import { actorFor, mySupervisionRoles } from '../../../shared/supervision/my-roles';
import type { SupervisionActor } from '../../../shared/supervision/permissions';
import type { SupervisionItem } from '../../../shared/supervision/records';

/**
 * Me as the supervision rules see me on this item, to choose which buttons to show; the server
 * decides again and refuses with its reason.
 */
export function myActorFor(me: Pick<Person, 'id' | 'roles'>, myUnits: readonly Org[], orgs: ReadonlyMap<string, Org>, item: Pick<SupervisionItem, 'ownerUnitId'>): SupervisionActor {
  return actorFor(mySupervisionRoles(me, myUnits, (id) => orgs.get(id)), item);
}
