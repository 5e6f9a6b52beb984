import { DutyOffices } from '../../shared/duty/duty-offices';
import type { DutySetup } from '../../shared/duty/records';
import { AppError } from '../../shared/errors';
import type { DirectoryStore } from '../directory/directory-store';
import type { UnitRoles } from '../directory/unit-roles';

const unique = (ids: Iterable<string>): string[] => [...new Set(ids)];

/**
 * Who does what on duty, read from the directory as it stands: a unit's people, its 值班员
 * (duty_officer), its duty managers, and the duty offices (总值班室) above it that see its records.
 */
export class DutyPeople {
  constructor(
    private readonly directory: DirectoryStore,
    readonly roles: UnitRoles,
  ) {}

  /** Built from the directory each time: units move, and a stale map would misroute reports. */
  offices(): DutyOffices {
    return new DutyOffices(this.directory.orgs());
  }

  members(unitId: string): string[] {
    return this.roles.activeMembers(unitId).map((person) => person.id);
  }

  isMember(personId: string, unitId: string): boolean {
    return this.members(unitId).includes(personId);
  }

  dutyOfficersOf(unitId: string): string[] {
    return this.roles.withRole(unitId, 'duty_officer');
  }

  leadersOf(unitId: string): string[] {
    return this.roles.withRole(unitId, 'leader');
  }

  /** The unit's people and the 值班员 of every duty office above it. */
  audience(unitId: string): string[] {
    return unique([...this.members(unitId), ...this.offices().officesOver(unitId).flatMap((office) => this.dutyOfficersOf(office))]);
  }

  /** 值班员 and 单位管理员 among the unit's people, and whoever the setup names as 值班管理员. */
  managers(unitId: string, setup: DutySetup | null): string[] {
    const own = this.roles.activeMembers(unitId).filter((person) => person.roles.includes('duty_officer') || person.roles.includes('unit_admin'));
    const named = (setup?.managerIds ?? []).filter((id) => !(this.directory.person(id)?.disabled ?? true));
    return unique([...own.map((person) => person.id), ...named]);
  }

  isManager(personId: string, unitId: string, setup: DutySetup | null): boolean {
    return this.managers(unitId, setup).includes(personId);
  }

  requireManager(personId: string, unitId: string, setup: DutySetup | null): void {
    if (!this.isManager(personId, unitId, setup)) throw new AppError('forbidden', `只有${this.unitName(unitId)}的值班员或值班管理员可以办理`);
  }

  /** The duty office a unit reports to; a unit at the top has none to report to. */
  officeAbove(unitId: string): string {
    const office = this.offices().officeAbove(unitId);
    if (!office) throw new AppError('bad_request', `${this.unitName(unitId)}没有上级值班机构`);
    return office;
  }

  unitName(unitId: string): string {
    return this.roles.unitName(unitId);
  }

  personName(personId: string): string {
    return this.directory.person(personId)?.name ?? '已删除的人员';
  }
}
