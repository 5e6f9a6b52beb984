import { useEffect } from 'react';
import type { UnitOnDuty } from '../../../shared/duty/api-types';
import { shiftAt, shiftWindow, type ShiftRef } from '../../../shared/duty/shift-times';
import { useApiQuery } from '../../api/useApiQuery';

export interface UnitShift {
  /** Who is on duty now by the published roster; null until read. */
  onDuty: UnitOnDuty | null;
  /** The shift running now: the roster's, or by the unit's shift times when no roster covers it. */
  current: (ShiftRef & { start: number; end: number }) | null;
}

/** The unit's shift now, re-read every minute so a shift change shows without a click. */
export function useUnitShift(unitId: string): UnitShift {
  const now = useApiQuery('duty', (api) => api.duty.now({}), []);
  const setup = useApiQuery('duty', (api) => api.duty.setup({ unitId }), [unitId]);
  const { refetch } = now;
  useEffect(() => {
    const t = setInterval(refetch, 60_000);
    return () => clearInterval(t);
  }, [refetch]);
  const onDuty = now.data?.units.find((u) => u.unitId === unitId) ?? null;
  if (onDuty?.shift) return { onDuty, current: onDuty.shift };
  const pattern = setup.data?.shifts;
  if (!pattern || !now.data) return { onDuty, current: null };
  const ref = shiftAt(pattern, now.data.at);
  return { onDuty, current: { ...ref, ...shiftWindow(pattern, ref) } };
}
