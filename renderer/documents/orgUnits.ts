import type { Org } from '../../shared/directory/schemas';
import { buildOrgTree, type OrgNode } from '../directory/orgTree';

/** Every 单位 in the directory in tree order (each followed by those under it), for filters and pickers. */
export function unitsOf(orgs: Iterable<Org>): Org[] {
  const units: Org[] = [];
  const walk = (nodes: OrgNode[]) => {
    for (const node of nodes) {
      if (node.org.kind === 'unit') units.push(node.org);
      walk(node.children);
    }
  };
  walk(buildOrgTree([...orgs]));
  return units;
}

/**
 * Names of the 单位 below `unitId` (any depth): an 上行文 must not be copied to them (行文规则).
 * Departments inside a unit are not organs one writes to, so they are left out.
 */
export function subordinateUnitNames(orgs: Iterable<Org>, unitId: string): string[] {
  const children = new Map<string, Org[]>();
  for (const org of orgs) {
    if (!org.parentId) continue;
    const list = children.get(org.parentId) ?? [];
    list.push(org);
    children.set(org.parentId, list);
  }
  const names: string[] = [];
  const seen = new Set<string>([unitId]);
  const stack = [...(children.get(unitId) ?? [])];
  while (stack.length > 0) {
    const org = stack.pop()!;
    if (seen.has(org.id)) continue;
    seen.add(org.id);
    if (org.kind === 'unit') names.push(org.name);
    stack.push(...(children.get(org.id) ?? []));
  }
  return names;
}
