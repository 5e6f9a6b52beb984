import { AppError } from '../../shared/errors';
import type { Conversation, Message } from '../../shared/messages/schemas';
import type { ConversationStore } from './conversation-store';
import { memberConversation } from './message-commands';
import type { MessageStore } from './message-store';

/** Reads of conversations and messages, for members only. */
export class MessageQueries {
  constructor(
    private readonly conversations: ConversationStore,
    private readonly messages: MessageStore,
  ) {}

  conversationsOf(userId: string): Conversation[] {
    return this.conversations.listFor(userId);
  }

  history(userId: string, conversationId: string, query: { after?: number | undefined; before?: number | undefined; limit: number }): { messages: Message[]; hasMore: boolean } {
    memberConversation(this.conversations, conversationId, userId);
    return this.messages.page(conversationId, query);
  }

  /** Receipts: which other current members have read up to the message, and which have not. */
  reads(userId: string, conversationId: string, messageId: string): { read: string[]; unread: string[] } {
    const conversation = memberConversation(this.conversations, conversationId, userId);
    const message = this.messages.get(messageId);
    if (!message || message.conversationId !== conversationId) throw new AppError('not_found', '消息不存在');
    const readStates = this.messages.readStates(conversationId);
    const others = conversation.memberIds.filter((id) => id !== message.senderId);
    return {
      read: others.filter((id) => (readStates.get(id) ?? 0) >= message.seq),
      unread: others.filter((id) => (readStates.get(id) ?? 0) < message.seq),
    };
  }
}
