import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestServer } from '../testing/api-harness';
import { dutyFixture, type DutyFixture } from './test-fixture';

let server: TestServer;
let f: DutyFixture;

const options = { log: process.env.DEBUG_SERVER === '1', config: { noticeDuplicateWindowMs: 0 } };
const minute = 60_000;

beforeEach(async () => {
  server = await TestServer.start(options);
  f = await dutyFixture(server);
});
afterEach(async () => {
  await server.stop();
});

const escalationsTo = async (who: DutyFixture['leaderA']) => (await f.pull(who)).notices.filter((n) => n.title.includes('超时'));

describe('突发事件 countdowns', () => {
  it('escalates an overdue phone report, then an overdue written one, to the 带班领导 on duty, each once across passes and a restart', async () => {
    await f.publishedRoster();
    const incident = await f.createIncident(f.manager, f.emergency.id);
    expect(incident.toUnitId).toBe(f.office.id);
    expect(incident.writtenDueAt - incident.phoneDueAt).toBe(30 * minute);

    server.clock.advance(29 * minute);
    expect(await server.server.dutyScheduler.scan()).toBe(0);
    server.clock.advance(2 * minute);
    expect(await server.server.dutyScheduler.scan()).toBe(1);
    expect(await server.server.dutyScheduler.scan()).toBe(0);
    expect((await escalationsTo(f.leaderA)).map((n) => n.title)).toEqual(['突发事件电话报告超时']);

    server.clock.advance(30 * minute);
    expect(await server.server.dutyScheduler.scan()).toBe(1);
    await server.server.close();
    await server.boot(options);
    expect(await server.server.dutyScheduler.scan()).toBe(0);

    const notices = await escalationsTo(f.leaderA);
    expect(notices.map((n) => n.title)).toEqual(['突发事件电话报告超时', '突发事件书面报告超时']);
    expect(notices[0]!.text).toContain('滨城区某化工厂火灾');
    // Today (23rd) is leader A's shift: B, and the 值班员 themselves, hear nothing.
    expect(await escalationsTo(f.leaderB)).toEqual([]);
    const [stored] = (await f.pull(f.manager)).incidents;
    expect(stored!.escalations.map((e) => [e.kind, e.toIds])).toEqual([
      ['phone', [f.leaderA.person.id]],
      ['written', [f.leaderA.person.id]],
    ]);
  });

  it('does not escalate reports made in time, and falls back to the unit’s leaders when nobody is on the roster', async () => {
    const onTime = await f.createIncident(f.manager, f.emergency.id);
    server.clock.advance(10 * minute);
    const phoned = await server.tryCommand(f.manager.token, 'incident.act', { incidentId: onTime.id, action: { kind: 'phoneReported', at: server.clock.now() } });
    expect(phoned.status).toBe(200);
    server.clock.advance(10 * minute);
    expect((await f.report(f.manager, onTime, 'first')).status).toBe(200);
    const late = await f.createIncident(f.manager, f.emergency.id);

    server.clock.advance(2 * 60 * minute);
    expect(await server.server.dutyScheduler.scan()).toBe(2);
    const { incidents } = await f.pull(f.manager);
    expect(incidents.find((i) => i.id === onTime.id)!.escalations).toEqual([]);
    // No roster in force: both leaders of the 市应急局 are told about the late one.
    expect(incidents.find((i) => i.id === late.id)!.escalations.map((e) => [...e.toIds].sort())).toEqual([
      [f.leaderA.person.id, f.leaderB.person.id].sort(),
      [f.leaderA.person.id, f.leaderB.person.id].sort(),
    ]);
  });
});

describe('突发事件 reports', () => {
  it('reaches the office above only with its first report, numbers 续报, closes at 终报, and is 签收 once per report', async () => {
    const incident = await f.createIncident(f.manager, f.emergency.id);
    expect((await f.pull(f.cityOfficer)).incidents).toEqual([]);
    expect((await f.report(f.manager, incident, 'followUp')).status).toBe(400);

    expect((await f.report(f.manager, incident, 'first')).status).toBe(200);
    expect((await f.report(f.manager, incident, 'first')).status).toBe(409);
    const office = await f.pull(f.cityOfficer);
    expect(office.incidents.map((i) => i.id)).toEqual([incident.id]);
    expect((await f.noticesOf(f.cityOfficer, 1)).map((n) => n.text)).toEqual(['市应急局 报送突发事件首报：滨城区某化工厂火灾']);
    expect((await f.pull(f.unrelatedOfficer)).incidents).toEqual([]);

    await f.report(f.manager, incident, 'followUp');
    const second = (await f.report(f.manager, incident, 'followUp')).body.output;
    expect(second.reports.map((r: { kind: string; number: number }) => [r.kind, r.number])).toEqual([
      ['first', 0],
      ['followUp', 1],
      ['followUp', 2],
    ]);
    expect(second.facts.injuries).toBe(2);

    const firstId = second.reports[0].id;
    const receive = () => server.tryCommand(f.cityOfficer.token, 'incident.act', { incidentId: incident.id, action: { kind: 'receive', reportId: firstId } });
    const byReporter = await server.tryCommand(f.manager.token, 'incident.act', { incidentId: incident.id, action: { kind: 'receive', reportId: firstId } });
    expect(byReporter.status).toBe(403);
    expect((await receive()).status).toBe(200);
    const again = await receive();
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('冯文静');

    const final = await f.report(f.manager, incident, 'final');
    expect(final.body.output.status).toBe('closed');
    expect((await f.report(f.manager, incident, 'followUp')).status).toBe(409);
    // Nobody outside the unit may report for it.
    expect((await f.report(f.countyOfficer, incident, 'followUp')).status).toBe(404);
  });

  it('refuses 接报 without an office above, in the future, more than 7 days back, or by someone not on duty there', async () => {
    const refused = await server.tryCommand(f.cityOfficer.token, 'incident.create', {
      id: crypto.randomUUID(),
      unitId: f.office.id,
      receivedAt: server.clock.now(),
      facts: { title: '测试', category: '其他' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('没有上级值班机构');
    await expect(f.createIncident(f.manager, f.emergency.id, server.clock.now() + 2 * minute)).rejects.toThrow('不能晚于');
    await expect(f.createIncident(f.manager, f.emergency.id, server.clock.now() - 8 * 24 * 60 * minute)).rejects.toThrow('7 天');
    await expect(f.createIncident(f.outsiderInUnit, f.emergency.id)).rejects.toThrow('403');
  });
});
