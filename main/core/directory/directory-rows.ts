import { prepared } from '../store/prepared';
import type { Org, Person } from '../../../shared/directory/schemas';
import type { LocalDb } from '../store/open-local-db';

export function putOrg(db: LocalDb, org: Org): void {
  prepared(db, 
    `INSERT INTO orgs (id, parent_id, name, sort, data) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET parent_id = excluded.parent_id, name = excluded.name, sort = excluded.sort, data = excluded.data`,
  ).run(org.id, org.parentId, org.name, org.sort, JSON.stringify(org));
}

export function deleteOrg(db: LocalDb, id: string): void {
  prepared(db, 'DELETE FROM orgs WHERE id = ?').run(id);
}

export function putPerson(db: LocalDb, person: Person): void {
  prepared(db, 
    `INSERT INTO people (id, name, pinyin, initials, phone, username, disabled, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, pinyin = excluded.pinyin, initials = excluded.initials,
       phone = excluded.phone, username = excluded.username, disabled = excluded.disabled, data = excluded.data`,
  ).run(person.id, person.name, person.pinyin, person.initials, person.phone, person.username, person.disabled ? 1 : 0, JSON.stringify(person));
  prepared(db, 'DELETE FROM person_posts WHERE person_id = ?').run(person.id);
  const insertPost = prepared(db, 'INSERT INTO person_posts (person_id, org_id, title, sort) VALUES (?, ?, ?, ?)');
  for (const post of person.posts) insertPost.run(person.id, post.orgId, post.title, post.sort);
}

export function deletePerson(db: LocalDb, id: string): void {
  prepared(db, 'DELETE FROM person_posts WHERE person_id = ?').run(id);
  prepared(db, 'DELETE FROM people WHERE id = ?').run(id);
}

export function personById(db: LocalDb, id: string): Person | null {
  const row = prepared(db, 'SELECT data FROM people WHERE id = ?').get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as Person) : null;
}

export function peopleByIds(db: LocalDb, ids: string[]): Person[] {
  return ids.map((id) => personById(db, id)).filter((p): p is Person => p !== null);
}

export function allOrgs(db: LocalDb): Org[] {
  const rows = prepared(db, 'SELECT data FROM orgs ORDER BY sort, name').all() as { data: string }[];
  return rows.map((r) => JSON.parse(r.data) as Org);
}
