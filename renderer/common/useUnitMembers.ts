import type { Org, Person } from '../../shared/directory/schemas';
import { useApiQuery } from '../api/useApiQuery';
import { useDirectoryTree } from '../directory/useDirectoryTree';

/** The unit and its departments, not a unit below it (a 县 under a 市 has its own people). */
export function unitOrgs(orgs: Iterable<Org>, unitId: string): Org[] {
  const children = new Map<string, Org[]>();
  for (const org of orgs) {
    if (!org.parentId) continue;
    children.set(org.parentId, [...(children.get(org.parentId) ?? []), org]);
  }
  const found: Org[] = [];
  const walk = (id: string) => {
    for (const child of children.get(id) ?? []) {
      if (child.kind === 'unit') continue;
      found.push(child);
      walk(child.id);
    }
  };
  walk(unitId);
  return found;
}

/** Everyone holding a post in the unit, by department: whom a unit can name as its 责任人. */
export function useUnitMembers(unitId: string | undefined): { org: Org; people: Person[] }[] | undefined {
  const tree = useDirectoryTree();
  const unit = unitId ? tree.orgs.get(unitId) : undefined;
  const orgs = unit ? [unit, ...unitOrgs(tree.orgs.values(), unit.id)] : [];
  const query = useApiQuery(
    'directory',
    async (api) => (await Promise.all(orgs.map(async (org) => ({ org, people: await api.directory.orgMembers({ orgId: org.id, includeDisabled: false }) })))).filter((g) => g.people.length > 0),
    [orgs.map((o) => o.id).join(',')],
    orgs.length > 0,
  );
  return query.data;
}
