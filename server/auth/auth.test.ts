import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../app';
import { PASSWORD, TestServer } from '../testing/api-harness';

describe('auth', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await TestServer.start();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('logs in with the right password and refuses a wrong one without saying which part was wrong', async () => {
    await t.person('zhangsan', '张三');
    expect((await t.call('login', { body: { username: 'zhangsan', password: PASSWORD } })).status).toBe(200);
    const wrong = await t.call('login', { body: { username: 'zhangsan', password: 'nope' } });
    const unknown = await t.call('login', { body: { username: 'nobody', password: 'nope' } });
    expect(wrong).toEqual({ status: 401, body: { error: { code: 'unauthenticated', message: '用户名或密码错误' } } });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('locks a username after 5 consecutive failures, says for how long, and unlocks after the lockout', async () => {
    await t.person('zhangsan', '张三');
    const attempt = (password: string) => t.call('login', { body: { username: 'zhangsan', password } });
    for (let i = 0; i < 4; i++) expect((await attempt('wrong')).status).toBe(401);
    const fifth = await attempt('wrong');
    expect(fifth.status).toBe(423);
    expect(fifth.body.error.message).toContain('15 分钟');
    const whileLocked = await attempt(PASSWORD);
    expect(whileLocked.status).toBe(423);
    t.clock.advance(10 * 60_000);
    expect((await attempt(PASSWORD)).body.error.message).toContain('5 分钟');
    t.clock.advance(5 * 60_000 + 1);
    expect((await attempt(PASSWORD)).status).toBe(200);
  });

  it('a success resets the failure count', async () => {
    await t.person('zhangsan', '张三');
    const attempt = (password: string) => t.call('login', { body: { username: 'zhangsan', password } });
    for (let i = 0; i < 4; i++) await attempt('wrong');
    expect((await attempt(PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await attempt('wrong')).status).toBe(401);
  });

  it('expires a session left idle, and any request keeps it alive', async () => {
    const { token } = await t.person('zhangsan', '张三');
    t.clock.advance(25 * 60_000);
    expect((await t.call('me', {}, token)).status).toBe(200);
    t.clock.advance(25 * 60_000);
    expect((await t.call('me', {}, token)).status).toBe(200);
    t.clock.advance(30 * 60_000 + 1);
    const expired = await t.call('me', {}, token);
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('unauthenticated');
  });

  it('ends a session at its maximum age however busy it is', async () => {
    await t.stop();
    t = await TestServer.start({ config: { sessionIdleMs: 30 * 60_000, sessionMaxMs: 60 * 60_000 } });
    const { token } = await t.person('zhangsan', '张三');
    for (let i = 0; i < 2; i++) {
      t.clock.advance(25 * 60_000);
      expect((await t.call('me', {}, token)).status).toBe(200);
    }
    t.clock.advance(11 * 60_000);
    expect((await t.call('me', {}, token)).status).toBe(401);
  });

  it('accepts the events token in an Authorization header too, and refuses a socket without one', async () => {
    const { token } = await t.person('zhangsan', '张三');
    const url = `${t.server.url.replace('http', 'ws')}/events`;
    const outcome = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const ws = new WebSocket(url, { headers });
        ws.once('open', () => (ws.close(), resolve(101)));
        ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.once('error', reject);
      });
    expect(await outcome({ authorization: `Bearer ${token}` })).toBe(101);
    expect(await outcome({})).toBe(401);
  });

  it('the events heartbeat keeps a session alive', async () => {
    const { token } = await t.person('zhangsan', '张三');
    const events = await t.events(token);
    for (let i = 0; i < 3; i++) {
      t.clock.advance(20 * 60_000);
      events.ws.send(JSON.stringify({ type: 'ping' }));
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await t.call('me', {}, token)).status).toBe(200);
    events.close();
  });

  it('ends a session at logout', async () => {
    const { token } = await t.person('zhangsan', '张三');
    expect((await t.call('logout', {}, token)).body).toEqual({ ok: true });
    expect((await t.call('me', {}, token)).status).toBe(401);
  });

  it('changing the password ends the other sessions but keeps this one', async () => {
    const { token } = await t.person('zhangsan', '张三');
    const other = await t.login('zhangsan');
    const otherEvents = await t.events(other);
    const changed = await t.call('changePassword', { body: { oldPassword: PASSWORD, newPassword: 'New-Passw0rd' } }, token);
    expect(changed.status).toBe(200);
    expect(await otherEvents.next((e) => e.type === 'sessionEnded')).toMatchObject({ type: 'sessionEnded' });
    expect((await t.call('me', {}, token)).status).toBe(200);
    expect((await t.call('me', {}, other)).status).toBe(401);
    expect((await t.call('login', { body: { username: 'zhangsan', password: 'New-Passw0rd' } })).status).toBe(200);
  });

  it('disabling a person ends their sessions at once, tells their sockets, and stops them logging in', async () => {
    const { person, token } = await t.person('zhangsan', '张三');
    const events = await t.events(token);
    await t.command(t.admin.token, 'person.update', { id: person.id, disabled: true });
    expect(await events.next((e) => e.type === 'sessionEnded')).toEqual({ type: 'sessionEnded', reason: '账号已被停用' });
    expect(await events.closed).toBe(4001);
    expect((await t.call('me', {}, token)).status).toBe(401);
    const login = await t.call('login', { body: { username: 'zhangsan', password: PASSWORD } });
    expect(login.status).toBe(403);
    expect(login.body.error.message).toContain('停用');
  });

  it('accepts the setup code once only, and not at all once someone exists', async () => {
    const again = await t.call('bootstrap', { body: { setupCode: t.server.setupCode!, username: 'second', name: '第二', password: PASSWORD } });
    expect(again.status).toBe(409);
    await t.server.close();
    await t.boot();
    expect(t.server.setupCode).toBeNull();
  });

  it('bootstrap passwords must meet the password rule', async () => {
    const weak = await t.call('bootstrap', { body: { setupCode: 'X', username: 'root', name: '根', password: 'short' } });
    expect(weak.status).toBe(400);
    expect(weak.body.error.issues[0].path).toBe('password');
  });

  it('refuses a wrong setup code, keeps the right one usable, and audits both without the codes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'xt-boot-'));
    const server = await startServer({ dataDir, log: false });
    try {
      const attempt = (setupCode: string) =>
        fetch(`${server.url}/api/v1/auth/bootstrap`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ setupCode, username: 'root', name: '管理员', password: PASSWORD }),
        });
      expect((await attempt('0000-0000-0000')).status).toBe(403);
      expect((await attempt(server.setupCode!)).status).toBe(200);
      expect((await attempt(server.setupCode!)).status).toBe(409);
      const rows = server.db.prepare("SELECT action, detail FROM audit_log WHERE action LIKE 'auth.bootstrap%' ORDER BY seq").all() as { action: string; detail: string }[];
      expect(rows.map((r) => [r.action, JSON.parse(r.detail).reason ?? null])).toEqual([
        ['auth.bootstrapRefused', 'wrongSetupCode'],
        ['auth.bootstrap', null],
        ['auth.bootstrapRefused', 'alreadyInitialized'],
      ]);
      expect(JSON.stringify(rows)).not.toContain('0000-0000-0000');
      expect(JSON.stringify(rows)).not.toContain(server.setupCode!);
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('non-admins cannot reach admin routes or run admin commands', async () => {
    const { token } = await t.person('zhangsan', '张三');
    expect((await t.call('listAppTokens', {}, token)).status).toBe(403);
    const create = await t.tryCommand(token, 'org.create', { id: crypto.randomUUID(), parentId: null, name: '新单位', kind: 'unit' });
    expect(create.status).toBe(403);
    expect((await t.call('listAppTokens', {}, t.admin.token)).status).toBe(200);
  });
});
