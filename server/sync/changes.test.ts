import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Conversation } from '../../shared/messages/schemas';
import { ChangesPage, type Change } from '../../shared/sync/changes';
import { newId } from '../../shared/ids';
import { TestServer } from '../testing/api-harness';

describe('change log and pull', () => {
  let t: TestServer;
  let a: { person: { id: string }; token: string };
  let b: { person: { id: string }; token: string };
  let outsider: { person: { id: string }; token: string };

  beforeEach(async () => {
    t = await TestServer.start();
    a = await t.person('zhangsan', '张三');
    b = await t.person('lisi', '李四');
    outsider = await t.person('wangwu', '王五');
  });
  afterEach(async () => {
    await t.stop();
  });

  const createGroup = async (token: string, memberIds: string[]) =>
    (await t.call<Conversation>('createConversation', { body: { clientId: newId(), kind: 'group', memberIds } }, token)).body;
  const send = (token: string, conversationId: string, text: string) =>
    t.call('sendMessage', { params: { id: conversationId }, body: { clientId: newId(), text } }, token);

  async function pullAll(token: string, after = 0, limit = 1000): Promise<{ changes: Change[]; cursor: number }> {
    const changes: Change[] = [];
    let cursor = after;
    for (;;) {
      const page = await t.call('changes', { query: { after: cursor, limit } }, token);
      expect(page.status).toBe(200);
      const parsed = ChangesPage.parse(page.body);
      changes.push(...parsed.changes);
      cursor = parsed.cursor;
      if (!parsed.hasMore) return { changes, cursor };
    }
  }

  it('pages with after=SEQ in order, without gaps or repeats', async () => {
    const group = await createGroup(a.token, [b.person.id]);
    for (let i = 0; i < 7; i++) await send(a.token, group.id, `消息${i}`);
    const all = await pullAll(b.token);
    const paged = await pullAll(b.token, 0, 3);
    expect(paged.changes).toEqual(all.changes);
    const seqs = all.changes.map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(all.changes.filter((c) => c.entity === 'message')).toHaveLength(7);
    expect((await pullAll(b.token, all.cursor)).changes).toEqual([]);
  });

  it('a non-member never pulls a conversation or its messages; the directory is visible to all', async () => {
    const group = await createGroup(a.token, [b.person.id]);
    await send(a.token, group.id, '内部消息');
    const seen = (await pullAll(outsider.token)).changes;
    const mentionsGroup = seen.filter((c) => (c.op === 'put' ? JSON.stringify(c.data).includes(group.id) : c.id === group.id));
    expect(mentionsGroup).toEqual([]);
    expect(seen.some((c) => c.entity === 'person' && c.op === 'put' && c.data.id === a.person.id)).toBe(true);
    expect(seen.some((c) => c.entity === 'message')).toBe(false);
  });

  it('someone added learns of the conversation; someone removed gets a del and no later messages', async () => {
    const group = await createGroup(a.token, [b.person.id]);
    await send(a.token, group.id, '加入前');
    const { cursor } = await pullAll(outsider.token);
    await t.command(a.token, 'conversation.addMembers', { conversationId: group.id, userIds: [outsider.person.id] });
    const added = await pullAll(outsider.token, cursor);
    expect(added.changes.some((c) => c.entity === 'conversation' && c.op === 'put' && c.data.id === group.id)).toBe(true);

    await t.command(a.token, 'conversation.removeMember', { conversationId: group.id, userId: outsider.person.id });
    await send(a.token, group.id, '移除后');
    const removed = await pullAll(outsider.token, added.cursor);
    expect(removed.changes.filter((c) => c.entity === 'conversation')).toEqual([
      expect.objectContaining({ entity: 'conversation', op: 'del', id: group.id }),
    ]);
    expect(removed.changes.some((c) => c.entity === 'message')).toBe(false);
  });

  it('pokes only the people a change is visible to', async () => {
    const group = await createGroup(a.token, [b.person.id]);
    const bEvents = await t.events(b.token);
    const outsiderEvents = await t.events(outsider.token);
    const sent = await send(a.token, group.id, '戳一下');
    expect(sent.status).toBe(200);
    const poke = await bEvents.next((e) => e.type === 'poke');
    expect(poke).toMatchObject({ type: 'poke' });
    await expect(outsiderEvents.next((e) => e.type === 'poke', 300)).rejects.toThrow();
    bEvents.close();
    outsiderEvents.close();
  });

  it('announces presence when a person comes online and goes offline', async () => {
    const watcher = await t.events(a.token);
    const bEvents = await t.events(b.token);
    expect(await watcher.next((e) => e.type === 'presenceChanged')).toEqual({ type: 'presenceChanged', userId: b.person.id, online: true });
    expect((await t.call('presence', {}, a.token)).body.online.sort()).toEqual([a.person.id, b.person.id].sort());
    bEvents.close();
    expect(await watcher.next((e) => e.type === 'presenceChanged')).toEqual({ type: 'presenceChanged', userId: b.person.id, online: false });
    watcher.close();
  });

  it('keeps the audit log chained and intact', async () => {
    const group = await createGroup(a.token, [b.person.id]);
    await send(a.token, group.id, '留痕');
    const { AuditLog } = await import('../audit/audit-log');
    const audit = new AuditLog(t.server.db);
    expect(audit.verify()).toBeNull();
    const rows = t.server.db.prepare('SELECT action, actor_id FROM audit_log').all() as { action: string; actor_id: string }[];
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['auth.bootstrap', 'conversation.create', 'message.send', 'auth.login']));
    expect(() => t.server.db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
  });
});
