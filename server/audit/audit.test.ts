/* eslint-disable @typescript-eslint/no-explicit-any -- audit details are read loosely */
import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditPage, type AuditEntry } from '../../shared/audit/schemas';
import { newId } from '../../shared/ids';
import type { Conversation } from '../../shared/messages/schemas';
import { PASSWORD, TestServer } from '../testing/api-harness';
import { waitFor } from '../yjs/test-clients';

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('audit log (留痕) of security-relevant actions', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await TestServer.start();
  });
  afterEach(async () => {
    await t.stop();
  });

  /** Every entry, read the way an auditor reads them: through the admin route, page by page. */
  async function auditLog(pageSize = 500): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    for (let after = 0; ; ) {
      const reply = await t.call('auditLog', { query: { after, limit: pageSize } }, t.admin.token);
      expect(reply.status).toBe(200);
      const page = AuditPage.parse(reply.body);
      expect(page.chain).toEqual({ intact: true, brokenAt: null });
      entries.push(...page.entries);
      if (!page.hasMore) return entries;
      after = page.cursor;
    }
  }

  const actions = async (action: string) => (await auditLog()).filter((e) => e.action === action);

  const upload = (token: string, data: Buffer, name = '会议纪要.pdf') =>
    t.raw('PUT', `/api/v1/files/${sha(data)}`, data, token, { 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent(name) });

  it('records log-in, password change, log-out and app tokens, with the client and never a secret', async () => {
    const { person, token } = await t.person('zhangsan', '张三');
    const other = await t.login('zhangsan');
    expect((await t.call('changePassword', { body: { oldPassword: PASSWORD, newPassword: 'New-Passw0rd' } }, token)).status).toBe(200);
    expect((await t.call('logout', {}, token)).status).toBe(200);
    const created = await t.call('createAppToken', { body: { name: '督查督办系统' } }, t.admin.token);
    await t.call('revokeAppToken', { params: { id: created.body.id } }, t.admin.token);

    const log = await auditLog();
    const bootstrap = log.find((e) => e.action === 'auth.bootstrap')!;
    expect(bootstrap).toMatchObject({ actorId: t.admin.user.id, detail: { username: 'admin' } });
    const logins = log.filter((e) => e.action === 'auth.login' && e.actorId === person.id);
    expect(logins).toHaveLength(2);
    expect(log.find((e) => e.action === 'auth.changePassword')).toMatchObject({ actorId: person.id, target: person.id });
    const ended = log.filter((e) => e.action === 'session.ended');
    // The password change ended the other session; the log-out ended this one. Each names the log-in it ends.
    expect(ended.map((e) => (e.detail as any).reason)).toEqual(['passwordChanged', 'logout']);
    expect(new Set(ended.map((e) => (e.detail as any).session))).toEqual(new Set(logins.map((e) => (e.detail as any).session)));
    expect(log.find((e) => e.action === 'auth.logout')).toMatchObject({ actorId: person.id });
    expect(log.find((e) => e.action === 'appToken.create')).toMatchObject({ actorId: t.admin.user.id, target: created.body.id, detail: { name: '督查督办系统' } });
    expect(log.find((e) => e.action === 'appToken.revoke')).toMatchObject({ target: created.body.id, detail: { alreadyRevoked: false } });
    // From which client: the test's fetch reports its address and user agent.
    for (const entry of log.filter((e) => e.actorId !== null)) expect(entry.client).toMatch(/^(127\.0\.0\.1|::ffff:127\.0\.0\.1) /);

    const text = JSON.stringify(log);
    for (const secret of [PASSWORD, 'New-Passw0rd', token, other, t.admin.token, created.body.token, t.server.setupCode!]) {
      expect(text).not.toContain(secret);
    }
  });

  it('records failed log-ins, including while locked and for disabled accounts, without the password tried', async () => {
    const { person } = await t.person('zhangsan', '张三');
    for (let i = 0; i < 5; i++) await t.call('login', { body: { username: 'zhangsan', password: 'Wrong-pass1' } });
    expect((await t.call('login', { body: { username: 'zhangsan', password: PASSWORD } })).status).toBe(423);
    await t.call('login', { body: { username: 'nobody', password: 'Wrong-pass1' } });
    t.clock.advance(16 * 60_000);
    await t.command(t.admin.token, 'person.update', { id: person.id, disabled: true });
    expect((await t.call('login', { body: { username: 'zhangsan', password: PASSWORD } })).status).toBe(403);
    const failed = await actions('auth.loginFailed');
    expect(failed.map((e) => (e.detail as any).reason)).toEqual([...Array(5).fill('wrongPassword'), 'locked', 'unknownUser', 'disabled']);
    expect(failed[0]).toMatchObject({ actorId: person.id, target: 'zhangsan' });
    expect(JSON.stringify(failed)).not.toContain('Wrong-pass1');
  });

  it('records uploads in the transaction that stores them, and refused downloads', async () => {
    const owner = await t.person('zhangsan', '张三');
    const stranger = await t.person('lisi', '李四');
    const data = randomBytes(2048);
    expect((await upload(owner.token, data)).status).toBe(200);
    // A body that does not match its hash stores nothing, and leaves no upload entry either.
    const wrong = await t.raw('PUT', `/api/v1/files/${sha(randomBytes(8))}`, data, owner.token, { 'x-file-name': 'x.bin' });
    expect(wrong.status).toBe(400);
    expect((await t.call('downloadFile', { params: { sha256: sha(data) } }, owner.token)).status).toBe(200);
    expect((await t.call('downloadFile', { params: { sha256: sha(data) } }, stranger.token)).status).toBe(404);
    // A file that does not exist is simply not found: no access was refused.
    expect((await t.call('downloadFile', { params: { sha256: sha(randomBytes(4)) } }, stranger.token)).status).toBe(404);

    const uploads = await actions('file.upload');
    expect(uploads).toEqual([
      expect.objectContaining({
        actorId: owner.person.id,
        target: sha(data),
        detail: { name: '会议纪要.pdf', size: 2048, mime: 'application/pdf', newContent: true },
      }),
    ]);
    const uploadRows = t.server.db.prepare('SELECT count(*) AS n FROM file_uploads').get() as { n: number };
    expect(uploadRows.n).toBe(uploads.length);
    expect(await actions('file.downloadRefused')).toEqual([
      expect.objectContaining({ actorId: stranger.person.id, target: sha(data), detail: { reason: 'noAccess' } }),
    ]);
  });

  it('records a session that expires when its token is next used, and one nobody uses again', async () => {
    await t.stop();
    t = await TestServer.start({ config: { sessionSweepMs: 20 } });
    const used = await t.person('zhangsan', '张三');
    const idle = await t.person('lisi', '李四');
    t.clock.advance(31 * 60_000);
    expect((await t.call('me', {}, used.token)).status).toBe(401);
    await waitFor(async () => (await sessionEntries()).length === 2);
    const expired = await sessionEntries();
    expect(expired.map((e) => e.actorId).sort()).toEqual([used.person.id, idle.person.id].sort());
    for (const entry of expired) expect(entry.detail).toMatchObject({ reason: 'idle' });
    // Removed, so nothing is recorded twice.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await sessionEntries()).toHaveLength(2);
    expect(t.server.db.prepare('SELECT user_id FROM sessions').all().map((r: any) => r.user_id)).not.toContain(used.person.id);

    async function sessionEntries(): Promise<AuditEntry[]> {
      // The admin's own session expired too: read the table directly.
      return t.server.db
        .prepare("SELECT * FROM audit_log WHERE action = 'session.expired' AND actor_id != ?")
        .all(t.admin.user.id)
        .map((row: any) => ({ ...row, actorId: row.actor_id, detail: JSON.parse(row.detail) }));
    }
  });

  it('records the sessions ended by disabling a person or resetting their password', async () => {
    const a = await t.person('zhangsan', '张三');
    await t.login('zhangsan');
    const b = await t.person('lisi', '李四');
    await t.command(t.admin.token, 'person.update', { id: a.person.id, disabled: true });
    await t.command(t.admin.token, 'person.resetPassword', { id: b.person.id, password: 'Reset-Passw0rd' });
    const ended = await actions('session.ended');
    expect(ended.filter((e) => e.target === a.person.id).map((e) => (e.detail as any).reason)).toEqual(['disabled', 'disabled']);
    expect(ended.filter((e) => e.target === b.person.id).map((e) => (e.detail as any).reason)).toEqual(['passwordReset']);
    for (const entry of ended) expect(entry.actorId).toBe(t.admin.user.id);
    const reset = (await actions('person.resetPassword'))[0]!;
    expect(JSON.stringify(reset)).not.toContain('Reset-Passw0rd');
  });

  it('records refusals: admin routes, forbidden commands, classified content, revoked and unknown app tokens', async () => {
    const { person, token } = await t.person('zhangsan', '张三');
    expect((await t.call('listAppTokens', {}, token)).status).toBe(403);
    expect((await t.call('auditLog', {}, token)).status).toBe(403);
    expect((await t.tryCommand(token, 'org.create', { id: newId(), parentId: null, name: '新单位', kind: 'unit' })).status).toBe(403);
    const colleague = await t.person('lisi', '李四');
    const chat = await t.command<Conversation>(token, 'conversation.create', {
      clientId: newId(),
      kind: 'group',
      memberIds: [person.id, colleague.person.id],
      title: '工作群',
    });
    const classified = await t.call('sendMessage', { params: { id: chat.id }, body: { clientId: 'm-0001-abcd', text: '机密★1年 内容' } }, token);
    expect(classified.status).toBe(422);
    const created = await t.call('createAppToken', { body: { name: '督查督办系统' } }, t.admin.token);
    await t.call('revokeAppToken', { params: { id: created.body.id } }, t.admin.token);
    const notice = { clientId: 'dc-2026-0001', to: { userIds: [person.id] }, title: '督办提醒' };
    expect((await t.call('pushNotice', { body: notice }, created.body.token)).status).toBe(401);
    expect((await t.call('pushNotice', { body: notice }, 'xta_made-up')).status).toBe(401);

    const denied = await actions('access.denied');
    expect(denied.map((e) => [e.actorId, (e.detail as any).route, (e.detail as any).command ?? null])).toEqual([
      [person.id, 'listAppTokens', null],
      [person.id, 'auditLog', null],
      [person.id, 'command', 'org.create'],
    ]);
    expect(denied[0]).toMatchObject({ target: '/api/v1/admin/app-tokens', detail: { message: '需要系统管理员权限' } });
    expect(await actions('content.refused')).toEqual([expect.objectContaining({ actorId: person.id, detail: expect.objectContaining({ route: 'sendMessage' }) })]);
    const refused = await actions('appToken.refused');
    expect(refused.map((e) => [e.target, (e.detail as any).reason])).toEqual([
      [created.body.id, 'revoked'],
      [null, 'unknown'],
    ]);
    expect(refused[0]!.client).toMatch(/^app:督查督办系统 /);
    expect(JSON.stringify(refused)).not.toContain(created.body.token);
  });

  it('lets administrators page through the log, records each reading, and shows when the chain is broken', async () => {
    for (let i = 0; i < 3; i++) await t.person(`user${i}`, `用户${i}`);
    const first = AuditPage.parse((await t.call('auditLog', { query: { limit: 2 } }, t.admin.token)).body);
    expect(first.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(first).toMatchObject({ cursor: 2, hasMore: true, chain: { intact: true, brokenAt: null } });
    expect(first.entries[1]!.prevHash).toBe(first.entries[0]!.hash);
    const all = await auditLog();
    const reads = all.filter((e) => e.action === 'audit.read');
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads[0]).toMatchObject({ actorId: t.admin.user.id, detail: { after: 0, limit: 2 } });

    // Someone with the database file edits an entry (the append-only triggers have to go first).
    const victim = all.find((e) => e.action === 'auth.login')!;
    t.server.db.exec('DROP TRIGGER audit_log_no_update');
    t.server.db.prepare("UPDATE audit_log SET client = 'elsewhere' WHERE seq = ?").run(victim.seq);
    const page = AuditPage.parse((await t.call('auditLog', { query: { after: victim.seq - 1, limit: 1 } }, t.admin.token)).body);
    expect(page.chain).toEqual({ intact: false, brokenAt: victim.seq });
    expect(page.entries[0]!.client).toBe('elsewhere');
  });
});
