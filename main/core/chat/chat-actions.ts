import { findClassificationMark, classifiedRefusalMessage } from '../../../shared/classification';
import type { LocalMessage } from '../../../shared/desktop-api';
import { AppError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { Conversation, FileRef } from '../../../shared/messages/schemas';
import { kvGet } from '../store/kv';
import { queueCommand, runCommand } from '../outbox/run-command';
import type { UserContext } from '../user-context';
import { cacheFile } from './file-cache';
import { conversationRow, putConversation, putReadState, toConversation } from './conversation-rows';
import { messageRowById, MessageRow, setRecalled, toLocalMessage } from './message-rows';
import { myLastReadSeq } from './unread';

export const DEFAULT_UPLOAD_LIMIT = 20 * 1024 * 1024;
export const UPLOAD_LIMIT_KEY = 'server.uploadLimit';

function requireConversation(ctx: UserContext, id: string) {
  const row = conversationRow(ctx.db, id);
  if (!row) throw new AppError('not_found', '会话不存在或您已不在其中');
  return row;
}

function refuseClassified(text: string): void {
  if (findClassificationMark(text)) throw new AppError('classified_refused', classifiedRefusalMessage);
}

/** Puts my message into the chat at once as 'pending' and queues it; the outbox sends it. */
function sendPending(ctx: UserContext, conversationId: string, text: string, mentions: string[], file: FileRef | null): LocalMessage {
  requireConversation(ctx, conversationId);
  refuseClassified(text);
  const clientId = newId();
  const kind = file ? (file.mime.startsWith('image/') ? 'image' : 'file') : 'text';
  const summary = file ? `发送文件：${file.name}` : `发送消息：${text.slice(0, 30)}`;
  queueCommand(ctx, {
    type: 'message.send',
    id: clientId,
    input: { conversationId, clientId, text, mentions, file },
    summary,
    apply: () =>
      ctx.db
        .prepare(
          `INSERT INTO messages (id, conversation_id, seq, sender_id, client_id, kind, text, mentions, file, notice, created_at, recalled_at, status)
           VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, 'pending')`,
        )
        .run(clientId, conversationId, ctx.me.id, clientId, kind, text, JSON.stringify(mentions), file ? JSON.stringify(file) : null, ctx.clock()),
  });
  ctx.emit({ type: 'changed', areas: ['chat', 'outbox'] });
  return toLocalMessage(messageRowById(ctx.db, clientId)!, { readCount: null, unreadCount: null });
}

export function send(ctx: UserContext, input: { conversationId: string; text: string; mentions: string[] }): LocalMessage {
  return sendPending(ctx, input.conversationId, input.text, input.mentions, null);
}

export function sendFile(ctx: UserContext, input: { conversationId: string; name: string; mime: string; dataBase64: string }): LocalMessage {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const limit = kvGet<number>(ctx.db, UPLOAD_LIMIT_KEY) ?? DEFAULT_UPLOAD_LIMIT;
  if (bytes.length > limit) {
    throw new AppError('too_large', `文件过大：${(bytes.length / 1048576).toFixed(1)} MB，单个文件不能超过 ${Math.floor(limit / 1048576)} MB`);
  }
  requireConversation(ctx, input.conversationId);
  const file = cacheFile(ctx.db, ctx.fileCacheDir, input.name, input.mime, bytes);
  return sendPending(ctx, input.conversationId, '', [], file);
}

/** Recalls my message; one still waiting in the outbox is simply taken back out. */
export function recall(ctx: UserContext, messageId: string): void {
  const row: MessageRow | undefined = messageRowById(ctx.db, messageId);
  if (!row) throw new AppError('not_found', '消息不存在');
  if (row.sender_id !== ctx.me.id) throw new AppError('forbidden', '只能撤回自己发送的消息');
  if (row.recalled_at) return;
  if (row.status !== 'sent') {
    ctx.outbox.discard(row.client_id);
    return;
  }
  queueCommand(ctx, {
    type: 'message.recall',
    input: { messageId },
    summary: `撤回消息：${row.text.slice(0, 30) || '文件'}`,
    apply: () => setRecalled(ctx.db, messageId, ctx.clock()),
  });
  ctx.emit({ type: 'changed', areas: ['chat', 'outbox'] });
}

/** Called by the renderer whenever it shows a conversation: clears its unread count. */
export function markRead(ctx: UserContext, conversationId: string): void {
  requireConversation(ctx, conversationId);
  const newest = (ctx.db.prepare("SELECT MAX(seq) AS s FROM messages WHERE conversation_id = ? AND status = 'sent'").get(conversationId) as { s: number | null }).s ?? 0;
  if (newest <= myLastReadSeq(ctx.db, conversationId, ctx.me.id)) return;
  queueCommand(ctx, {
    type: 'conversation.markRead',
    input: { conversationId, seq: newest },
    summary: '标记已读',
    apply: () => putReadState(ctx.db, { conversationId, userId: ctx.me.id, lastReadSeq: newest }),
  });
  ctx.emit({ type: 'changed', areas: ['chat'] });
  ctx.emitStatus();
}

export async function createConversation(ctx: UserContext, input: { kind: 'direct' | 'group'; memberIds: string[]; title: string }): Promise<Conversation> {
  const memberIds = [...new Set([ctx.me.id, ...input.memberIds])];
  if (input.kind === 'direct') {
    if (memberIds.length !== 2) throw new AppError('bad_request', '单聊只能选择一位成员');
    const existing = (ctx.db.prepare("SELECT * FROM conversations WHERE kind = 'direct'").all() as Parameters<typeof toConversation>[0][])
      .map(toConversation)
      .find((c) => c.memberIds.length === 2 && memberIds.every((id) => c.memberIds.includes(id)));
    if (existing) return existing;
  }
  const now = ctx.clock();
  const local: Conversation = {
    id: newId(), kind: input.kind, title: input.title, ownerId: input.kind === 'group' ? ctx.me.id : null,
    memberIds, lastSeq: 0, createdAt: now, updatedAt: now,
  };
  return runCommand(ctx, {
    type: 'conversation.create',
    id: local.id,
    input: { clientId: local.id, kind: input.kind, memberIds: input.memberIds, title: input.title },
    summary: input.kind === 'group' ? `创建群聊：${input.title || '未命名'}` : '发起单聊',
    apply: () => putConversation(ctx.db, local, true),
    optimistic: () => local,
    fromOutput: (output) => Conversation.parse(output),
  });
}

export async function rename(ctx: UserContext, input: { conversationId: string; title: string }): Promise<void> {
  const row = requireConversation(ctx, input.conversationId);
  await runCommand(ctx, {
    type: 'conversation.rename',
    input,
    summary: `修改群名称为：${input.title}`,
    apply: () => {
      ctx.db.prepare('UPDATE conversations SET title = ? WHERE id = ?').run(input.title, input.conversationId);
      return row.title;
    },
    optimistic: () => undefined,
    fromOutput: () => undefined,
  });
}

export async function changeMembers(
  ctx: UserContext,
  type: 'conversation.addMembers' | 'conversation.removeMember' | 'conversation.leave',
  input: { conversationId: string; userIds?: string[]; userId?: string },
): Promise<void> {
  requireConversation(ctx, input.conversationId);
  const summaries = { 'conversation.addMembers': '添加群成员', 'conversation.removeMember': '移除群成员', 'conversation.leave': '退出群聊' };
  await runCommand(ctx, { type, input, summary: summaries[type], optimistic: () => undefined, fromOutput: () => undefined });
}
