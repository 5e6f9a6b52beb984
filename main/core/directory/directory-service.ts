import type { Org, Person } from '../../../shared/directory/schemas';
import { AppError } from '../../../shared/errors';
import type { LocalDb } from '../store/open-local-db';
import { allOrgs, peopleByIds, personById } from './directory-rows';

/** The org tree, with how many active people sit in each unit or department, sub-departments included. */
export function directoryTree(db: LocalDb): { orgs: Org[]; counts: Record<string, number> } {
  const orgs = allOrgs(db);
  const parentOf = new Map(orgs.map((o) => [o.id, o.parentId]));
  const posts = db
    .prepare('SELECT DISTINCT pp.person_id, pp.org_id FROM person_posts pp JOIN people p ON p.id = pp.person_id WHERE p.disabled = 0')
    .all() as { person_id: string; org_id: string }[];
  const peopleByOrg = new Map<string, Set<string>>();
  for (const post of posts) {
    const seen = new Set<string>();
    for (let org: string | null | undefined = post.org_id; org && !seen.has(org); org = parentOf.get(org)) {
      seen.add(org);
      if (!peopleByOrg.has(org)) peopleByOrg.set(org, new Set());
      peopleByOrg.get(org)!.add(post.person_id);
    }
  }
  const counts: Record<string, number> = {};
  for (const org of orgs) counts[org.id] = peopleByOrg.get(org.id)?.size ?? 0;
  return { orgs, counts };
}

/**
 * Listings leave disabled people out unless asked (管理 lists them, after the active ones). The
 * store holds them either way: the server syncs every person with its `disabled` flag.
 */
export interface ListingOptions {
  includeDisabled?: boolean;
}

/** People with a post directly in this org, by the post's rank order. */
export function orgMembers(db: LocalDb, orgId: string, { includeDisabled = false }: ListingOptions = {}): Person[] {
  const rows = db
    .prepare(
      `SELECT p.data FROM person_posts pp JOIN people p ON p.id = pp.person_id
       WHERE pp.org_id = @orgId AND (@all = 1 OR p.disabled = 0)
       GROUP BY p.id ORDER BY p.disabled, MIN(pp.sort), p.pinyin`,
    )
    .all({ orgId, all: includeDisabled ? 1 : 0 }) as { data: string }[];
  return rows.map((r) => JSON.parse(r.data) as Person);
}

export function person(db: LocalDb, id: string): Person {
  const found = personById(db, id);
  if (!found) throw new AppError('not_found', '找不到此人');
  return found;
}

export function people(db: LocalDb, ids: string[]): Person[] {
  return peopleByIds(db, ids);
}

/**
 * Ranked search as people type it: 张三, zhangsan, zs, a department name, a post title, a phone
 * number. Exact and prefix matches on the name come first, then pinyin, then the rest.
 */
export function searchPeople(db: LocalDb, query: string, limit: number, { includeDisabled = false }: ListingOptions = {}): Person[] {
  const q = query.trim().toLowerCase();
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = db
    .prepare(
      `SELECT DISTINCT p.data, p.name, p.pinyin, p.initials, p.phone, p.username, p.disabled
       FROM people p
       WHERE (@all = 1 OR p.disabled = 0) AND (
         p.name LIKE @like ESCAPE '\\' OR p.pinyin LIKE @like ESCAPE '\\' OR p.initials LIKE @like ESCAPE '\\'
         OR p.phone LIKE @like ESCAPE '\\' OR p.username LIKE @like ESCAPE '\\'
         OR EXISTS (SELECT 1 FROM person_posts pp LEFT JOIN orgs o ON o.id = pp.org_id
                    WHERE pp.person_id = p.id AND (pp.title LIKE @like ESCAPE '\\' OR o.name LIKE @like ESCAPE '\\')))`,
    )
    .all({ like, all: includeDisabled ? 1 : 0 }) as { data: string; name: string; pinyin: string; initials: string; phone: string; username: string; disabled: number }[];
  const rank = (r: (typeof rows)[number]): number => {
    if (r.name === q) return 0;
    if (r.initials === q || r.pinyin === q) return 1;
    if (r.name.startsWith(q)) return 2;
    if (r.initials.startsWith(q)) return 3;
    if (r.pinyin.startsWith(q)) return 4;
    if (r.name.includes(q)) return 5;
    if (r.phone.includes(q) || r.username.toLowerCase().includes(q)) return 6;
    return 7;
  };
  return rows
    .map((r) => ({ r, score: rank(r) }))
    .sort((a, b) => a.r.disabled - b.r.disabled || a.score - b.score || a.r.pinyin.localeCompare(b.r.pinyin))
    .slice(0, limit)
    .map(({ r }) => JSON.parse(r.data) as Person);
}
