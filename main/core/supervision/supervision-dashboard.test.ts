import { describe, expect, it } from 'vitest';
import type { DashboardQuery } from '../../../shared/supervision/api-types';
import { dashboardStats } from '../../../shared/supervision/stats';
import { applyChange } from '../sync/appliers';
import { tempDb } from '../test-support/fixtures';
import { supervisionDashboard } from './supervision-dashboard';
import { corpus, TODAY } from './test-items';

describe('supervision dashboard', () => {
  const { items, leaderIds } = corpus(800, 20);
  const db = tempDb();
  db.transaction(() => items.forEach((data) => applyChange(db, { entity: 'supervisionItem', op: 'put', data }, { areas: new Set(), newMessages: [] })))();

  it('reads the same statistics from the stored digests as from the whole records, for any slice and day', () => {
    const queries: DashboardQuery[] = [
      {},
      { source: '领导批示' },
      { instructingLeaderId: leaderIds[1] },
      { from: '2026-03-01', to: '2026-06-30' },
      { from: '2026-01-01', to: '2026-01-01', source: '群众诉求' },
    ];
    for (const today of [TODAY, '2026-10-08', '2027-02-15']) {
      for (const query of queries) {
        const stats = supervisionDashboard(db, query, today);
        expect(stats, `${JSON.stringify(query)} on ${today}`).toEqual(dashboardStats(items, today, query));
        if (Object.keys(query).length === 0) expect(stats.total).toBe(items.length);
      }
    }
  });
});
