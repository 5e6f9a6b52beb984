import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDateInChina } from '../../shared/documents/dates';
import { supervisionSources, supervisionStatuses } from '../../shared/supervision/kinds';
import { itemLight } from '../../shared/supervision/lights';
import { dueReminders } from '../../shared/supervision/reminders';
import type { SupervisionItem } from '../../shared/supervision/records';
import { dashboardStats } from '../../shared/supervision/stats';
import { ChangesPage } from '../../shared/sync/changes';
import { startServer, type RunningServer } from '../app';
import { generateDemoOrganization } from '../demo/organization';
import { ManualClock } from '../testing/api-harness';
import { reminderLogEntry } from './reminder-scheduler';

describe('督查督办 demo items', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'xt-demo-supervision-'));
  const clock = new ManualClock();
  const today = isoDateInChina(clock.now());
  const demo = generateDemoOrganization();
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ dataDir, demo: true, log: false, clock });
    await server.supervisionReminders.scan(); // the pass at start
  });
  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const itemsSeenBy = async (username: string): Promise<SupervisionItem[]> => {
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: demo.demoPassword }),
    }).then((r) => r.json() as Promise<{ token: string }>);
    const items = new Map<string, SupervisionItem>();
    for (let cursor = 0, more = true; more; ) {
      const reply = await fetch(`${server.url}/api/v1/sync/changes?after=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${login.token}` } });
      const page = ChangesPage.parse(await reply.json());
      for (const change of page.changes) if (change.entity === 'supervisionItem' && change.op === 'put') items.set(change.data.id, change.data);
      ({ cursor, hasMore: more } = page);
    }
    return [...items.values()];
  };

  it('gives the 督查室 a year of items from every source, in every status and light, numbered in the order they were registered', async () => {
    const items = await itemsSeenBy('shanxiaoguang');
    expect(items).toHaveLength(40);
    const byAge = [...items].sort((a, b) => a.createdAt - b.createdAt);
    expect(byAge.map((i) => i.number)).toEqual(byAge.map((_, n) => `督〔2026〕${n + 1}号`));
    expect(new Set(items.map((i) => i.source))).toEqual(new Set(supervisionSources));
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(supervisionStatuses));
    const lights = items.map((i) => itemLight(i, today));
    for (const light of ['red', 'yellow', 'green', 'grey'] as const) expect(lights.filter((l) => l === light).length, light).toBeGreaterThanOrEqual(3);
    expect(items.some((i) => i.extensions.some((e) => e.status === 'approved') && i.deadline !== i.originalDeadline)).toBe(true);
    expect(items.filter((i) => i.evaluation !== null).length).toBeGreaterThanOrEqual(10);

    const stats = dashboardStats(items, today, {});
    expect(stats.trend.filter((month) => month.created > 0).length).toBeGreaterThanOrEqual(8);
    expect(stats.onTimeRate).toBeGreaterThan(0.5);
    expect(stats.onTimeRate).toBeLessThan(1);
  });

  it('shows a unit its own items and a leader the items he instructed', async () => {
    const all = await itemsSeenBy('shanxiaoguang');
    const bureau = demo.orgs.find((o) => o.name === '市大数据局')!;
    const staff = demo.people.find((p) => p.posts.some((post) => demo.orgs.find((o) => o.id === post.orgId)?.parentId === bureau.id) && p.roles.length === 0)!;
    const own = all.filter((i) => i.units.some((u) => u.unitId === bureau.id)).map((i) => i.id).sort();
    expect(own.length).toBeGreaterThan(0);
    expect((await itemsSeenBy(staff.username)).map((i) => i.id).sort()).toEqual(own);

    const instructed = all.find((i) => i.instructingLeaderId !== null)!;
    const leader = demo.people.find((p) => p.id === instructed.instructingLeaderId)!;
    expect((await itemsSeenBy(leader.username)).map((i) => i.id)).toContain(instructed.id);
  });

  it('has every automatic 催办 due by today in its item’s log once, on its day: past ones from the seed, today’s from the first pass', async () => {
    const items = await itemsSeenBy('shanxiaoguang');
    let reminders = 0;
    for (const item of items) {
      const lines = item.log.filter((e) => e.text.startsWith('系统自动催办')).map((e) => `${isoDateInChina(e.at)} ${e.text}`);
      const expected = dueReminders(item, today).map((r) => `${r.dueDate} ${reminderLogEntry(r, 0).text}`);
      expect(lines.sort(), item.title).toEqual(expected.sort());
      reminders += expected.length;
    }
    expect(reminders).toBeGreaterThan(10);
    expect(server.supervisionReminders.owed(today)).toEqual([]);
  });
});
