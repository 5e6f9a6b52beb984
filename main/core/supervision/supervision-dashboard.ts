import type { z } from 'zod';
import type { DashboardQuery, DashboardStats } from '../../../shared/supervision/api-types';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { dashboardStats } from '../../../shared/supervision/stats';
import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';
import { decodeDigest } from './dashboard-digest';

const DAY_MS = 86_400_000;

/**
 * The items the statistics are computed over: every item this machine holds (the server sends
 * each person what they may see), read from their digests. The query's filters narrow the rows
 * read; dashboardStats applies them exactly (the created range here is a day wider each side,
 * whatever the time zone).
 */
export function dashboardItems(db: LocalDb, query: z.output<typeof DashboardQuery>): SupervisionItem[] {
  const rows = prepared(
    db,
    `SELECT g.digest FROM supervision_items s JOIN supervision_digests g ON g.item_rowid = s.rowid
     WHERE (@source IS NULL OR s.source = @source) AND (@leader IS NULL OR s.instructing_leader_id = @leader)
       AND (@from IS NULL OR s.created_at >= @from) AND (@to IS NULL OR s.created_at < @to)`,
  )
    .pluck()
    .all({
      source: query.source ?? null,
      leader: query.instructingLeaderId ?? null,
      from: query.from ? Date.parse(`${query.from}T00:00:00Z`) - DAY_MS : null,
      to: query.to ? Date.parse(`${query.to}T00:00:00Z`) + 2 * DAY_MS : null,
    }) as string[];
  return rows.map(decodeDigest);
}

export function supervisionDashboard(db: LocalDb, query: z.output<typeof DashboardQuery>, todayIso: string): DashboardStats {
  return dashboardStats(dashboardItems(db, query), todayIso, query);
}
