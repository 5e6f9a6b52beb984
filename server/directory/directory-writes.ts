import type { Database } from 'better-sqlite3';
import type { Org, Person, Post, Role } from '../../shared/directory/schemas';
import { nameSearchKeys } from '../../shared/directory/pinyin';
import { ChangeLog } from '../sync/change-log';
import type { WriteScope } from '../sync/writer';
import type { DirectoryStore } from './directory-store';

export interface NewPerson {
  id: string;
  username: string;
  name: string;
  phone: string;
  email: string;
  posts: Post[];
  roles: Role[];
  passwordHash: string;
}

export interface PersonChanges {
  name?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  posts?: Post[] | undefined;
  roles?: Role[] | undefined;
  disabled?: boolean | undefined;
}

/** Writes to the directory; each records a change visible to everyone (scope 'org'). */
export class DirectoryWrites {
  private readonly insertOrg;
  private readonly updateOrgRow;
  private readonly insertPerson;
  private readonly updatePersonRow;
  private readonly deletePosts;
  private readonly insertPost;
  private readonly setPassword;

  constructor(
    db: Database,
    private readonly store: DirectoryStore,
    private readonly changeLog: ChangeLog,
  ) {
    this.insertOrg = db.prepare('INSERT INTO orgs (id, parent_id, name, kind, sort, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    this.updateOrgRow = db.prepare('UPDATE orgs SET parent_id = ?, name = ?, sort = ?, updated_at = ? WHERE id = ?');
    this.insertPerson = db.prepare(`
      INSERT INTO people (id, username, name, pinyin, initials, phone, email, roles, disabled, password_hash, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`);
    this.updatePersonRow = db.prepare(
      'UPDATE people SET name = ?, pinyin = ?, initials = ?, phone = ?, email = ?, roles = ?, disabled = ?, updated_at = ? WHERE id = ?',
    );
    this.deletePosts = db.prepare('DELETE FROM posts WHERE person_id = ?');
    this.insertPost = db.prepare('INSERT OR REPLACE INTO posts (person_id, org_id, title, sort, position) VALUES (?, ?, ?, ?, ?)');
    this.setPassword = db.prepare('UPDATE people SET password_hash = ? WHERE id = ?');
  }

  createOrg(scope: WriteScope, org: { id: string; parentId: string | null; name: string; kind: Org['kind']; sort: number }, now: number): Org {
    this.insertOrg.run(org.id, org.parentId, org.name, org.kind, org.sort, now);
    return this.announceOrg(scope, org.id);
  }

  updateOrg(scope: WriteScope, org: Org, now: number): Org {
    this.updateOrgRow.run(org.parentId, org.name, org.sort, now, org.id);
    return this.announceOrg(scope, org.id);
  }

  createPerson(scope: WriteScope, person: NewPerson, now: number): Person {
    const keys = nameSearchKeys(person.name);
    this.insertPerson.run(
      person.id,
      person.username,
      person.name,
      keys.pinyin,
      keys.initials,
      person.phone,
      person.email,
      JSON.stringify(person.roles),
      person.passwordHash,
      now,
    );
    this.replacePosts(person.id, person.posts);
    return this.announcePerson(scope, person.id);
  }

  updatePerson(scope: WriteScope, current: Person, changes: PersonChanges, now: number): Person {
    const name = changes.name ?? current.name;
    const keys = nameSearchKeys(name);
    this.updatePersonRow.run(
      name,
      keys.pinyin,
      keys.initials,
      changes.phone ?? current.phone,
      changes.email ?? current.email,
      JSON.stringify(changes.roles ?? current.roles),
      (changes.disabled ?? current.disabled) ? 1 : 0,
      now,
      current.id,
    );
    if (changes.posts) this.replacePosts(current.id, changes.posts);
    return this.announcePerson(scope, current.id);
  }

  /** Not a visible change: the password hash never leaves the server. */
  setPasswordHash(personId: string, passwordHash: string): void {
    this.setPassword.run(passwordHash, personId);
  }

  private replacePosts(personId: string, posts: Post[]): void {
    this.deletePosts.run(personId);
    posts.forEach((post, position) => this.insertPost.run(personId, post.orgId, post.title, post.sort, position));
  }

  private announceOrg(scope: WriteScope, id: string): Org {
    const org = this.store.org(id)!;
    this.changeLog.put(scope.changes, 'org', org, 'org');
    return org;
  }

  private announcePerson(scope: WriteScope, id: string): Person {
    const person = this.store.person(id)!;
    this.changeLog.put(scope.changes, 'person', person, 'org');
    return person;
  }
}
