import { addWorkingDays, endOfChinaDay } from '../calendar/working-days';
import { isoDateInChina } from './dates';
import type { Urgency } from './kinds';

/**
 * 承办 time limits by 紧急程度, in working days after 批办. Local rules differ (DOMAIN.md §1.6), so
 * these are the defaults of a setting, not constants: 特急 within the day, 加急 3, 普通 7.
 */
export type TimeLimits = Record<Urgency, number>;
export const defaultTimeLimits: TimeLimits = { 特急: 0, 加急: 3, 普通: 7 };

export function handlingDueAt(assignedAt: number, urgency: Urgency, limits: TimeLimits = defaultTimeLimits): number {
  return endOfChinaDay(addWorkingDays(isoDateInChina(assignedAt), limits[urgency]));
}
