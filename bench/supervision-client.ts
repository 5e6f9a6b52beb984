/**
 * 督查督办 in the client: 100,000 items across 200 units applied to a local store through the
 * core's appliers, then filtered list pages (status, light, unit, source, search, in random
 * combinations) and the dashboard aggregation, as the screens ask for them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SupervisionListQuery, type DashboardQuery } from '../shared/supervision/api-types';
import { lights, supervisionSources, supervisionStatuses } from '../shared/supervision/kinds';
import { dashboardStats } from '../shared/supervision/stats';
import { openLocalDb, type LocalDb } from '../main/core/store/open-local-db';
import { dashboardItems } from '../main/core/supervision/supervision-dashboard';
import { refreshActionable } from '../main/core/supervision/my-actions';
import { listPage } from '../main/core/supervision/supervision-list';
import { corpus, seededRandom, TODAY } from '../main/core/supervision/test-items';
import { applyChange, type ApplyEffects } from '../main/core/sync/appliers';
import { round, summarize } from './stats';

const searchTerms = ['老旧小区', '防汛', '营商环境', '12345', '督〔2026〕1', '噪音扰民', '养老', '供暖保障', '秸秆'];

/** Applies the corpus and lets go of it: a gigabyte of records kept alive would slow every later figure with garbage collection. */
function fill(db: LocalDb, total: number, units: number) {
  const { items, unitIds, ownerUnitId, supervisorId } = corpus(total, units);
  const effects = (): ApplyEffects => ({ areas: new Set(), newMessages: [] });
  const started = performance.now();
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) applyChange(db, { entity: 'supervisionItem', op: 'put', data: items[i]! }, effects());
  });
  for (let from = 0; from < total; from += 5_000) batch(from, Math.min(total, from + 5_000));
  return { unitIds, ownerUnitId, supervisorId, applySeconds: (performance.now() - started) / 1000 };
}

export async function benchSupervisionClient(total = 100_000, units = 200): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'xt-bench-supervision-'));
  const db = openLocalDb(join(dir, 'local.db'));
  try {
    const { unitIds, ownerUnitId, supervisorId, applySeconds } = fill(db, total, units);

    // What a 督查员's first list of a new day costs: every item's "mine" flag is set again.
    const refreshStarted = performance.now();
    await refreshActionable(db, { personId: supervisorId, supervisedUnitIds: [ownerUnitId], unitIds: [ownerUnitId], leaderUnitIds: [] }, TODAY);
    const refreshSeconds = (performance.now() - refreshStarted) / 1000;

    const rand = seededRandom(11);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
    const randomQuery = (): SupervisionListQuery => ({
      ...(rand() < 0.4 && { status: pick(supervisionStatuses) }),
      ...(rand() < 0.4 && { light: pick(lights) }),
      ...(rand() < 0.4 && { unitId: pick(unitIds) }),
      ...(rand() < 0.3 && { source: pick(supervisionSources) }),
      ...(rand() < 0.25 && { q: pick(searchTerms) }),
      ...(rand() < 0.15 && { mine: true }),
      sort: pick(['light', 'deadline', 'updated'] as const),
      offset: rand() < 0.2 ? 50 : 0,
    });
    const listTimes: number[] = [];
    for (let i = 0; i < 300; i++) {
      const query = SupervisionListQuery.parse(randomQuery());
      const started = performance.now();
      listPage(db, query, TODAY);
      listTimes.push(performance.now() - started);
    }
    // The dashboard's two halves, timed apart: reading the items' digests, and dashboardStats over them.
    const loadTimes: number[] = [];
    const statsTimes: number[] = [];
    const dashboardTimes: number[] = [];
    const everything: DashboardQuery = {};
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const loaded = dashboardItems(db, everything);
      const aggregating = performance.now();
      dashboardStats(loaded, TODAY, everything);
      const done = performance.now();
      loadTimes.push(aggregating - started);
      statsTimes.push(done - aggregating);
      dashboardTimes.push(done - started);
    }
    const list = summarize(listTimes);
    const dashboard = summarize(dashboardTimes);
    return {
      items: total,
      units,
      applySeconds: round(applySeconds, 1),
      mineRefreshSeconds: round(refreshSeconds, 1),
      listP50Ms: round(list.p50), listP95Ms: round(list.p95), listMaxMs: round(list.max),
      dashboardP50Ms: round(dashboard.p50), dashboardP95Ms: round(dashboard.p95),
      dashboardLoadP50Ms: round(summarize(loadTimes).p50), dashboardStatsP50Ms: round(summarize(statsTimes).p50),
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
