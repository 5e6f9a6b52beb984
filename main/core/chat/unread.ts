import type { LocalDb } from '../store/open-local-db';

export function myLastReadSeq(db: LocalDb, conversationId: string, me: string): number {
  const row = db.prepare('SELECT last_read_seq FROM read_states WHERE conversation_id = ? AND user_id = ?').get(conversationId, me) as
    | { last_read_seq: number }
    | undefined;
  return row?.last_read_seq ?? 0;
}

/** Unread = messages from others after my read position; mentioned = one of them names me or 所有人. */
export function unreadOf(db: LocalDb, conversationId: string, me: string): { unread: number; mentioned: boolean } {
  const row = db
    .prepare(
      `SELECT COUNT(*) AS unread,
              COALESCE(MAX(EXISTS (SELECT 1 FROM json_each(m.mentions) WHERE value IN (@me, 'all'))), 0) AS mentioned
       FROM messages m
       WHERE m.conversation_id = @conversationId AND m.status = 'sent' AND m.recalled_at IS NULL
         AND m.seq > @lastRead AND (m.sender_id IS NULL OR m.sender_id != @me)`,
    )
    .get({ conversationId, me, lastRead: myLastReadSeq(db, conversationId, me) }) as { unread: number; mentioned: number };
  return { unread: row.unread, mentioned: row.mentioned === 1 };
}

/** Per conversation, so each count is an index range over just the unread messages. */
export function unreadTotal(db: LocalDb, me: string): number {
  const row = db
    .prepare(
      `SELECT COALESCE(SUM((
         SELECT COUNT(*) FROM messages m
         WHERE m.conversation_id = c.id AND m.seq > COALESCE(r.last_read_seq, 0) AND m.status = 'sent'
           AND m.recalled_at IS NULL AND (m.sender_id IS NULL OR m.sender_id != @me)
       )), 0) AS n
       FROM conversations c LEFT JOIN read_states r ON r.conversation_id = c.id AND r.user_id = @me`,
    )
    .get({ me }) as { n: number };
  return row.n;
}
