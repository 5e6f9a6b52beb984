import type { SupervisionCounts } from '../../shared/supervision/api-types';
import { useApiQuery } from '../api/useApiQuery';

/** 待我办理 and the red/yellow tallies; re-read whenever the core says supervision changed. */
export function useSupervisionCounts(): SupervisionCounts | undefined {
  return useApiQuery('supervision', (api) => api.supervision.counts({})).data;
}
