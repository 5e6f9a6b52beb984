import { AppError } from '../../shared/errors';
import type { Conversation } from '../../shared/messages/schemas';
import type { DirectoryStore } from '../directory/directory-store';
import { commandHandler, type CommandHandlers } from '../sync/command-service';
import { refuseClassified } from './content-rules';
import { directKey, type ConversationStore } from './conversation-store';
import { memberConversation } from './message-commands';

export interface ConversationCommandDeps {
  directory: DirectoryStore;
  conversations: ConversationStore;
}

type ConversationCommands = Pick<
  CommandHandlers,
  'conversation.create' | 'conversation.rename' | 'conversation.addMembers' | 'conversation.removeMember' | 'conversation.leave'
>;

export function conversationCommands(deps: ConversationCommandDeps): ConversationCommands {
  const { directory, conversations } = deps;

  const activePeople = (ids: string[]): string[] => {
    const unique = [...new Set(ids)];
    const people = directory.people(unique);
    if (people.length !== unique.length || people.some((p) => p.disabled)) throw new AppError('bad_request', '成员不存在或已停用');
    return unique;
  };

  const memberGroup = (conversationId: string, userId: string, what: string): Conversation => {
    const conversation = memberConversation(conversations, conversationId, userId);
    if (conversation.kind !== 'group') throw new AppError('bad_request', `只有群聊可以${what}`);
    return conversation;
  };

  const defaultGroupTitle = (memberIds: string[]): string => {
    const names = directory.people(memberIds.slice(0, 3)).map((p) => p.name);
    return (names.join('、') + (memberIds.length > 3 ? '等' : '')).slice(0, 64);
  };

  return {
    'conversation.create': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const userId = actor.person.id;
        // clientId is the conversation's id: a retried create finds the one it made.
        const existing = conversations.get(input.clientId);
        if (existing) {
          if (!existing.memberIds.includes(userId)) throw new AppError('conflict', '会话编号已被使用');
          return existing;
        }
        refuseClassified(input.title);
        const memberIds = activePeople([userId, ...input.memberIds]);
        if (input.kind === 'direct') {
          if (memberIds.length !== 2) throw new AppError('bad_request', '单聊只能有两位成员');
          const key = directKey(memberIds[0]!, memberIds[1]!);
          return (
            conversations.byUniqueKey(key) ??
            conversations.create(scope, { id: input.clientId, kind: 'direct', title: '', ownerId: null, uniqueKey: key, memberIds, now })
          );
        }
        if (memberIds.length < 2) throw new AppError('bad_request', '群聊至少需要两位成员');
        const title = input.title || defaultGroupTitle(memberIds);
        return conversations.create(scope, { id: input.clientId, kind: 'group', title, ownerId: userId, uniqueKey: null, memberIds, now });
      },
    }),

    'conversation.rename': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const conversation = memberGroup(input.conversationId, actor.person.id, '修改名称');
        if (conversation.ownerId !== actor.person.id) throw new AppError('forbidden', '只有群主可以修改群名称');
        refuseClassified(input.title);
        if (conversation.title === input.title) return conversation;
        return conversations.rename(scope, conversation.id, input.title, now);
      },
    }),

    'conversation.addMembers': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        // Any member may invite: groups in government offices grow by word of mouth.
        const conversation = memberGroup(input.conversationId, actor.person.id, '添加成员');
        const newcomers = activePeople(input.userIds).filter((id) => !conversation.memberIds.includes(id));
        if (newcomers.length === 0) return conversation;
        return conversations.addMembers(scope, conversation.id, newcomers, now);
      },
    }),

    'conversation.removeMember': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const conversation = memberGroup(input.conversationId, actor.person.id, '移除成员');
        if (input.userId !== actor.person.id && conversation.ownerId !== actor.person.id) {
          throw new AppError('forbidden', '只有群主可以移除其他成员');
        }
        if (!conversation.memberIds.includes(input.userId)) throw new AppError('not_found', '该成员不在群中');
        return conversations.removeMember(scope, conversation.id, input.userId, now);
      },
    }),

    'conversation.leave': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const conversation = memberGroup(input.conversationId, actor.person.id, '退出');
        conversations.removeMember(scope, conversation.id, actor.person.id, now);
        return { ok: true as const };
      },
    }),
  };
}
