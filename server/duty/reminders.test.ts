import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { TestServer } from '../testing/api-harness';
import { dutyFixture, type DutyFixture } from './test-fixture';

let server: TestServer;
let f: DutyFixture;

// Without the 24-hour rule against repeating a 工作通知, so only the scheduler keeps a reminder from going out twice.
const options = { log: process.env.DEBUG_SERVER === '1', config: { noticeDuplicateWindowMs: 0 } };
const hour = 3_600_000;

beforeEach(async () => {
  server = await TestServer.start(options);
  f = await dutyFixture(server);
  await f.publishedRoster();
});
afterEach(async () => {
  await server.stop();
});

const scan = () => server.server.dutyScheduler.scan();

describe('duty reminders', () => {
  it('reminds each person the afternoon before and as the shift starts, once each, and sends nothing stale after downtime', async () => {
    // Monday 23rd 09:00: the shift that began at 08:00 is an hour old, too late for its reminder.
    expect(await scan()).toBe(0);
    server.clock.advance(7 * hour); // 16:00: the eve of the 24th (leader B and 郭颖).
    expect(await scan()).toBe(2);
    expect(await scan()).toBe(0);
    server.clock.advance(16 * hour); // Tuesday 08:00: their shift starts.
    expect(await scan()).toBe(2);
    expect(await scan()).toBe(0);
    // Down from then until Thursday 10:00: the 25th's and 26th's reminders are past their use.
    server.clock.advance(50 * hour);
    expect(await scan()).toBe(0);

    const guoying = await f.noticesOf(f.staff[0]!, 2);
    expect(guoying.map((n) => n.title)).toEqual(['明日值班提醒', '值班开始提醒']);
    expect(guoying[0]!.text).toBe('您2026年11月24日全天在「值班员」岗位值班（2026年11月24日 08:00起），请按时到岗。');
    expect((await f.noticesOf(f.leaderB, 2)).map((n) => n.title)).toEqual(['明日值班提醒', '值班开始提醒']);
    expect((await f.pull(f.leaderA)).notices).toEqual([]);
    expect((await f.pull(f.staff[1]!)).notices).toEqual([]);
  });

  it('reminds the people on duty of a unit that has not filed its 日报告 an hour before it is due, once', async () => {
    await server.command(f.cityOfficer.token, 'duty.createCall', {
      id: newId(),
      ownerUnitId: f.office.id,
      title: '关于报送感恩节周值班安排的通知',
      from: '2026-11-23',
      to: '2026-11-25',
      deadline: Date.parse('2026-11-22T18:00:00+08:00'),
      unitIds: [f.emergency.id],
      dailyReportBy: '15:00',
    });
    await scan();
    server.clock.advance(5 * hour); // 14:00
    expect(await scan()).toBe(1);
    expect(await scan()).toBe(0);
    const daily = (await f.noticesOf(f.leaderA, 2)).filter((n) => n.title === '日报告提醒');
    expect(daily.map((n) => n.text)).toEqual(['关于报送感恩节周值班安排的通知：今日（2026年11月23日）的日报告（无事报平安）请于 15:00 前报送市政府办公室。']);

    // Filed early on the 24th: no reminder that day.
    server.clock.advance(20 * hour); // 24th 10:00
    const token = await server.login(f.manager.person.username);
    await server.command(token, 'duty.submitDailyReport', { id: newId(), unitId: f.emergency.id, callId: null, date: '2026-11-24', kind: 'zero' });
    await expect(server.command(token, 'duty.submitDailyReport', { id: newId(), unitId: f.emergency.id, date: '2026-11-24', kind: 'zero' })).rejects.toThrow('今日已报送');
    await scan();
    server.clock.advance(4 * hour); // 14:00
    expect(await scan()).toBe(0);
  });
});
