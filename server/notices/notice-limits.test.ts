import { afterEach, describe, expect, it } from 'vitest';
import type { Conversation, Message } from '../../shared/messages/schemas';
import type { ServerConfig } from '../config';
import { TestServer } from '../testing/api-harness';
import { SlidingWindowLimiter } from './notice-rate-limit';

describe('工作通知 sender limits', () => {
  let t: TestServer;
  afterEach(async () => {
    await t.stop();
  });

  const start = async (config: Partial<ServerConfig> = {}) => {
    t = await TestServer.start({ config });
  };

  async function appToken(name: string): Promise<string> {
    const created = await t.call('createAppToken', { body: { name } }, t.admin.token);
    expect(created.status).toBe(200);
    return created.body.token as string;
  }

  /** The raw response, for its headers. */
  const push = (token: string, body: unknown) =>
    fetch(`${t.server.url}/api/v1/notices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });

  async function noticesOf(token: string): Promise<Message[]> {
    const conversations = (await t.call('listConversations', {}, token)).body.conversations as Conversation[];
    const notice = conversations.find((c) => c.kind === 'notice')!;
    return (await t.call('listMessages', { params: { id: notice.id } }, token)).body.messages;
  }

  let counter = 0;
  const notice = (userIds: string[], title = '督办提醒', text = '请于周五前反馈') => ({ clientId: `dc-2026-${String(++counter).padStart(4, '0')}`, to: { userIds }, title, text });

  it('refuses an app token past its per-minute limit with 429, a Chinese message and Retry-After, then lets it go on', async () => {
    await start({ noticeRatePerMinute: 3 });
    const { person } = await t.person('zhangsan', '张三');
    const token = await appToken('督查督办系统');
    const other = await appToken('值班值守系统');
    for (let i = 0; i < 3; i++) {
      expect((await push(token, notice([person.id], `提醒${i}`))).status).toBe(200);
      t.clock.advance(10_000);
    }
    const refused = await push(token, notice([person.id], '提醒3'));
    expect(refused.status).toBe(429);
    // The first of the three leaves the window 60 s after it was sent: 30 s from now.
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(await refused.json()).toEqual({
      error: { code: 'rate_limited', message: '「督查督办系统」推送工作通知过于频繁：每个应用每分钟最多 3 条，请 30 秒后再试' },
    });
    // Another app token has its own allowance.
    expect((await push(other, notice([person.id], '值班提醒'))).status).toBe(200);
    t.clock.advance(5_000);
    expect((await push(token, notice([person.id], '提醒4'))).headers.get('retry-after')).toBe('25');
    t.clock.advance(25_000);
    expect((await push(token, notice([person.id], '提醒5'))).status).toBe(200);

    // A refused push delivered nothing; the run of refusals is recorded in the audit log once.
    const titles = (await noticesOf((await t.person('lisi', '李四')).token)).length;
    expect(titles).toBe(0);
    const person1 = await t.login('zhangsan');
    expect((await noticesOf(person1)).map((m) => m.notice!.title).sort()).toEqual(['值班提醒', '提醒0', '提醒1', '提醒2', '提醒5']);
    const audited = t.server.db.prepare("SELECT client, detail FROM audit_log WHERE action = 'notice.rateLimited'").all() as { client: string; detail: string }[];
    expect(audited).toHaveLength(1);
    expect(audited[0]!.client).toBe('app:督查督办系统');
    expect(JSON.parse(audited[0]!.detail)).toMatchObject({ perMinute: 3, retryAfterSeconds: 30 });
  });

  it('delivers the same source, title and text to the same person once per window, counting the rest as duplicates', async () => {
    await start();
    const a = await t.person('zhangsan', '张三');
    const b = await t.person('lisi', '李四');
    const c = await t.person('wangwu', '王五');
    const token = await appToken('督查督办系统');
    const other = await appToken('公文交换系统');
    const body = async (res: Response) => (await res.json()) as unknown;

    expect(await body(await push(token, notice([a.person.id, b.person.id])))).toEqual({ delivered: 2, duplicate: false, duplicates: 0 });
    t.clock.advance(60 * 60_000);
    // New clientId, same content: only the person who has not had it yet gets it.
    expect(await body(await push(token, notice([a.person.id, b.person.id, c.person.id])))).toEqual({ delivered: 1, duplicate: false, duplicates: 2 });
    // Different text, or a different source, is different content.
    expect(await body(await push(token, notice([a.person.id], '督办提醒', '请于周一前反馈')))).toEqual({ delivered: 1, duplicate: false, duplicates: 0 });
    expect(await body(await push(other, notice([a.person.id])))).toEqual({ delivered: 1, duplicate: false, duplicates: 0 });
    // In-process modules are held to the same rule.
    expect(await t.server.notices.push({ ...notice([a.person.id]), source: '督查督办系统' })).toEqual({ delivered: 0, duplicate: false, duplicates: 1 });
    // A retry of a clientId still answers with the first result.
    const retried = notice([a.person.id]);
    await push(token, retried);
    expect(await body(await push(token, retried))).toEqual({ delivered: 0, duplicate: true, duplicates: 1 });

    // 24 hours after the first delivery to a, it may be sent again; c got it an hour later, so not yet.
    t.clock.advance(23 * 60 * 60_000);
    expect(await body(await push(token, notice([a.person.id, c.person.id])))).toEqual({ delivered: 1, duplicate: false, duplicates: 1 });

    const texts = async (token: string) => (await noticesOf(token)).map((m) => `${m.notice!.source}/${m.text}`);
    // Fresh log-ins: a day has passed.
    expect(await texts(await t.login('zhangsan'))).toEqual([
      '督查督办系统/请于周五前反馈',
      '督查督办系统/请于周一前反馈',
      '公文交换系统/请于周五前反馈',
      '督查督办系统/请于周五前反馈',
    ]);
    expect(await texts(await t.login('lisi'))).toEqual(['督查督办系统/请于周五前反馈']);
    expect(await texts(await t.login('wangwu'))).toEqual(['督查督办系统/请于周五前反馈']);
  });

  it('can turn the duplicate window off', async () => {
    await start({ noticeDuplicateWindowMs: 0 });
    const a = await t.person('zhangsan', '张三');
    const token = await appToken('督查督办系统');
    for (let i = 0; i < 2; i++) expect(await (await push(token, notice([a.person.id]))).json()).toEqual({ delivered: 1, duplicate: false, duplicates: 0 });
  });
});

describe('SlidingWindowLimiter', () => {
  it('allows exactly `limit` in any window and says when the next one fits', async () => {
    const limiter = new SlidingWindowLimiter(2, 60_000);
    expect(await limiter.take('k', 0)).toEqual({ allowed: true });
    expect(await limiter.take('k', 59_000)).toEqual({ allowed: true });
    expect(await limiter.take('k', 59_500)).toEqual({ allowed: false, retryAfterMs: 500 });
    expect(await limiter.take('other', 59_500)).toEqual({ allowed: true });
    expect(await limiter.take('k', 60_000)).toEqual({ allowed: true });
    expect(await limiter.take('k', 60_001)).toEqual({ allowed: false, retryAfterMs: 58_999 });
  });
});
