import type { Person } from '../../../shared/directory/schemas';
import { mySupervisionRoles as rolesFrom, type MySupervisionRoles } from '../../../shared/supervision/my-roles';
import { allOrgs } from '../directory/directory-rows';
import { myUnits } from '../documents/my-units';
import type { LocalDb } from '../store/open-local-db';

/** My supervision roles from the local directory. */
export function mySupervisionRoles(db: LocalDb, me: Person): MySupervisionRoles {
  const orgs = new Map(allOrgs(db).map((org) => [org.id, org]));
  return rolesFrom(me, myUnits(db, me), (id) => orgs.get(id));
}
