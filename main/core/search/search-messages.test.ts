import { describe, expect, it } from 'vitest';
import { applyChange, ApplyEffects } from '../sync/appliers';
import { conversation, message, tempDb } from '../test-support/fixtures';
import { characterPairs } from './text-index';
import { searchMessageRows } from './search-messages';

const effects = (): ApplyEffects => ({ areas: new Set(), newMessages: [] });

function seeded() {
  const db = tempDb();
  const chat = conversation();
  applyChange(db, { entity: 'conversation', op: 'put', data: chat }, effects());
  const texts = ['今天值班值守安排如下', '请各处室报送信息', '明天开会讨论督查督办事项', 'Report for 值班 team', '好'];
  const messages = texts.map((text, i) => message({ conversationId: chat.id, seq: i + 1, text }));
  for (const m of messages) applyChange(db, { entity: 'message', op: 'put', data: m }, effects());
  return { db, chat, messages };
}

const texts = (rows: { text: string }[]) => rows.map((r) => r.text);

describe('message search', () => {
  it('splits text into adjacent character pairs, skipping whitespace', () => {
    expect(characterPairs('值班值守')).toBe('值班 班值 值守');
    expect(characterPairs('a b')).toBe('');
  });

  it('finds three or more characters through the trigram index, newest first', () => {
    const { db } = seeded();
    expect(texts(searchMessageRows(db, '值班值守', 10))).toEqual(['今天值班值守安排如下']);
    expect(texts(searchMessageRows(db, '督查督办', 10))).toEqual(['明天开会讨论督查督办事项']);
    expect(texts(searchMessageRows(db, 'report', 10))).toEqual(['Report for 值班 team']);
  });

  it('finds two characters through the pair index', () => {
    const { db } = seeded();
    expect(texts(searchMessageRows(db, '值班', 10))).toEqual(['Report for 值班 team', '今天值班值守安排如下']);
    expect(texts(searchMessageRows(db, '处室', 10))).toEqual(['请各处室报送信息']);
    expect(searchMessageRows(db, '值会', 10)).toEqual([]);
  });

  it('finds a single character with a bounded scan', () => {
    const { db } = seeded();
    expect(texts(searchMessageRows(db, '好', 10))).toEqual(['好']);
    expect(texts(searchMessageRows(db, '明', 10))).toEqual(['明天开会讨论督查督办事项']);
  });

  it('treats LIKE and FTS syntax in the query as plain text', () => {
    const { db } = seeded();
    expect(searchMessageRows(db, '%', 10)).toEqual([]);
    expect(searchMessageRows(db, '"值 OR', 10)).toEqual([]);
  });

  it('drops recalled messages from every index', () => {
    const { db, messages } = seeded();
    const recalled = { ...messages[0]!, recalledAt: 99_000 };
    applyChange(db, { entity: 'message', op: 'put', data: recalled }, effects());
    expect(searchMessageRows(db, '值班值守', 10)).toEqual([]);
    expect(texts(searchMessageRows(db, '值班', 10))).toEqual(['Report for 值班 team']);
    expect(searchMessageRows(db, '守', 10)).toEqual([]);
  });
});
