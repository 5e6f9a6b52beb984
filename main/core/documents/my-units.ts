import type { Org, Person } from '../../../shared/directory/schemas';
import { allOrgs } from '../directory/directory-rows';
import type { LocalDb } from '../store/open-local-db';

/**
 * The 单位 a person holds a post in: a post in a 处室 counts for the nearest unit above it, as the
 * server decides who may draft in whose name.
 */
export function myUnits(db: LocalDb, me: Pick<Person, 'posts'>): Org[] {
  const orgs = allOrgs(db);
  const byId = new Map(orgs.map((org) => [org.id, org]));
  const unitIds = new Set<string>();
  for (const post of me.posts) {
    const seen = new Set<string>();
    let org = byId.get(post.orgId);
    while (org && org.kind !== 'unit' && !seen.has(org.id)) {
      seen.add(org.id);
      org = org.parentId ? byId.get(org.parentId) : undefined;
    }
    if (org?.kind === 'unit') unitIds.add(org.id);
  }
  return orgs.filter((org) => unitIds.has(org.id));
}
