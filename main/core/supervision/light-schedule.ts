import { itemLight } from '../../../shared/supervision/lights';
import type { Light } from '../../../shared/supervision/kinds';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { chinaDayOf, dayOfIso, isoOfDay } from '../../../shared/supervision/working-day-index';

/** A date later than any a list is asked about: "not before then". */
export const NEVER = '9999-12-31';

/**
 * When an item's light changes, as stored with its row so SQL can classify it by today's date.
 * A closed item is grey whatever the date; an open one is green, then yellow from `yellowFrom`,
 * then red from `redFrom`.
 */
export interface LightSchedule {
  grey: boolean;
  yellowFrom: string;
  redFrom: string;
}

const severity: Record<Exclude<Light, 'grey'>, number> = { green: 0, yellow: 1, red: 2 };
/** Far enough either side of an item's own dates that no light rule reaches past it. */
const MARGIN_DAYS = 400;

/**
 * Reads the schedule off itemLight itself, so there is one rule for the light: for a given state
 * of an item the light only ever grows more severe as days pass (a deadline comes closer, a report
 * falls further behind), so the first yellow and the first red day are found by bisection.
 */
export function lightSchedule(item: SupervisionItem): LightSchedule {
  const lightOn = (day: number) => itemLight(item, isoOfDay(day));
  const last = dayOfIso(item.milestones.reduce((latest, m) => (m.due > latest ? m.due : latest), item.deadline)) + MARGIN_DAYS;
  const first = Math.min(chinaDayOf(item.createdAt), dayOfIso(item.deadline)) - MARGIN_DAYS;
  if (lightOn(last) === 'grey') return { grey: true, yellowFrom: NEVER, redFrom: NEVER };
  const firstDayAtLeast = (level: number): string => {
    const reaches = (day: number) => severity[lightOn(day) as Exclude<Light, 'grey'>] >= level;
    if (!reaches(last)) return NEVER;
    let [lo, hi] = [first, last];
    if (reaches(lo)) return isoOfDay(lo);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (reaches(mid)) hi = mid;
      else lo = mid;
    }
    return isoOfDay(hi);
  };
  return { grey: false, yellowFrom: firstDayAtLeast(severity.yellow), redFrom: firstDayAtLeast(severity.red) };
}
