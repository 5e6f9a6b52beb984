import { describe, expect, it } from 'vitest';
import { unreadOf, unreadTotal } from '../chat/unread';
import { withReceipts } from '../chat/receipts';
import type { MessageRow } from '../chat/message-rows';
import { searchMessageRows } from '../search/search-messages';
import { conversation, message, person, tempDb } from '../test-support/fixtures';
import { applyChange, ApplyEffects } from './appliers';

const effects = (): ApplyEffects => ({ areas: new Set(), newMessages: [] });

describe('change appliers', () => {
  const me = person({ name: '张三' });
  const other = person({ name: '李四' });
  const third = person({ name: '王五' });

  function setup() {
    const db = tempDb();
    const chat = conversation({ memberIds: [me.id, other.id, third.id] });
    applyChange(db, { entity: 'conversation', op: 'put', data: chat }, effects());
    return { db, chat };
  }

  it('replaces my pending message with the server copy that has the same clientId', () => {
    const { db, chat } = setup();
    db.prepare(
      `INSERT INTO messages (id, conversation_id, seq, sender_id, client_id, kind, text, mentions, created_at, status)
       VALUES ('client-1234', ?, 0, ?, 'client-1234', 'text', '你好', '[]', 5, 'pending')`,
    ).run(chat.id, me.id);
    const fx = effects();
    applyChange(db, { entity: 'message', op: 'put', data: message({ conversationId: chat.id, seq: 1, senderId: me.id, clientId: 'client-1234', text: '你好' }) }, fx);
    const rows = db.prepare('SELECT seq, status FROM messages').all();
    expect(rows).toEqual([{ seq: 1, status: 'sent' }]);
    expect(fx.newMessages).toHaveLength(1);
    const again = effects();
    applyChange(db, { entity: 'message', op: 'put', data: message({ conversationId: chat.id, seq: 1, senderId: me.id, clientId: 'client-1234', text: '你好', id: (db.prepare('SELECT id FROM messages').get() as { id: string }).id }) }, again);
    expect(again.newMessages).toHaveLength(0);
    expect(db.prepare('SELECT COUNT(*) AS n FROM messages').get()).toEqual({ n: 1 });
  });

  it('counts unread from others after my read position, and mentions of me or 所有人', () => {
    const { db, chat } = setup();
    const put = (seq: number, senderId: string, mentions: string[] = []) =>
      applyChange(db, { entity: 'message', op: 'put', data: message({ conversationId: chat.id, seq, senderId, text: `第${seq}条`, mentions }) }, effects());
    put(1, other.id);
    put(2, me.id);
    put(3, other.id, ['all']);
    put(4, third.id);
    applyChange(db, { entity: 'readState', op: 'put', data: { conversationId: chat.id, userId: me.id, lastReadSeq: 2 } }, effects());
    expect(unreadOf(db, chat.id, me.id)).toEqual({ unread: 2, mentioned: true });
    expect(unreadTotal(db, me.id)).toBe(2);
    applyChange(db, { entity: 'readState', op: 'put', data: { conversationId: chat.id, userId: me.id, lastReadSeq: 3 } }, effects());
    expect(unreadOf(db, chat.id, me.id)).toEqual({ unread: 1, mentioned: false });
    // A replayed older read state never moves the position back.
    applyChange(db, { entity: 'readState', op: 'put', data: { conversationId: chat.id, userId: me.id, lastReadSeq: 1 } }, effects());
    expect(unreadOf(db, chat.id, me.id).unread).toBe(1);
  });

  it('derives read receipts from the other members read positions', () => {
    const { db, chat } = setup();
    applyChange(db, { entity: 'message', op: 'put', data: message({ conversationId: chat.id, seq: 1, senderId: me.id, text: '收到请回复' }) }, effects());
    applyChange(db, { entity: 'readState', op: 'put', data: { conversationId: chat.id, userId: other.id, lastReadSeq: 1 } }, effects());
    const rows = db.prepare('SELECT * FROM messages').all() as MessageRow[];
    const [local] = withReceipts(db, chat.id, rows);
    expect(local).toMatchObject({ readCount: 1, unreadCount: 1, status: 'sent' });
  });

  it('removes a deleted conversation with its messages and their index entries', () => {
    const { db, chat } = setup();
    applyChange(db, { entity: 'message', op: 'put', data: message({ conversationId: chat.id, seq: 1, senderId: other.id, text: '值班值守安排' }) }, effects());
    applyChange(db, { entity: 'conversation', op: 'del', id: chat.id }, effects());
    expect(db.prepare('SELECT COUNT(*) AS n FROM messages').get()).toEqual({ n: 0 });
    expect(searchMessageRows(db, '值班值守', 10)).toEqual([]);
    expect(searchMessageRows(db, '值班', 10)).toEqual([]);
  });
});
