import { AppError } from '../../shared/errors';
import type { Person, Role } from '../../shared/directory/schemas';
import type { DirectoryStore } from './directory-store';

/**
 * Who does what for a unit (单位): its 文书 (clerks) and 领导 are the people with that role holding
 * a post in the unit or any of its departments.
 */
export class UnitRoles {
  constructor(private readonly directory: DirectoryStore) {}

  /** The 单位 an org belongs to: itself when it is one, else the nearest unit above it. */
  unitOf(orgId: string): string | null {
    for (let org = this.directory.org(orgId); org; org = org.parentId ? this.directory.org(org.parentId) : null) {
      if (org.kind === 'unit') return org.id;
    }
    return null;
  }

  unitsOf(person: Person): string[] {
    return [...new Set(person.posts.map((post) => this.unitOf(post.orgId)).filter((id): id is string => id !== null))];
  }

  unitName(unitId: string): string {
    return this.directory.org(unitId)?.name ?? unitId;
  }

  requireUnit(unitId: string): void {
    if (this.directory.org(unitId)?.kind !== 'unit') throw new AppError('bad_request', '所选机构不是单位');
  }

  /**
   * People with the role in the unit. A 人民政府 keeps only its leaders on its own books; its
   * 办公室 does its paperwork, so a government's 文书 are its office's.
   */
  withRole(unitId: string, role: Role): string[] {
    const own = this.activeMembers(unitId).filter((person) => person.roles.includes(role));
    if (own.length > 0) return own.map((person) => person.id);
    const office = this.officeOf(unitId);
    return office ? this.withRole(office, role) : [];
  }

  private officeOf(unitId: string): string | null {
    const unit = this.directory.org(unitId);
    if (!unit?.name.endsWith('人民政府')) return null;
    const office = this.directory.orgs().find((org) => org.parentId === unitId && org.kind === 'unit' && org.name.endsWith('办公室'));
    return office?.id ?? null;
  }

  activePerson(id: string, what: string): Person {
    const person = this.directory.person(id);
    if (!person || person.disabled) throw new AppError('bad_request', `${what}不存在或已停用`);
    return person;
  }

  /** Active people holding a post in the unit or its departments (not in a unit below it). */
  activeMembers(unitId: string): Person[] {
    const seen = new Map<string, Person>();
    for (const orgId of this.directory.orgSubtree([unitId])) {
      // A department below this unit that is itself a unit (a 县 under a 市) has its own people.
      if (orgId !== unitId && this.unitOf(orgId) !== unitId) continue;
      for (const person of this.directory.orgMembers(orgId)) if (!person.disabled) seen.set(person.id, person);
    }
    return [...seen.values()];
  }
}
