import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoDateInChina } from '../../shared/documents/dates';
import { newId } from '../../shared/ids';
import { dueReminders } from '../../shared/supervision/reminders';
import { TestServer } from '../testing/api-harness';
import { reminderNoticeKey } from './reminder-scheduler';
import { supervisionFixture, type SupervisionFixture } from './test-fixture';

let server: TestServer;
let f: SupervisionFixture;

// Without the 24-hour rule against repeating a 工作通知, so only the scheduler keeps a reminder from going out twice.
const options = { log: process.env.DEBUG_SERVER === '1', config: { noticeDuplicateWindowMs: 0 } };

beforeEach(async () => {
  server = await TestServer.start(options);
  f = await supervisionFixture(server);
});
afterEach(async () => {
  await server.stop();
});

const day = 24 * 3600_000;
const isReminder = (title: string) => /临近|已过|超期/.test(title);

describe('automatic 催办', () => {
  it('sends each reminder once on its day, to the 责任人 and after the overdue days to the units’ leaders, across restarts and a crash after sending', async () => {
    // Today is Monday 2026-11-23. 节点 due Friday 11-27, deadline Friday 12-04.
    const item = await f.signed(await f.create({ deadline: '2026-12-04', milestones: [{ id: newId(), title: '梳理证明事项清单', due: '2026-11-27' }] }));
    const milestone = `${item.number} 节点"梳理证明事项清单"`;
    const deadline = `${item.number} 办理期限`;
    const sentOn = new Map<string, number>();
    const passDay = async () => {
      const sent = await server.server.supervisionReminders.scan();
      if (sent > 0) sentOn.set(isoDateInChina(server.clock.now()), sent);
    };

    for (let d = 0; d < 7; d++) {
      await passDay();
      await passDay();
      server.clock.advance(day);
    }
    // Monday 11-30: a restart sends nothing again.
    await server.server.close();
    await server.boot(options);
    await passDay();

    // Down over Tuesday 12-01; back on Wednesday, what fell due while it was down goes out.
    server.clock.advance(2 * day);
    await server.server.close();
    await server.boot(options);
    await passDay();

    // Thursday 12-03: the notice went out but the server died before recording it; the pass
    // after the restart must not send it a second time.
    server.clock.advance(day);
    const [owed] = dueReminders(item, '2026-12-03').filter((r) => r.dueDate === '2026-12-03');
    expect(owed!.key).toBe('deadline:2026-12-04:before:1');
    await server.server.notices.push({
      clientId: reminderNoticeKey(item.id, owed!.key),
      source: '督查督办',
      to: { userIds: [f.dataOwner.person.id, f.financeOwner.person.id], orgIds: [], conversationIds: [] },
      title: owed!.title,
      text: owed!.text,
      link: null,
    });
    for (let d = 0; d < 7; d++) {
      await passDay();
      server.clock.advance(day);
    }

    expect(Object.fromEntries(sentOn)).toEqual({
      '2026-11-24': 1, // 节点 before:3
      '2026-11-26': 1, // 节点 before:1
      '2026-11-30': 1, // 节点 overdue
      '2026-12-02': 2, // 节点 escalate and deadline before:3, both due on 12-01 while the server was down
      '2026-12-03': 1, // deadline before:1 (its notice already out before the crash)
      '2026-12-07': 1, // deadline overdue
      '2026-12-08': 1, // deadline escalate
    });
    for (const owner of [f.dataOwner, f.financeOwner]) {
      expect((await f.pull(owner)).notices.map((n) => n.title).filter(isReminder)).toEqual([
        `${milestone}临近`,
        `${milestone}临近`,
        `${milestone}已过`,
        `${deadline}临近`,
        `${deadline}临近`,
        `${deadline}已过`,
      ]);
    }
    for (const leader of [f.dataLeader, f.financeLeader]) {
      expect((await f.pull(leader)).notices.map((n) => n.title).filter(isReminder)).toEqual([`${milestone}超期`, `${deadline}超期`]);
    }
    const [seen] = (await f.pull(f.supervisor)).items;
    expect(seen!.log.filter((e) => e.text.startsWith('系统自动催办')).map((e) => isoDateInChina(e.at))).toEqual([
      '2026-11-24', '2026-11-26', '2026-11-30', '2026-12-02', '2026-12-02', '2026-12-03', '2026-12-07', '2026-12-08',
    ]);
  });

  it('follows a deadline moved by an approved 延期, and stops once the 办结申请 is in', async () => {
    let item = await f.signed(await f.create({ deadline: '2026-11-26', milestones: [] }));
    item = await f.act(f.dataOwner, item, { kind: 'requestExtension', unitId: f.dataBureau.id, newDeadline: '2026-12-10', milestoneId: null, reason: '需与省平台联调' });
    item = await f.act(f.supervisor, item, { kind: 'decideExtension', extensionId: item.extensions[0]!.id, approve: true, opinion: '' });
    item = await f.act(f.financeOwner, item, { kind: 'completePart', unitId: f.finance.id });
    const sentOn: string[] = [];
    const passDays = async (count: number) => {
      for (let d = 0; d < count; d++) {
        if ((await server.server.supervisionReminders.scan()) > 0) sentOn.push(isoDateInChina(server.clock.now()));
        server.clock.advance(day);
      }
    };
    // 11-23 … 12-07: nothing for the old 11-26; the new 12-10 (a Thursday) is 3 working days off on Monday 12-07.
    await passDays(15);
    expect(sentOn).toEqual(['2026-12-07']);
    // Tuesday 12-08: the 办结申请 is in, so neither 12-09 (before:1) nor 12-11 (overdue) sends anything.
    const owner = { ...f.dataOwner, token: await server.login(f.dataOwner.person.username) };
    item = await f.act(owner, item, { kind: 'requestClosure', report: '已完成。', fileIds: [] });
    await passDays(10);
    expect(sentOn).toEqual(['2026-12-07']);
    expect((await f.pull(f.dataOwner)).notices.map((n) => n.title).filter(isReminder)).toEqual([`${item.number} 办理期限临近`]);
  });
});
