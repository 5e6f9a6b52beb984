import { prepared } from '../store/prepared';
import type { LocalMessage, MessageStatus } from '../../../shared/desktop-api';
import type { Message } from '../../../shared/messages/schemas';
import type { LocalDb } from '../store/open-local-db';
import { indexMessage, searchableText, unindexMessage } from '../search/message-index';

export interface MessageRow {
  rowid: number;
  id: string;
  conversation_id: string;
  seq: number;
  sender_id: string | null;
  client_id: string;
  kind: Message['kind'];
  text: string;
  mentions: string;
  file: string | null;
  notice: string | null;
  created_at: number;
  recalled_at: number | null;
  status: MessageStatus;
  rejected_reason: string | null;
}

export interface Receipts {
  readCount: number | null;
  unreadCount: number | null;
}

export function toLocalMessage(row: MessageRow, receipts: Receipts): LocalMessage {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    seq: row.seq,
    senderId: row.sender_id,
    clientId: row.client_id,
    kind: row.kind,
    text: row.recalled_at ? '' : row.text,
    mentions: JSON.parse(row.mentions) as LocalMessage['mentions'],
    file: row.recalled_at || !row.file ? null : (JSON.parse(row.file) as LocalMessage['file']),
    notice: row.notice ? (JSON.parse(row.notice) as LocalMessage['notice']) : null,
    createdAt: row.created_at,
    recalledAt: row.recalled_at,
    status: row.status,
    rejectedReason: row.rejected_reason,
    ...receipts,
  };
}

export function messageRowById(db: LocalDb, id: string): MessageRow | undefined {
  return prepared(db, 'SELECT * FROM messages WHERE id = ?').get(id) as MessageRow | undefined;
}

/**
 * Stores a message as the server has it. A pending local copy with the same clientId is
 * replaced, so the user's own message is never shown twice. Returns whether it was new here.
 */
export function putServerMessage(db: LocalDb, message: Message): { isNew: boolean } {
  // Two lookups rather than one OR, so each uses its index.
  const existing = [
    ...prepared(db, 'SELECT rowid, status FROM messages WHERE id = ?').all(message.id),
    ...prepared(db, "SELECT rowid, status FROM messages WHERE client_id = ? AND conversation_id = ? AND status != 'sent'").all(message.clientId, message.conversationId),
  ] as { rowid: number; status: MessageStatus }[];
  for (const row of existing) {
    unindexMessage(db, row.rowid);
    prepared(db, 'DELETE FROM messages WHERE rowid = ?').run(row.rowid);
  }
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO messages (id, conversation_id, seq, sender_id, client_id, kind, text, mentions, file, notice, created_at, recalled_at, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sent')`,
  ).run(
      message.id,
      message.conversationId,
      message.seq,
      message.senderId,
      message.clientId,
      message.kind,
      message.text,
      JSON.stringify(message.mentions),
      message.file ? JSON.stringify(message.file) : null,
      message.notice ? JSON.stringify(message.notice) : null,
      message.createdAt,
      message.recalledAt,
    );
  if (!message.recalledAt) indexMessage(db, Number(lastInsertRowid), message.createdAt, searchableText(message.text, message.file?.name ?? null));
  prepared(db, 'UPDATE conversations SET last_seq = MAX(last_seq, ?) WHERE id = ?').run(message.seq, message.conversationId);
  return { isNew: !existing.some((row) => row.status === 'sent') };
}

export function deleteMessage(db: LocalDb, id: string): void {
  const row = prepared(db, 'SELECT rowid FROM messages WHERE id = ?').get(id) as { rowid: number } | undefined;
  if (!row) return;
  unindexMessage(db, row.rowid);
  prepared(db, 'DELETE FROM messages WHERE rowid = ?').run(row.rowid);
}

export function setRecalled(db: LocalDb, id: string, recalledAt: number | null): void {
  const row = messageRowById(db, id);
  if (!row) return;
  prepared(db, 'UPDATE messages SET recalled_at = ? WHERE rowid = ?').run(recalledAt, row.rowid);
  unindexMessage(db, row.rowid);
  if (!recalledAt && row.status === 'sent') {
    indexMessage(db, row.rowid, row.created_at, searchableText(row.text, row.file ? (JSON.parse(row.file) as { name: string }).name : null));
  }
}
