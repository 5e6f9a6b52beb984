import type { LocalMessage } from '../../../shared/desktop-api';
import { AppError } from '../../../shared/errors';
import type { ApiClient } from '../http/api-client';
import type { LocalDb } from '../store/open-local-db';
import { conversationRow } from './conversation-rows';
import { MessageRow, putServerMessage } from './message-rows';
import { withReceipts } from './receipts';

export interface MessagePageQuery {
  conversationId: string;
  beforeSeq?: number;
  limit: number;
}

function localPage(db: LocalDb, conversationId: string, beforeSeq: number, limit: number): MessageRow[] {
  return db
    .prepare('SELECT * FROM messages WHERE conversation_id = ? AND seq > 0 AND seq < ? ORDER BY seq DESC LIMIT ?')
    .all(conversationId, beforeSeq, limit) as MessageRow[];
}

/** Sequence numbers are dense (1, 2, 3 …), so a short or gapped page means history is missing here. */
function isComplete(rows: MessageRow[], beforeSeq: number, limit: number): boolean {
  const expected = Math.min(limit, beforeSeq - 1);
  return rows.length === expected && rows.every((row, i) => row.seq === beforeSeq - 1 - i);
}

/**
 * A page of history, newest last. Served from the local store; when it runs out, older pages
 * come from the server and are kept. The first page also carries my messages still in the outbox.
 */
export async function messagePage(db: LocalDb, http: ApiClient, query: MessagePageQuery): Promise<{ messages: LocalMessage[]; hasMore: boolean }> {
  const conversation = conversationRow(db, query.conversationId);
  if (!conversation) throw new AppError('not_found', '会话不存在或您已不在其中');
  const newestLocal = (db.prepare('SELECT MAX(seq) AS s FROM messages WHERE conversation_id = ?').get(query.conversationId) as { s: number | null }).s ?? 0;
  const beforeSeq = query.beforeSeq ?? Math.max(conversation.last_seq, newestLocal) + 1;
  let rows = localPage(db, query.conversationId, beforeSeq, query.limit);
  if (!isComplete(rows, beforeSeq, query.limit) && !conversation.local_only) {
    try {
      const page = await http.call('listMessages', { params: { id: query.conversationId }, query: { before: beforeSeq, limit: query.limit } });
      db.transaction(() => page.messages.forEach((message) => putServerMessage(db, message)))();
      rows = localPage(db, query.conversationId, beforeSeq, query.limit);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'offline') throw error;
    }
  }
  const oldest = rows.at(-1)?.seq ?? beforeSeq;
  rows.reverse();
  if (query.beforeSeq === undefined) {
    rows.push(...(db.prepare('SELECT * FROM messages WHERE conversation_id = ? AND seq = 0 ORDER BY created_at').all(query.conversationId) as MessageRow[]));
  }
  return { messages: withReceipts(db, query.conversationId, rows), hasMore: oldest > 1 };
}
