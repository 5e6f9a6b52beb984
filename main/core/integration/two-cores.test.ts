import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../shared/desktop-api';
import { startServer, type RunningServer } from '../../../server/app';
import { generateDemoOrganization } from '../../../server/demo/organization';
import { Core, createCore } from '../core';
import { FileSecretStore } from '../file-secret-store';
import { tempDir, waitFor } from '../test-support/fixtures';

/** Two desktop cores, two people, one real server: what a user on each PC would see. */

const nonEmpty = <T>(list: T[]) => (list.length > 0 ? list : undefined);

const demo = generateDemoOrganization();
const [alice, bob] = demo.people.filter((p) => !p.roles.includes('sysadmin') && !p.roles.includes('unit_admin'));

function openCore(dir: string, serverUrl: string): Promise<Core> {
  return createCore({ dataDir: dir, serverUrl, secrets: new FileSecretStore(path.join(dir, 'secrets.json')) });
}

describe('two desktop cores against a real server', () => {
  const serverDir = tempDir('xietong-server-');
  const dirA = tempDir();
  const dirB = tempDir();
  let server: RunningServer;
  let a: Core;
  let b: Core;
  const eventsB: CoreEvent[] = [];
  let conversationId = '';

  beforeAll(async () => {
    server = await startServer({ dataDir: serverDir, port: 0, demo: true, log: false });
    a = await openCore(dirA, server.url);
    b = await openCore(dirB, server.url);
    b.onEvent((event) => eventsB.push(event));
    await a.handlers.session.login({ username: alice!.username, password: demo.demoPassword });
    await b.handlers.session.login({ username: bob!.username, password: demo.demoPassword });
    for (const [core, other] of [[a, bob!], [b, alice!]] as const) {
      await waitFor(async () => (await core.handlers.directory.people({ ids: [other.id] })).length === 1, 'directory sync');
    }
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.close();
  });

  it('shows who is online from the events socket', async () => {
    await waitFor(async () => (await a.handlers.chat.presence({})).online.includes(bob!.id), 'A sees B online');
  });

  it('delivers a message, counts it unread, notifies, finds it by two characters, and shows the read receipt', async () => {
    const conversation = await a.handlers.chat.create({ kind: 'direct', memberIds: [bob!.id], title: '' });
    conversationId = conversation.id;
    const sent = await a.handlers.chat.send({ conversationId, text: '今天值班值守安排已发布，请查收', mentions: [] });
    expect(sent.status).toBe('pending');
    await waitFor(async () => (await a.handlers.chat.messages({ conversationId, limit: 50 })).messages[0]?.status === 'sent', 'A sees it sent');

    const summary = await waitFor(async () => (await b.handlers.chat.conversations({})).find((c) => c.id === conversationId && c.unread === 1), 'B receives it');
    expect(summary.title).toBe(alice!.name);
    expect(eventsB).toContainEqual(expect.objectContaining({ type: 'notify', conversationId, body: '今天值班值守安排已发布，请查收' }));
    expect(eventsB).toContainEqual(expect.objectContaining({ type: 'status', unreadTotal: 1 }));

    const hits = await b.handlers.chat.search({ q: '值班', limit: 10 });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ conversationTitle: alice!.name, senderName: alice!.name });
    expect(await b.handlers.chat.search({ q: '值班值守', limit: 10 })).toHaveLength(1);

    await b.handlers.chat.markRead({ conversationId });
    expect((await b.handlers.chat.conversation({ id: conversationId })).unread).toBe(0);
    const [read] = await waitFor(
      async () => nonEmpty((await a.handlers.chat.messages({ conversationId, limit: 50 })).messages.filter((m) => m.readCount === 1)),
      'A sees the read receipt',
    );
    expect(read).toMatchObject({ readCount: 1, unreadCount: 0 });
    const readers = await a.handlers.chat.readers({ messageId: read!.id });
    expect(readers.read.map((p) => p.id)).toEqual([bob!.id]);
  });

  it('recalls a message everywhere and drops it from search', async () => {
    const [message] = (await a.handlers.chat.messages({ conversationId, limit: 50 })).messages;
    await a.handlers.chat.recall({ messageId: message!.id });
    await waitFor(async () => (await b.handlers.chat.messages({ conversationId, limit: 50 })).messages[0]?.recalledAt, 'B sees the recall');
    expect(await b.handlers.chat.search({ q: '值班', limit: 10 })).toEqual([]);
  });

  it('sends a file through the outbox and lets the other side open it', async () => {
    const bytes = Buffer.from('值班表 第一周'.repeat(1000));
    const sent = await a.handlers.chat.sendFile({ conversationId, name: '值班表.txt', mime: 'text/plain', dataBase64: bytes.toString('base64') });
    expect(sent).toMatchObject({ status: 'pending', kind: 'file', file: { name: '值班表.txt', size: bytes.length } });
    const [received] = await waitFor(
      async () => nonEmpty((await b.handlers.chat.messages({ conversationId, limit: 50 })).messages.filter((m) => m.file?.name === '值班表.txt')),
      'B receives the file',
    );
    const data = await b.handlers.chat.fileData({ fileId: received!.file!.id });
    expect(Buffer.from(data.dataBase64, 'base64').equals(bytes)).toBe(true);
    expect((await b.handlers.chat.search({ q: '值班表', limit: 10 })).map((h) => h.message.id)).toEqual([received!.id]);
  });

  it('refuses a file over the size limit before queueing it', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1).toString('base64');
    await expect(a.handlers.chat.sendFile({ conversationId, name: 'big.bin', mime: '', dataBase64: big })).rejects.toMatchObject({ code: 'too_large' });
    expect(await a.handlers.outbox.list({})).toEqual([]);
  });

  it('signs out locally when the server ends the session, keeping the local data', async () => {
    const dir = tempDir();
    const second = await openCore(dir, server.url);
    await second.handlers.session.login({ username: bob!.username, password: demo.demoPassword });
    await waitFor(async () => (await second.handlers.session.state({})).online, 'second seat online');
    await b.handlers.session.changePassword({ oldPassword: demo.demoPassword, newPassword: 'Changed#2026' });
    const state = await waitFor(async () => {
      const s = await second.handlers.session.state({});
      return s.user === null ? s : undefined;
    }, 'the other seat is signed out');
    expect(state.endedReason).toBeTruthy();
    await expect(second.handlers.chat.conversations({})).rejects.toMatchObject({ code: 'unauthenticated' });
    await second.close();
    expect((await b.handlers.session.state({})).user?.id).toBe(bob!.id);
  });

  it('keeps two accounts on one PC apart: each has its own database', async () => {
    const carol = demo.people.filter((p) => !p.roles.includes('sysadmin') && !p.roles.includes('unit_admin'))[2]!;
    const dir = tempDir();
    const shared = await openCore(dir, server.url);
    await shared.handlers.session.login({ username: alice!.username, password: demo.demoPassword });
    await waitFor(async () => (await shared.handlers.chat.conversations({})).some((c) => c.id === conversationId), 'alice history synced');
    await shared.handlers.session.logout({});
    expect((await shared.handlers.session.state({})).user).toBeNull();
    await shared.handlers.session.login({ username: carol.username, password: demo.demoPassword });
    await waitFor(async () => (await shared.handlers.directory.people({ ids: [alice!.id] })).length === 1, 'carol directory synced');
    expect((await shared.handlers.chat.conversations({})).some((c) => c.id === conversationId)).toBe(false);
    expect(await shared.handlers.chat.search({ q: '值班', limit: 10 })).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'users')).sort()).toEqual([alice!.id, carol.id].sort());
    await shared.close();
  });

  it('refuses an admin command from a non-admin with the server reason and leaves nothing queued', async () => {
    const attempt = a.handlers.admin.createPerson({
      username: 'intruder.test', name: '测试', phone: '', email: '', roles: [], initialPassword: 'Passw0rd!x',
      posts: [{ orgId: demo.orgs[0]!.id, title: '科员', sort: 1 }],
    });
    await expect(attempt).rejects.toMatchObject({ code: 'forbidden' });
    expect(await a.handlers.outbox.list({})).toEqual([]);
  });

  it('shows a message the server refuses on reconnect as rejected, with the reason, and keeps its text', async () => {
    const carol = demo.people.filter((p) => !p.roles.includes('sysadmin') && !p.roles.includes('unit_admin'))[3]!;
    const dir = tempDir();
    // Only this client's network is cut; the real server decides everything.
    let cableCut = false;
    const switchedFetch = ((...args: Parameters<typeof fetch>) =>
      cableCut ? Promise.reject(new TypeError('fetch failed')) : fetch(...args)) as typeof fetch;
    const c = await createCore({ dataDir: dir, serverUrl: server.url, secrets: new FileSecretStore(path.join(dir, 'secrets.json')), fetch: switchedFetch });
    await c.handlers.session.login({ username: carol.username, password: demo.demoPassword });
    const group = await b.handlers.chat.create({ kind: 'group', memberIds: [carol.id, alice!.id], title: '专项工作组' });
    await waitFor(async () => (await c.handlers.chat.conversations({})).some((x) => x.id === group.id), 'carol sees the group');

    cableCut = true;
    const text = '断网时写给专项工作组的消息';
    expect((await c.handlers.chat.send({ conversationId: group.id, text, mentions: [] })).status).toBe('pending');
    await b.handlers.chat.removeMember({ conversationId: group.id, userId: carol.id });
    cableCut = false;

    const entry = await waitFor(async () => (await c.handlers.outbox.list({})).find((e) => e.status === 'rejected'), 'the refusal reaches carol', 40_000);
    expect(entry.type).toBe('message.send');
    expect(entry.reason).toMatch(/成员/);
    expect(entry.summary).toContain(text);
    const onB = await b.handlers.chat.messages({ conversationId: group.id, limit: 50 });
    expect(onB.messages.some((m) => m.text === text)).toBe(false);
    await c.close();
  }, 60_000);

  it('keeps a message sent offline across a core restart and delivers it exactly once when the server returns', async () => {
    const port = server.port;
    await server.close();
    const offline = await a.handlers.chat.send({ conversationId, text: '离线时发送的消息', mentions: [] });
    expect(offline.status).toBe('pending');
    await a.close();

    a = await openCore(dirA, `http://127.0.0.1:${port}`);
    expect((await a.handlers.session.state({})).user?.id).toBe(alice!.id);
    const beforeRestart = (await a.handlers.chat.messages({ conversationId, limit: 50 })).messages;
    expect(beforeRestart.filter((m) => m.text === '离线时发送的消息').map((m) => m.status)).toEqual(['pending']);
    expect((await a.handlers.outbox.list({})).map((e) => e.type)).toEqual(['message.send']);

    server = await startServer({ dataDir: serverDir, port, demo: true, log: false });
    await waitFor(async () => (await a.handlers.outbox.list({})).length === 0, 'the outbox drains', 40_000);
    const onA = (await a.handlers.chat.messages({ conversationId, limit: 50 })).messages.filter((m) => m.text === '离线时发送的消息');
    expect(onA.map((m) => m.status)).toEqual(['sent']);
    const onB = await waitFor(
      async () => nonEmpty((await b.handlers.chat.messages({ conversationId, limit: 50 })).messages.filter((m) => m.text === '离线时发送的消息')),
      'B receives it',
      40_000,
    );
    expect(onB).toHaveLength(1);
  }, 90_000);
});
