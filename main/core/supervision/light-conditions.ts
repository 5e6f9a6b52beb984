import type { Light } from '../../../shared/supervision/kinds';

/**
 * Each light as SQL over `supervision_items s` for the day @today, from the schedule stored with
 * the row (light-schedule.ts): the same answer itemLight gives for that day.
 */
export const lightCondition: Record<Light, string> = {
  red: '(s.grey = 0 AND s.red_from <= @today)',
  yellow: '(s.grey = 0 AND s.red_from > @today AND s.yellow_from <= @today)',
  green: '(s.grey = 0 AND s.red_from > @today AND s.yellow_from > @today)',
  grey: '(s.grey = 1)',
};

export const lightColumn = "CASE WHEN s.grey = 1 THEN 'grey' WHEN s.red_from <= @today THEN 'red' WHEN s.yellow_from <= @today THEN 'yellow' ELSE 'green' END";

/** The most urgent first: red, yellow, green, then the closed ones. */
export const lightRank = 'CASE WHEN s.grey = 1 THEN 3 WHEN s.red_from <= @today THEN 0 WHEN s.yellow_from <= @today THEN 1 ELSE 2 END';
