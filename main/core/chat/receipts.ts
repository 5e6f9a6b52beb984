import type { LocalMessage } from '../../../shared/desktop-api';
import type { LocalDb } from '../store/open-local-db';
import { conversationRow, readStatesOf } from './conversation-rows';
import { MessageRow, Receipts, toLocalMessage } from './message-rows';

/** Members other than the sender who have (not) read a message, from their read positions. */
export function readersOf(memberIds: string[], readStates: Map<string, number>, row: MessageRow): { read: string[]; unread: string[] } {
  const read: string[] = [];
  const unread: string[] = [];
  for (const id of memberIds) {
    if (id === row.sender_id) continue;
    if ((readStates.get(id) ?? 0) >= row.seq) read.push(id);
    else unread.push(id);
  }
  return { read, unread };
}

/** Converts rows of one conversation, reading its members and read states once. */
export function withReceipts(db: LocalDb, conversationId: string, rows: MessageRow[]): LocalMessage[] {
  const conversation = conversationRow(db, conversationId);
  const memberIds = conversation ? (JSON.parse(conversation.member_ids) as string[]) : [];
  const readStates = readStatesOf(db, conversationId);
  return rows.map((row) => {
    if (row.status !== 'sent') return toLocalMessage(row, { readCount: null, unreadCount: null });
    const { read, unread } = readersOf(memberIds, readStates, row);
    const receipts: Receipts = { readCount: read.length, unreadCount: unread.length };
    return toLocalMessage(row, receipts);
  });
}
