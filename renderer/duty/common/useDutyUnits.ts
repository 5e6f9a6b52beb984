import type { DutyUnit } from '../../../shared/duty/api-types';
import { useApiQuery } from '../../api/useApiQuery';

/** The units whose duty I take part in, run or oversee; re-read when duty records change. */
export function useDutyUnits(): DutyUnit[] | undefined {
  return useApiQuery('duty', (api) => api.duty.units({})).data;
}

/** Where I edit setups and rosters, or hold a post: the units the 排班 and 我的值班 screens offer. */
export function isMyUnit(unit: DutyUnit): boolean {
  return unit.canManage || unit.member;
}
