import { AppError } from '../../shared/errors';
import type { DutyPeople } from './duty-people';
import type { DutyRosters } from './duty-rosters';

/** Who may write a unit's 值班日志, 日报告 and 接报登记: its 值班员, its duty managers, and whoever it has put on a roster. */
export function requireDutyStaff(people: DutyPeople, rosters: DutyRosters, personId: string, unitId: string, what: string): void {
  people.roles.requireUnit(unitId);
  const allowed = people.dutyOfficersOf(unitId).includes(personId) || people.isManager(personId, unitId, rosters.setup(unitId)) || rosters.isOnRosters(unitId, personId);
  if (!allowed) throw new AppError('forbidden', `只有${people.unitName(unitId)}的值班人员可以${what}`);
}
