import { AppError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { MENTION_ALL, type Conversation, type FileRef } from '../../shared/messages/schemas';
import type { ServerConfig } from '../config';
import type { FileStore } from '../files/file-store';
import { commandHandler, type CommandHandlers } from '../sync/command-service';
import { refuseClassified } from './content-rules';
import type { ConversationStore } from './conversation-store';
import type { MessageStore } from './message-store';

export interface MessageCommandDeps {
  config: ServerConfig;
  conversations: ConversationStore;
  messages: MessageStore;
  files: FileStore;
}

export function memberConversation(conversations: ConversationStore, conversationId: string, userId: string): Conversation {
  const conversation = conversations.get(conversationId);
  if (!conversation) throw new AppError('not_found', '会话不存在');
  if (!conversation.memberIds.includes(userId)) throw new AppError('forbidden', '你不是该会话的成员');
  return conversation;
}

export function messageCommands(deps: MessageCommandDeps): Pick<CommandHandlers, 'message.send' | 'message.recall' | 'conversation.markRead'> {
  const { conversations, messages, files, config } = deps;

  const checkedFile = (userId: string, file: FileRef): FileRef => {
    const size = files.storedSize(file.id);
    if (size === null || !files.canRead(userId, file.id)) throw new AppError('bad_request', '附件不存在，请先上传文件');
    return { ...file, size };
  };

  return {
    'message.send': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const userId = actor.person.id;
        // The same clientId from the same sender is the same message, however it arrives.
        const existing = messages.bySenderAndClientId(userId, input.clientId);
        if (existing) return existing;
        const conversation = memberConversation(conversations, input.conversationId, userId);
        if (conversation.kind === 'notice') throw new AppError('forbidden', '工作通知不能回复');
        if (input.text.trim() === '' && !input.file) throw new AppError('bad_request', '消息不能为空');
        refuseClassified(input.text, input.file?.name);
        const file = input.file ? checkedFile(userId, input.file) : null;
        const mentions = [...new Set(input.mentions)].filter((m) => m === MENTION_ALL || conversation.memberIds.includes(m));
        const message = messages.append(scope, {
          id: newId(),
          conversationId: conversation.id,
          senderId: userId,
          clientId: input.clientId,
          kind: file ? (file.mime.startsWith('image/') ? 'image' : 'file') : 'text',
          text: input.text,
          mentions,
          file,
          notice: null,
          now,
        });
        messages.setRead(scope, conversation.id, userId, message.seq);
        return message;
      },
    }),

    'message.recall': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const message = messages.get(input.messageId);
        if (!message) throw new AppError('not_found', '消息不存在');
        memberConversation(conversations, message.conversationId, actor.person.id);
        if (message.senderId !== actor.person.id) throw new AppError('forbidden', '只能撤回自己发送的消息');
        if (message.recalledAt !== null) return message;
        if (now - message.createdAt > config.recallWindowMs) {
          throw new AppError('conflict', `超过 ${Math.round(config.recallWindowMs / 60_000)} 分钟的消息不能撤回`);
        }
        return messages.recall(scope, message.id, now);
      },
    }),

    'conversation.markRead': commandHandler({
      apply: ({ actor, scope }, input) => {
        const userId = actor.person.id;
        const conversation = memberConversation(conversations, input.conversationId, userId);
        const current = messages.lastReadSeq(conversation.id, userId);
        const target = Math.min(input.seq, conversation.lastSeq);
        // Read state only moves forward: a late or replayed markRead never un-reads anything.
        if (target <= current) return { conversationId: conversation.id, userId, lastReadSeq: current };
        return messages.setRead(scope, conversation.id, userId, target);
      },
    }),
  };
}
