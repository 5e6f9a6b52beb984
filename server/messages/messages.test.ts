import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Conversation, Message } from '../../shared/messages/schemas';
import { classifiedRefusalMessage } from '../../shared/classification';
import { newId } from '../../shared/ids';
import { TestServer } from '../testing/api-harness';

describe('messaging', () => {
  let t: TestServer;
  let a: { person: { id: string }; token: string };
  let b: { person: { id: string }; token: string };
  let c: { person: { id: string }; token: string };
  let group: Conversation;

  beforeEach(async () => {
    t = await TestServer.start();
    a = await t.person('zhangsan', '张三');
    b = await t.person('lisi', '李四');
    c = await t.person('wangwu', '王五');
    group = (await t.call('createConversation', { body: { clientId: newId(), kind: 'group', memberIds: [b.person.id], title: '工作群' } }, a.token)).body;
  });
  afterEach(async () => {
    await t.stop();
  });

  const send = (token: string, conversationId: string, text: string, clientId = newId()) =>
    t.call('sendMessage', { params: { id: conversationId }, body: { clientId, text } }, token);

  it('sending the same clientId twice returns the same message and stores one row', async () => {
    const clientId = newId();
    const [first, second] = await Promise.all([send(a.token, group.id, '你好', clientId), send(a.token, group.id, '你好', clientId)]);
    const third = await send(a.token, group.id, '你好', clientId);
    expect(first.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(third.body).toEqual(first.body);
    const viaCommand = await t.command<Message>(a.token, 'message.send', { conversationId: group.id, clientId, text: '你好' });
    expect(viaCommand.id).toBe(first.body.id);
    expect(t.server.db.prepare('SELECT COUNT(*) AS n FROM messages WHERE client_id = ?').get(clientId)).toEqual({ n: 1 });
  });

  it('a retried command id returns the first result and never applies twice', async () => {
    const id = newId();
    const input = { conversationId: group.id, title: '改名一' };
    const first = await t.command(a.token, 'conversation.rename', input, id);
    await t.command(a.token, 'conversation.rename', { conversationId: group.id, title: '改名二' });
    const retried = await t.command(a.token, 'conversation.rename', input, id);
    expect(retried).toEqual(first);
    const now = (await t.call('listConversations', {}, a.token)).body.conversations.find((x: Conversation) => x.id === group.id);
    expect(now.title).toBe('改名二');
  });

  it('numbers messages per conversation and pages history with after and before', async () => {
    for (let i = 1; i <= 5; i++) expect((await send(a.token, group.id, `消息${i}`)).body.seq).toBe(i);
    const after = await t.call('listMessages', { params: { id: group.id }, query: { after: 2, limit: 2 } }, b.token);
    expect(after.body.messages.map((m: Message) => m.seq)).toEqual([3, 4]);
    expect(after.body.hasMore).toBe(true);
    const before = await t.call('listMessages', { params: { id: group.id }, query: { before: 3 } }, b.token);
    expect(before.body).toMatchObject({ hasMore: false });
    expect(before.body.messages.map((m: Message) => m.seq)).toEqual([1, 2]);
  });

  it('only members can send or read', async () => {
    expect((await send(c.token, group.id, '我能发吗')).status).toBe(403);
    expect((await t.call('listMessages', { params: { id: group.id } }, c.token)).status).toBe(403);
  });

  it('recalls your own message within the window only', async () => {
    const mine = (await send(a.token, group.id, '发错了')).body;
    const theirs = (await send(b.token, group.id, '别撤我的')).body;
    const notMine = await t.tryCommand(a.token, 'message.recall', { messageId: theirs.id });
    expect(notMine.status).toBe(403);
    t.clock.advance(119_000);
    const recalled = await t.command<Message>(a.token, 'message.recall', { messageId: mine.id });
    expect(recalled).toMatchObject({ text: '', recalledAt: t.clock.now() });
    const late = (await send(a.token, group.id, '这条晚了')).body;
    t.clock.advance(120_001);
    const tooLate = await t.tryCommand(a.token, 'message.recall', { messageId: late.id });
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.error.message).toBe('超过 2 分钟的消息不能撤回');
  });

  it('read receipts follow markRead, which only moves forward', async () => {
    const m1 = (await send(a.token, group.id, '一')).body;
    const m2 = (await send(a.token, group.id, '二')).body;
    await t.command(a.token, 'conversation.addMembers', { conversationId: group.id, userIds: [c.person.id] });
    const reads = () => t.call('messageReads', { params: { id: group.id, messageId: m2.id } }, a.token);
    expect((await reads()).body).toEqual({ read: [], unread: [b.person.id, c.person.id] });
    expect(await t.command(b.token, 'conversation.markRead', { conversationId: group.id, seq: 99 })).toEqual({
      conversationId: group.id,
      userId: b.person.id,
      lastReadSeq: 2,
    });
    expect(await t.command(b.token, 'conversation.markRead', { conversationId: group.id, seq: 1 })).toMatchObject({ lastReadSeq: 2 });
    await t.command(c.token, 'conversation.markRead', { conversationId: group.id, seq: m1.seq });
    expect((await reads()).body).toEqual({ read: [b.person.id], unread: [c.person.id] });
  });

  it('refuses text with a classification mark', async () => {
    const refused = await send(a.token, group.id, '密级：秘密 关于某事项的通知');
    expect(refused.status).toBe(422);
    expect(refused.body.error).toEqual({ code: 'classified_refused', message: classifiedRefusalMessage });
    expect((await send(a.token, group.id, '保守秘密是每个人的责任')).status).toBe(200);
  });

  it('a second direct chat with the same person returns the first', async () => {
    const first = await t.call('createConversation', { body: { clientId: newId(), kind: 'direct', memberIds: [b.person.id] } }, a.token);
    const second = await t.call('createConversation', { body: { clientId: newId(), kind: 'direct', memberIds: [a.person.id] } }, b.token);
    expect(second.body.id).toBe(first.body.id);
    expect(first.body.memberIds.sort()).toEqual([a.person.id, b.person.id].sort());
    const three = await t.call('createConversation', { body: { clientId: newId(), kind: 'direct', memberIds: [b.person.id, c.person.id] } }, a.token);
    expect(three.status).toBe(400);
  });

  it('only the owner removes others; when the owner leaves, the longest member owns the group', async () => {
    await t.command(b.token, 'conversation.addMembers', { conversationId: group.id, userIds: [c.person.id] });
    expect((await t.tryCommand(b.token, 'conversation.removeMember', { conversationId: group.id, userId: c.person.id })).status).toBe(403);
    expect((await t.tryCommand(b.token, 'conversation.rename', { conversationId: group.id, title: '新名' })).status).toBe(403);
    await t.command(a.token, 'conversation.leave', { conversationId: group.id });
    const after = (await t.call('listConversations', {}, b.token)).body.conversations.find((x: Conversation) => x.id === group.id);
    expect(after.ownerId).toBe(b.person.id);
    expect(after.memberIds).toEqual([b.person.id, c.person.id]);
    const removed = await t.command<Conversation>(b.token, 'conversation.removeMember', { conversationId: group.id, userId: c.person.id });
    expect(removed.memberIds).toEqual([b.person.id]);
  });

  it('everyone has a 工作通知 conversation they cannot post into', async () => {
    const notice = (await t.call('listConversations', {}, a.token)).body.conversations.find((x: Conversation) => x.kind === 'notice');
    expect(notice).toMatchObject({ title: '工作通知', memberIds: [a.person.id] });
    expect((await send(a.token, notice.id, '自言自语')).status).toBe(403);
  });
});
