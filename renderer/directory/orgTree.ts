import type { Org } from '../../shared/directory/schemas';

export interface OrgNode {
  key: string;
  title: string;
  org: Org;
  count: number;
  children: OrgNode[];
}

/** Turns the flat org list into a tree ordered by sort then name; orphans become roots. */
export function buildOrgTree(orgs: Org[], counts: Record<string, number> = {}): OrgNode[] {
  const nodes = new Map<string, OrgNode>();
  for (const org of orgs) nodes.set(org.id, { key: org.id, title: org.name, org, count: counts[org.id] ?? 0, children: [] });
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parentId ? nodes.get(node.org.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort((a, b) => a.org.sort - b.org.sort || a.org.name.localeCompare(b.org.name, 'zh-CN'));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

export function orgPath(orgs: Map<string, Org>, id: string): string {
  const names: string[] = [];
  let cur = orgs.get(id);
  let guard = 0;
  while (cur && guard++ < 20) {
    names.unshift(cur.name);
    cur = cur.parentId ? orgs.get(cur.parentId) : undefined;
  }
  return names.join(' / ');
}
