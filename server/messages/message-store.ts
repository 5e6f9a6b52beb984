import type { Database } from 'better-sqlite3';
import type { FileRef, Message, MessageKind, NoticeInfo, ReadState } from '../../shared/messages/schemas';
import { ChangeLog, conversationScope } from '../sync/change-log';
import type { WriteScope } from '../sync/writer';

interface MessageRow {
  id: string;
  conversation_id: string;
  seq: number;
  sender_id: string | null;
  client_id: string;
  kind: MessageKind;
  text: string;
  mentions: string;
  file: string | null;
  notice: string | null;
  created_at: number;
  recalled_at: number | null;
}

const toMessage = (row: MessageRow): Message => ({
  id: row.id,
  conversationId: row.conversation_id,
  seq: row.seq,
  senderId: row.sender_id,
  clientId: row.client_id,
  kind: row.kind,
  text: row.text,
  mentions: JSON.parse(row.mentions) as string[],
  file: row.file ? (JSON.parse(row.file) as FileRef) : null,
  notice: row.notice ? (JSON.parse(row.notice) as NoticeInfo) : null,
  createdAt: row.created_at,
  recalledAt: row.recalled_at,
});

export interface NewMessage {
  id: string;
  conversationId: string;
  senderId: string | null;
  clientId: string;
  kind: MessageKind;
  text: string;
  mentions: string[];
  file: FileRef | null;
  notice: NoticeInfo | null;
  now: number;
}

/** Messages (numbered per conversation) and how far each member has read. */
export class MessageStore {
  private readonly byId;
  private readonly bySenderClient;
  private readonly nextSeq;
  private readonly insertRow;
  private readonly recallRow;
  private readonly after;
  private readonly before;
  private readonly latest;
  private readonly readStateOf;
  private readonly readStatesOf;
  private readonly upsertRead;

  constructor(
    db: Database,
    private readonly changeLog: ChangeLog,
  ) {
    this.byId = db.prepare<[string], MessageRow>('SELECT * FROM messages WHERE id = ?');
    this.bySenderClient = db.prepare<[string, string], MessageRow>('SELECT * FROM messages WHERE sender_id = ? AND client_id = ?');
    this.nextSeq = db.prepare<[number, string], { last_seq: number }>(
      'UPDATE conversations SET last_seq = last_seq + 1, updated_at = ? WHERE id = ? RETURNING last_seq',
    );
    this.insertRow = db.prepare(`
      INSERT INTO messages (id, conversation_id, seq, sender_id, client_id, kind, text, mentions, file, file_id, notice, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.recallRow = db.prepare("UPDATE messages SET text = '', mentions = '[]', file = NULL, recalled_at = ? WHERE id = ?");
    this.after = db.prepare<[string, number, number], MessageRow>(
      'SELECT * FROM messages WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    );
    this.before = db.prepare<[string, number, number], MessageRow>(
      'SELECT * FROM messages WHERE conversation_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?',
    );
    this.latest = db.prepare<[string, number], MessageRow>('SELECT * FROM messages WHERE conversation_id = ? ORDER BY seq DESC LIMIT ?');
    this.readStateOf = db.prepare<[string, string], { last_read_seq: number }>(
      'SELECT last_read_seq FROM read_states WHERE conversation_id = ? AND user_id = ?',
    );
    this.readStatesOf = db.prepare<[string], { user_id: string; last_read_seq: number }>(
      'SELECT user_id, last_read_seq FROM read_states WHERE conversation_id = ?',
    );
    this.upsertRead = db.prepare(`
      INSERT INTO read_states (conversation_id, user_id, last_read_seq) VALUES (?, ?, ?)
      ON CONFLICT (conversation_id, user_id) DO UPDATE SET last_read_seq = excluded.last_read_seq`);
  }

  get(id: string): Message | null {
    const row = this.byId.get(id);
    return row ? toMessage(row) : null;
  }

  bySenderAndClientId(senderId: string, clientId: string): Message | null {
    const row = this.bySenderClient.get(senderId, clientId);
    return row ? toMessage(row) : null;
  }

  append(scope: WriteScope, message: NewMessage): Message {
    const { last_seq: seq } = this.nextSeq.get(message.now, message.conversationId)!;
    this.insertRow.run(
      message.id,
      message.conversationId,
      seq,
      message.senderId,
      message.clientId,
      message.kind,
      message.text,
      JSON.stringify(message.mentions),
      message.file ? JSON.stringify(message.file) : null,
      message.file?.id ?? null,
      message.notice ? JSON.stringify(message.notice) : null,
      message.now,
    );
    const stored = this.get(message.id)!;
    this.changeLog.put(scope.changes, 'message', stored, conversationScope(message.conversationId));
    return stored;
  }

  recall(scope: WriteScope, id: string, now: number): Message {
    this.recallRow.run(now, id);
    const stored = this.get(id)!;
    this.changeLog.put(scope.changes, 'message', stored, conversationScope(stored.conversationId));
    return stored;
  }

  page(conversationId: string, query: { after?: number | undefined; before?: number | undefined; limit: number }): { messages: Message[]; hasMore: boolean } {
    const take = query.limit + 1;
    let rows: MessageRow[];
    if (query.after !== undefined) {
      rows = this.after.all(conversationId, query.after, take);
      const hasMore = rows.length > query.limit;
      return { messages: rows.slice(0, query.limit).map(toMessage), hasMore };
    }
    rows = query.before !== undefined ? this.before.all(conversationId, query.before, take) : this.latest.all(conversationId, take);
    const hasMore = rows.length > query.limit;
    return { messages: rows.slice(0, query.limit).reverse().map(toMessage), hasMore };
  }

  lastReadSeq(conversationId: string, userId: string): number {
    return this.readStateOf.get(conversationId, userId)?.last_read_seq ?? 0;
  }

  readStates(conversationId: string): Map<string, number> {
    return new Map(this.readStatesOf.all(conversationId).map((r) => [r.user_id, r.last_read_seq]));
  }

  setRead(scope: WriteScope, conversationId: string, userId: string, seq: number): ReadState {
    this.upsertRead.run(conversationId, userId, seq);
    const state: ReadState = { conversationId, userId, lastReadSeq: seq };
    this.changeLog.put(scope.changes, 'readState', state, conversationScope(conversationId));
    return state;
  }
}
