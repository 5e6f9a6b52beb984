import { z } from 'zod';
import { Id, Timestamp } from '../ids';

/** direct: 1:1; group: 群聊; notice: the per-person 工作通知 stream fed by modules and other systems. */
export const ConversationKind = z.enum(['direct', 'group', 'notice']);
export type ConversationKind = z.infer<typeof ConversationKind>;

export const Conversation = z.object({
  id: Id,
  kind: ConversationKind,
  title: z.string(),
  ownerId: Id.nullable(),
  memberIds: z.array(Id),
  /** Sequence of the newest message; messages are numbered 1, 2, 3 … within a conversation. */
  lastSeq: z.number().int().nonnegative(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Conversation = z.infer<typeof Conversation>;

export const MessageKind = z.enum(['text', 'file', 'image', 'notice', 'system']);
export type MessageKind = z.infer<typeof MessageKind>;

export const FileRef = z.object({
  /** SHA-256 of the content, hex: uploads are idempotent and identical files stored once. */
  id: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().min(1).max(255),
  size: z.number().int().nonnegative(),
  mime: z.string().max(128),
});
export type FileRef = z.infer<typeof FileRef>;

/** The structured part of a 工作通知: which system sent it, and where it leads. */
export const NoticeInfo = z.object({
  title: z.string().max(100),
  source: z.string().max(64),
  link: z.string().max(500).nullable(),
});
export type NoticeInfo = z.infer<typeof NoticeInfo>;

export const MENTION_ALL = 'all';

export const Message = z.object({
  id: Id,
  conversationId: Id,
  seq: z.number().int().positive(),
  /** Null for 工作通知 pushed by a module or an app token. */
  senderId: Id.nullable(),
  clientId: z.string(),
  kind: MessageKind,
  text: z.string(),
  mentions: z.array(z.union([Id, z.literal(MENTION_ALL)])),
  file: FileRef.nullable(),
  notice: NoticeInfo.nullable(),
  createdAt: Timestamp,
  recalledAt: Timestamp.nullable(),
});
export type Message = z.infer<typeof Message>;

/** How far a member has read in a conversation; receipts derive from it. */
export const ReadState = z.object({
  conversationId: Id,
  userId: Id,
  lastReadSeq: z.number().int().nonnegative(),
});
export type ReadState = z.infer<typeof ReadState>;

export const MAX_TEXT_LENGTH = 5000;

export const MessageText = z.string().max(MAX_TEXT_LENGTH, `消息不能超过 ${MAX_TEXT_LENGTH} 字`);

export const SendMessageInput = z.strictObject({
  conversationId: Id,
  clientId: z.string().min(8).max(64),
  text: MessageText.default(''),
  mentions: z.array(z.union([Id, z.literal(MENTION_ALL)])).max(200).default([]),
  file: FileRef.nullable().default(null),
});
export type SendMessageInput = z.infer<typeof SendMessageInput>;

export const CreateConversationInput = z.strictObject({
  /** Also the conversation's id, so a retried create never makes two chats. */
  clientId: Id,
  kind: z.enum(['direct', 'group']),
  memberIds: z.array(Id).min(1, '至少选择一位成员').max(500),
  title: z.string().trim().max(64).default(''),
});
export type CreateConversationInput = z.infer<typeof CreateConversationInput>;

/** Where a 工作通知 goes: people, everyone in some departments (and below), or a group chat. */
export const NoticeTarget = z
  .strictObject({
    userIds: z.array(Id).max(5000).default([]),
    orgIds: z.array(Id).max(500).default([]),
    conversationIds: z.array(Id).max(100).default([]),
  })
  .refine((t) => t.userIds.length + t.orgIds.length + t.conversationIds.length > 0, '至少指定一个接收人、部门或群');

export const PushNoticeInput = z.strictObject({
  clientId: z.string().min(8).max(64),
  to: NoticeTarget,
  title: z.string().trim().min(1).max(100),
  text: z.string().max(MAX_TEXT_LENGTH).default(''),
  link: z.url({ protocol: /^https?$/ }).nullable().default(null),
});
export type PushNoticeInput = z.infer<typeof PushNoticeInput>;

export const MessagesQuery = z.strictObject({
  after: z.coerce.number().int().nonnegative().optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const MessageReads = z.object({ read: z.array(Id), unread: z.array(Id) });
