import type { DutyCounts } from '../../shared/duty/api-types';
import { useApiQuery } from '../api/useApiQuery';

/** What waits for me in 值班; re-read whenever the core says duty records changed. */
export function useDutyCounts(): DutyCounts | undefined {
  return useApiQuery('duty', (api) => api.duty.counts({})).data;
}

/** The nav badge: everything that asks me to act now. */
export function dutyBadge(counts: DutyCounts | undefined): number | undefined {
  if (!counts) return undefined;
  return counts.swaps + counts.handovers + counts.overdueIncidents + counts.unreceivedReports + counts.callsToAnswer;
}
