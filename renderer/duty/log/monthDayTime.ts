import { isoDateInChina } from '../../../shared/documents/dates';
import { clock, shortDate } from '../common/dates';

/** 11月23日 18:59 in China time, as shifts and deadlines are set, on any machine. */
export function monthDayTime(ts: number): string {
  return `${shortDate(isoDateInChina(ts))} ${clock(ts)}`;
}
