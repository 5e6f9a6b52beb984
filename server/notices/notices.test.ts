import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Org } from '../../shared/directory/schemas';
import { newId } from '../../shared/ids';
import type { Conversation, Message } from '../../shared/messages/schemas';
import { TestServer } from '../testing/api-harness';

describe('工作通知', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await TestServer.start();
  });
  afterEach(async () => {
    await t.stop();
  });

  const org = (name: string, parentId: string) =>
    t.command<Org>(t.admin.token, 'org.create', { id: newId(), parentId, name, kind: 'dept' });

  async function noticesOf(token: string): Promise<Message[]> {
    const conversations = (await t.call('listConversations', {}, token)).body.conversations as Conversation[];
    const notice = conversations.find((c) => c.kind === 'notice')!;
    return (await t.call('listMessages', { params: { id: notice.id } }, token)).body.messages;
  }

  it('an app token pushes to an org and reaches everyone below it, once per clientId', async () => {
    const office = await org('市政府办公室', t.rootOrg.id);
    const section = await org('秘书一科', office.id);
    const other = await org('市财政局', t.rootOrg.id);
    const a = await t.person('zhangsan', '张三', { orgId: office.id });
    const b = await t.person('lisi', '李四', { orgId: section.id });
    const c = await t.person('wangwu', '王五', { orgId: other.id });
    const created = await t.call('createAppToken', { body: { name: '督查督办系统' } }, t.admin.token);
    expect(created.status).toBe(200);
    const appToken = created.body.token as string;

    const notice = { clientId: 'dc-2026-0001', to: { orgIds: [office.id] }, title: '督办提醒', text: '请于周五前反馈', link: 'https://oa.example.gov.cn/items/1' };
    const pushed = await t.call('pushNotice', { body: notice }, appToken);
    expect(pushed.body).toEqual({ delivered: 2, duplicate: false, duplicates: 0 });
    expect((await t.call('pushNotice', { body: notice }, appToken)).body).toEqual({ delivered: 2, duplicate: true, duplicates: 0 });

    for (const person of [a, b]) {
      const messages = await noticesOf(person.token);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ kind: 'notice', senderId: null, text: '请于周五前反馈', notice: { title: '督办提醒', source: '督查督办系统' } });
    }
    expect(await noticesOf(c.token)).toEqual([]);

    const listed = await t.call('listAppTokens', {}, t.admin.token);
    expect(listed.body.tokens).toEqual([expect.objectContaining({ name: '督查督办系统', revokedAt: null })]);
    expect(JSON.stringify(listed.body)).not.toContain(appToken);
    await t.call('revokeAppToken', { params: { id: created.body.id } }, t.admin.token);
    expect((await t.call('pushNotice', { body: { ...notice, clientId: 'dc-2026-0002' } }, appToken)).status).toBe(401);
  });

  it('session tokens cannot push notices, and in-process modules can', async () => {
    const a = await t.person('zhangsan', '张三');
    const asPerson = await t.call('pushNotice', { body: { clientId: 'abcdefgh', to: { userIds: [a.person.id] }, title: 'x' } }, a.token);
    expect(asPerson.status).toBe(401);
    const delivery = await t.server.notices.push({ clientId: 'doc-0001-sign', to: { userIds: [a.person.id] }, title: '待签批公文', source: '公文' });
    expect(delivery).toEqual({ delivered: 1, duplicate: false, duplicates: 0 });
    expect((await noticesOf(a.token))[0]!.notice).toEqual({ title: '待签批公文', source: '公文', link: null });
  });
});
