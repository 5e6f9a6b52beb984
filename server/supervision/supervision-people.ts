import type { Person } from '../../shared/directory/schemas';
import type { SupervisionActor } from '../../shared/supervision/permissions';
import type { SupervisionItem } from '../../shared/supervision/records';
import type { UnitRoles } from '../directory/unit-roles';

const unique = (ids: Iterable<string>): string[] => [...new Set(ids)];

/**
 * Who a 督办事项 involves, read from the directory as it stands: the supervising unit's 督查员, the
 * responsible units' people, their leaders, and the leader who gave the 批示.
 */
export class SupervisionPeople {
  constructor(private readonly roles: UnitRoles) {}

  /** 督查员 of a unit: people with the role holding a post in it or its departments. */
  supervisorsOf(unitId: string): string[] {
    return this.roles.withRole(unitId, 'supervisor');
  }

  leadersOf(unitId: string): string[] {
    return this.roles.withRole(unitId, 'leader');
  }

  /** Who signs for a unit: its leaders and 文书, or everyone there when it has neither. */
  signersOf(unitId: string): string[] {
    const signers = unique([...this.leadersOf(unitId), ...this.roles.withRole(unitId, 'clerk')]);
    return signers.length > 0 ? signers : this.roles.activeMembers(unitId).map((person) => person.id);
  }

  /** Units still responsible for the item: a unit that returned it is out until reassigned. */
  private workingUnits(item: SupervisionItem) {
    return item.units.filter((unit) => unit.status !== 'returned');
  }

  /** Each unit's 责任人, or its signers while it has not named one. */
  ownersOf(item: SupervisionItem): string[] {
    return unique(this.workingUnits(item).flatMap((unit) => (unit.ownerId ? [unit.ownerId] : this.signersOf(unit.unitId))));
  }

  leadersOfUnits(item: SupervisionItem): string[] {
    return unique(this.workingUnits(item).flatMap((unit) => this.leadersOf(unit.unitId)));
  }

  /** Everyone who may see the item: its 督查员, the people of every unit it names, the 批示 leader. */
  audience(item: SupervisionItem): string[] {
    return unique([
      ...this.supervisorsOf(item.ownerUnitId),
      ...item.units.flatMap((unit) => this.roles.activeMembers(unit.unitId).map((person) => person.id)),
      ...(item.instructingLeaderId ? [item.instructingLeaderId] : []),
    ]);
  }

  /** What the lifecycle needs to know about the person acting on this item. */
  actorFor(person: Person, item: SupervisionItem): SupervisionActor {
    const unitIds = this.roles.unitsOf(person);
    return {
      personId: person.id,
      isSupervisor: person.roles.includes('supervisor') && this.supervisorsOf(item.ownerUnitId).includes(person.id),
      unitIds,
      leaderUnitIds: person.roles.includes('leader') ? unitIds : [],
    };
  }
}
