import { prepared } from '../store/prepared';
import type { Conversation, ReadState } from '../../../shared/messages/schemas';
import type { LocalDb } from '../store/open-local-db';
import { unindexMessage } from '../search/message-index';

export interface ConversationRow {
  id: string;
  kind: Conversation['kind'];
  title: string;
  owner_id: string | null;
  member_ids: string;
  last_seq: number;
  created_at: number;
  updated_at: number;
  local_only: number;
}

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    ownerId: row.owner_id,
    memberIds: JSON.parse(row.member_ids) as string[],
    lastSeq: row.last_seq,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function conversationRow(db: LocalDb, id: string): ConversationRow | undefined {
  return prepared(db, 'SELECT * FROM conversations WHERE id = ?').get(id) as ConversationRow | undefined;
}

export function putConversation(db: LocalDb, conversation: Conversation, localOnly = false): void {
  prepared(db, 
    `INSERT INTO conversations (id, kind, title, owner_id, member_ids, last_seq, created_at, updated_at, local_only)
     VALUES (@id, @kind, @title, @ownerId, @memberIds, @lastSeq, @createdAt, @updatedAt, @localOnly)
     ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, title = excluded.title, owner_id = excluded.owner_id,
       member_ids = excluded.member_ids, last_seq = MAX(conversations.last_seq, excluded.last_seq),
       created_at = excluded.created_at, updated_at = excluded.updated_at, local_only = excluded.local_only`,
  ).run({ ...conversation, memberIds: JSON.stringify(conversation.memberIds), localOnly: localOnly ? 1 : 0 });
}

/** A conversation I left or was removed from disappears with its history and its index entries. */
export function deleteConversation(db: LocalDb, id: string): void {
  const rows = prepared(db, 'SELECT rowid FROM messages WHERE conversation_id = ?').all(id) as { rowid: number }[];
  for (const row of rows) unindexMessage(db, row.rowid);
  prepared(db, 'DELETE FROM messages WHERE conversation_id = ?').run(id);
  prepared(db, 'DELETE FROM read_states WHERE conversation_id = ?').run(id);
  prepared(db, 'DELETE FROM conversations WHERE id = ?').run(id);
}

/** Read positions only move forward; a late or replayed change never un-reads a message. */
export function putReadState(db: LocalDb, state: ReadState): void {
  prepared(db, 
    `INSERT INTO read_states (conversation_id, user_id, last_read_seq) VALUES (?, ?, ?)
     ON CONFLICT(conversation_id, user_id) DO UPDATE SET last_read_seq = MAX(last_read_seq, excluded.last_read_seq)`,
  ).run(state.conversationId, state.userId, state.lastReadSeq);
}

export function readStatesOf(db: LocalDb, conversationId: string): Map<string, number> {
  const rows = prepared(db, 'SELECT user_id, last_read_seq FROM read_states WHERE conversation_id = ?').all(conversationId) as {
    user_id: string;
    last_read_seq: number;
  }[];
  return new Map(rows.map((r) => [r.user_id, r.last_read_seq]));
}
