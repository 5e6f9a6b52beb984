/**
 * 今日值班 across a city: 2,000 units (the city government, its office and 39 bureaus, then 10
 * counties with their offices and bureaus), each with a setup, 8 people and a published month
 * roster, stored in a real SQLite file by the core's own store code. Timed as api.duty.now runs it,
 * working out the signed-in 总值班室 officer's scope first. Target: < 200 ms.
 */
import path from 'node:path';
import { putOrg, putPerson } from '../main/core/directory/directory-rows';
import { putDutyRecord } from '../main/core/duty/duty-rows';
import { dutyScope } from '../main/core/duty/duty-scope';
import { onDutyNow } from '../main/core/duty/on-duty-now';
import { dutyPerson, dutySetup, dutyTestId, rotationRoster, unitOrg } from '../main/core/duty/test-duty';
import { openLocalDb } from '../main/core/store/open-local-db';
import { tempDir } from '../main/core/test-support/fixtures';
import type { Org } from '../shared/directory/schemas';
import { round, summarize } from './stats';

const UNITS = 2000;
const COUNTIES = 10;
const PEOPLE_PER_UNIT = 8;
const RUNS = 20;

function cityOrgs(): Org[] {
  const orgs: Org[] = [];
  let n = 0;
  const add = (name: string, parentId: string | null) => {
    const org = unitOrg(++n, name, parentId);
    orgs.push(org);
    return org;
  };
  const city = add('滨州市人民政府', null);
  add('滨州市人民政府办公室', city.id);
  for (let i = 1; i <= 39; i++) add(`滨州市第${i}局`, city.id);
  const perCounty = Math.floor((UNITS - orgs.length) / COUNTIES);
  for (let c = 1; c <= COUNTIES; c++) {
    const county = add(`第${c}县人民政府`, city.id);
    add(`第${c}县人民政府办公室`, county.id);
    const last = c === COUNTIES ? UNITS - orgs.length : perCounty - 2;
    for (let i = 1; i <= last; i++) add(`第${c}县第${i}局`, county.id);
  }
  return orgs;
}

export async function benchDutyNow(): Promise<Record<string, unknown>> {
  const db = openLocalDb(path.join(tempDir('xietong-bench-duty-'), 'local.db'));
  const orgs = cityOrgs();
  const officer = dutyPerson(1_000_000, '总值班员', orgs[1]!.id, { roles: ['duty_officer'] });
  const built = performance.now();
  db.transaction(() => {
    putPerson(db, officer);
    orgs.forEach((org, u) => {
      putOrg(db, org);
      const people = Array.from({ length: PEOPLE_PER_UNIT }, (_, i) => dutyPerson(u * PEOPLE_PER_UNIT + i + 1, `人员${u}-${i}`, org.id));
      people.forEach((person) => putPerson(db, person));
      const ids = people.map((p) => p.id);
      const shifts = u % 3 === 0 ? ({ kind: 'dayNight', dayStart: '08:00', nightStart: '18:00' } as const) : ({ kind: '24h', dayStart: '08:30' } as const);
      const setup = dutySetup(org.id, ids.slice(0, 2), ids.slice(2), shifts);
      putDutyRecord(db, 'dutySetup', setup);
      putDutyRecord(db, 'dutyRoster', rotationRoster(dutyTestId('roster', u + 1), setup, '2026-05-01', '2026-05-31'));
    });
  })();
  const buildMs = performance.now() - built;
  const slots = (db.prepare('SELECT count(*) AS n FROM duty_slots').get() as { n: number }).n;

  const at = Date.parse('2026-05-06T20:00:00+08:00');
  const times: number[] = [];
  let covered = 0;
  let listed = 0;
  for (let run = 0; run <= RUNS; run++) {
    const start = performance.now();
    const { units } = onDutyNow(db, dutyScope(db, officer), at);
    const elapsed = performance.now() - start;
    // The first run compiles the statements and warms the page cache, as the app's first call does.
    if (run > 0) times.push(elapsed);
    covered = units.filter((unit) => unit.shift !== null).length;
    listed = units.length;
  }
  const stats = summarize(times);
  db.close();
  return {
    units: orgs.length,
    // The city government itself reports to nobody: the office's officer oversees the other 1,999.
    unitsInScope: listed,
    unitsOnDuty: covered,
    publishedSlots: slots,
    buildSeconds: round(buildMs / 1000, 1),
    runs: RUNS,
    medianMs: round(stats.p50),
    p95Ms: round(stats.p95),
    maxMs: round(stats.max),
    targetMs: 200,
  };
}
