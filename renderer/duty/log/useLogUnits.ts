import type { DutyUnit } from '../../../shared/duty/api-types';
import { useApiQuery } from '../../api/useApiQuery';

/** The units whose duty I take part in or run: the ones I keep a log, hand over and report for. */
export function useMyDutyUnits(): { units: DutyUnit[] | undefined; error: Error | undefined } {
  const all = useApiQuery('duty', (api) => api.duty.units({}));
  return { units: all.data?.filter((u) => u.member || u.canManage), error: all.error };
}
