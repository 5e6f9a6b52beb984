import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRoster } from '../../shared/duty/check-roster';
import type { DutyRoster, DutySetup, RosterCall } from '../../shared/duty/records';
import { ChangesPage } from '../../shared/sync/changes';
import { startServer, type RunningServer } from '../app';
import { generateDemoOrganization } from '../demo/organization';
import { ManualClock } from '../testing/api-harness';

describe('值班 demo', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'xt-demo-duty-'));
  const clock = new ManualClock();
  const demo = generateDemoOrganization();
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ dataDir, demo: true, log: false, clock });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const seenBy = async (username: string) => {
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: demo.demoPassword }),
    }).then((r) => r.json() as Promise<{ token: string }>);
    const records = new Map<string, { entity: string; data: { id: string } }>();
    for (let cursor = 0, more = true; more; ) {
      const reply = await fetch(`${server.url}/api/v1/sync/changes?after=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${login.token}` } });
      const page = ChangesPage.parse(await reply.json());
      for (const change of page.changes) {
        if (change.op === 'put' && 'id' in change.data) records.set(`${change.entity}:${change.data.id}`, { entity: change.entity, data: change.data });
      }
      [cursor, more] = [page.cursor, page.hasMore];
    }
    const of = <T>(entity: string) => [...records.values()].filter((r) => r.entity === entity).map((r) => r.data as T);
    return { setups: of<DutySetup>('dutySetup'), rosters: of<DutyRoster>('dutyRoster'), calls: of<RosterCall>('rosterCall'), log: of<{ id: string }>('dutyLogEntry') };
  };

  it('shows the city 总值班室 every unit’s published month roster, without broken rules, and its 元旦 call', async () => {
    const city = await seenBy('fengwenjing');
    expect(city.setups).toHaveLength(4);
    expect(city.rosters).toHaveLength(4);
    for (const roster of city.rosters) {
      const setup = city.setups.find((s) => s.unitId === roster.unitId)!;
      expect(roster.status).toBe('published');
      const broken = checkRoster(roster, { ...setup, from: roster.from, to: roster.to }).filter((p) => p.kind !== 'unfilled');
      expect(broken).toEqual([]);
    }
    expect(city.calls.map((c) => [c.title, c.from, c.to, c.dailyReportBy])).toEqual([['关于报送2027年元旦假期值班安排的通知', '2027-01-01', '2027-01-03', '15:00']]);
  });

  it('gives the 市应急局 its own setup, roster, call and 值班日志, with 魏洁 among its 值班员', async () => {
    const emergency = await seenBy('weijie');
    const weijie = demo.people.find((p) => p.username === 'weijie')!;
    expect(emergency.setups).toHaveLength(1);
    expect(emergency.setups[0]!.shifts).toEqual({ kind: 'dayNight', dayStart: '08:00', nightStart: '18:00' });
    expect(emergency.setups[0]!.pools.some((pool) => pool.personIds.includes(weijie.id))).toBe(true);
    expect(emergency.rosters).toHaveLength(1);
    expect(emergency.calls).toHaveLength(1);
    expect(emergency.log).toHaveLength(3);
  });
});
