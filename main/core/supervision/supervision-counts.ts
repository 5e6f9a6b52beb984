import type { SupervisionCounts } from '../../../shared/supervision/api-types';
import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';
import { lightCondition } from './light-conditions';

/** The navigation badges: what waits on me, red and yellow items, and all still open. */
export function supervisionCounts(db: LocalDb, todayIso: string): SupervisionCounts {
  return prepared(
    db,
    `SELECT COALESCE(SUM(s.actionable), 0) AS mine, COALESCE(SUM(${lightCondition.red}), 0) AS red, COALESCE(SUM(${lightCondition.yellow}), 0) AS yellow,
       COALESCE(SUM(s.status NOT IN ('closed', 'archived')), 0) AS open
     FROM supervision_items s`,
  ).get({ today: todayIso }) as SupervisionCounts;
}
