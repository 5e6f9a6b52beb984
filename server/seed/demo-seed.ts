import { newId } from '../../shared/ids';
import { hashPassword } from '../auth/passwords';
import type { Clock } from '../config';
import type { DirectoryStore } from '../directory/directory-store';
import type { DirectoryWrites } from '../directory/directory-writes';
import { generateDemoOrganization } from '../demo/organization';
import type { ConversationStore } from '../messages/conversation-store';
import type { MessageStore } from '../messages/message-store';
import type { WriteScope, Writer } from '../sync/writer';

export interface DemoSeedDeps {
  writer: Writer;
  clock: Clock;
  directory: DirectoryStore;
  directoryWrites: DirectoryWrites;
  conversations: ConversationStore;
  messages: MessageStore;
  /** What other modules set up once the people exist (公文 templates and seals), in the same transaction. */
  setUpModules(scope: WriteScope, now: number): void;
}

export interface DemoLogins {
  password: string;
  logins: Array<{ username: string; name: string; description: string }>;
}

const MINUTE = 60_000;

/**
 * Fills an empty database with the demo organisation, everyone's 工作通知, and a few chats with
 * messages so the client has something to show. One transaction: all or nothing.
 */
export async function seedDemo(deps: DemoSeedDeps): Promise<DemoLogins> {
  const demo = generateDemoOrganization();
  // Everyone shares the published demo password, so one salted hash serves them all; hashing
  // ~200 times would add seconds to every demo start for no protection.
  const passwordHash = await hashPassword(demo.demoPassword);
  const { writer, clock, directory, directoryWrites, conversations, messages } = deps;
  const byUsername = new Map(demo.people.map((p) => [p.username, p]));
  const idOf = (username: string): string => byUsername.get(username)!.id;

  await writer.write((scope) => {
    const now = clock.now();
    for (const org of parentsFirst(demo.orgs)) directoryWrites.createOrg(scope, org, now);
    for (const person of demo.people) {
      directoryWrites.createPerson(scope, { ...person, passwordHash }, now);
      conversations.ensureNotice(scope, person.id, newId(), now);
    }
    deps.setUpModules(scope, now);

    const officeRoot = demo.orgs.find((o) => o.name === '市政府办公室');
    const officePeople = officeRoot ? directory.orgSubtree([officeRoot.id]).flatMap((orgId) => directory.orgMembers(orgId).map((p) => p.id)) : [];
    const highlighted = demo.highlightedLogins.map((l) => idOf(l.username));
    const officeGroup = unique([idOf('shanxiaoguang'), idOf('liuhongliang'), ...officePeople]).slice(0, 30);
    const dutyGroup = unique([idOf('weijie'), ...highlighted, ...demo.people.filter((p) => p.roles.includes('duty_officer')).map((p) => p.id)]).slice(0, 20);

    group(scope, now, officeGroup, '市政府办公室工作群', [
      ['shanxiaoguang', '各位同事，本周督办事项清单已更新，请在周五前反馈办理进度。'],
      ['liuhongliang', '收到，秘书一科的两项已经办结，材料今天下午报送。'],
      ['shanxiaoguang', '好的，辛苦。涉及跨部门的事项请在备注里写明牵头单位。'],
    ]);
    group(scope, now, dutyGroup, '值班工作群', [
      ['weijie', '今晚值班表已排好，带班领导为付春艳县长，请值班人员 18:00 前到岗。'],
      ['admin', '值班系统已升级，如遇登录问题请联系市大数据局电子政务科。'],
    ]);
    const direct = conversations.create(scope, {
      id: newId(),
      kind: 'direct',
      title: '',
      ownerId: null,
      uniqueKey: `direct:${[idOf('shanxiaoguang'), idOf('liuhongliang')].sort().join(':')}`,
      memberIds: [idOf('shanxiaoguang'), idOf('liuhongliang')],
      now,
    });
    post(scope, direct.id, 'liuhongliang', '单主任，上周的会议纪要我已经整理好了，稍后发您审阅。', now - 5 * MINUTE);

    for (const userId of highlighted) {
      const notice = conversations.ensureNotice(scope, userId, newId(), now);
      messages.append(scope, {
        id: newId(),
        conversationId: notice.id,
        senderId: null,
        clientId: `demo-welcome-${userId}`,
        kind: 'notice',
        text: '这是演示环境：通讯录、即时通讯和工作通知均为模拟数据。',
        mentions: [],
        file: null,
        notice: { title: '欢迎使用协同办公', source: '协同办公', link: null },
        now,
      });
    }
  });

  function group(scope: WriteScope, now: number, memberIds: string[], title: string, lines: [string, string][]): void {
    const owner = idOf(lines[0]![0]);
    const members = unique([owner, ...memberIds, ...lines.map(([u]) => idOf(u))]);
    const conversation = conversations.create(scope, { id: newId(), kind: 'group', title, ownerId: owner, uniqueKey: null, memberIds: members, now: now - 60 * MINUTE });
    lines.forEach(([username, text], i) => post(scope, conversation.id, username, text, now - (lines.length - i) * 10 * MINUTE));
  }

  function post(scope: WriteScope, conversationId: string, username: string, text: string, at: number): void {
    const senderId = idOf(username);
    const message = messages.append(scope, { id: newId(), conversationId, senderId, clientId: newId(), kind: 'text', text, mentions: [], file: null, notice: null, now: at });
    messages.setRead(scope, conversationId, senderId, message.seq);
  }

  return { password: demo.demoPassword, logins: demo.highlightedLogins };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function parentsFirst<T extends { id: string; parentId: string | null }>(orgs: T[]): T[] {
  const placed = new Set<string>();
  const ordered: T[] = [];
  let remaining = orgs;
  while (remaining.length > 0) {
    const ready = remaining.filter((o) => o.parentId === null || placed.has(o.parentId));
    if (ready.length === 0) throw new Error('demo organisation has an org whose parent is missing');
    for (const org of ready) {
      ordered.push(org);
      placed.add(org.id);
    }
    remaining = remaining.filter((o) => !placed.has(o.id));
  }
  return ordered;
}
