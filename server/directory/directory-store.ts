import type { Database } from 'better-sqlite3';
import type { Org, Person, Post, Role } from '../../shared/directory/schemas';

interface OrgRow {
  id: string;
  parent_id: string | null;
  name: string;
  kind: 'unit' | 'dept';
  sort: number;
  updated_at: number;
}

export interface PersonRow {
  id: string;
  username: string;
  name: string;
  pinyin: string;
  initials: string;
  phone: string;
  email: string;
  roles: string;
  disabled: number;
  password_hash: string;
  updated_at: number;
}

const toOrg = (row: OrgRow): Org => ({
  id: row.id,
  parentId: row.parent_id,
  name: row.name,
  kind: row.kind,
  sort: row.sort,
  updatedAt: row.updated_at,
});

/** Reads of the directory: orgs and people as the shared schemas describe them. */
export class DirectoryStore {
  private readonly orgById;
  private readonly allOrgs;
  private readonly personById;
  private readonly personByUsername;
  private readonly postsOf;
  private readonly peopleInOrg;

  constructor(private readonly db: Database) {
    this.orgById = db.prepare<[string], OrgRow>('SELECT * FROM orgs WHERE id = ?');
    this.allOrgs = db.prepare<[], OrgRow>('SELECT * FROM orgs ORDER BY sort, name');
    this.personById = db.prepare<[string], PersonRow>('SELECT * FROM people WHERE id = ?');
    this.personByUsername = db.prepare<[string], PersonRow>('SELECT * FROM people WHERE username = ?');
    this.postsOf = db.prepare<[string], Post>('SELECT org_id AS orgId, title, sort FROM posts WHERE person_id = ? ORDER BY position');
    this.peopleInOrg = db.prepare<[string], PersonRow>(`
      SELECT p.* FROM posts s JOIN people p ON p.id = s.person_id
      WHERE s.org_id = ? ORDER BY s.sort, p.pinyin`);
  }

  org(id: string): Org | null {
    const row = this.orgById.get(id);
    return row ? toOrg(row) : null;
  }

  orgs(): Org[] {
    return this.allOrgs.all().map(toOrg);
  }

  /** The org and every org below it. */
  orgSubtree(rootIds: string[]): string[] {
    if (rootIds.length === 0) return [];
    const rows = this.db
      .prepare<string[], { id: string }>(`
        WITH RECURSIVE tree(id) AS (
          SELECT id FROM orgs WHERE id IN (${rootIds.map(() => '?').join(',')})
          UNION SELECT o.id FROM orgs o JOIN tree t ON o.parent_id = t.id
        ) SELECT id FROM tree`)
      .all(...rootIds);
    return rows.map((r) => r.id);
  }

  personRow(id: string): PersonRow | null {
    return this.personById.get(id) ?? null;
  }

  personRowByUsername(username: string): PersonRow | null {
    return this.personByUsername.get(username) ?? null;
  }

  person(id: string): Person | null {
    const row = this.personById.get(id);
    return row ? this.toPerson(row) : null;
  }

  people(ids: string[]): Person[] {
    return ids.map((id) => this.person(id)).filter((p): p is Person => p !== null);
  }

  /** People holding a post in the org, in the order of their post there (leaders first). */
  orgMembers(orgId: string): Person[] {
    return this.peopleInOrg.all(orgId).map((row) => this.toPerson(row));
  }

  toPerson(row: PersonRow): Person {
    return {
      id: row.id,
      username: row.username,
      name: row.name,
      pinyin: row.pinyin,
      initials: row.initials,
      phone: row.phone,
      email: row.email,
      posts: this.postsOf.all(row.id),
      roles: JSON.parse(row.roles) as Role[],
      disabled: row.disabled === 1,
      updatedAt: row.updated_at,
    };
  }

  hasPeople(): boolean {
    return this.db.prepare('SELECT 1 FROM people LIMIT 1').get() !== undefined;
  }
}
