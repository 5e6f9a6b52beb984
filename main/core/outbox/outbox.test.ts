import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import type { CommandEnvelope } from '../../../shared/sync/commands';
import { putConversation } from '../chat/conversation-rows';
import { createApiClient } from '../http/api-client';
import { conversation, message, tempDb, tempDir } from '../test-support/fixtures';
import { createOutbox } from './outbox';
import { listOutbox } from './outbox-rows';

/** A stand-in for POST /api/v1/commands whose answers the test decides, in arrival order. */
function fakeServer(answer: (command: CommandEnvelope) => { status: number; body: unknown } | 'network-down') {
  const received: CommandEnvelope[] = [];
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    const command = JSON.parse(String(init.body)) as CommandEnvelope;
    const reply = answer(command);
    if (reply === 'network-down') throw new TypeError('fetch failed');
    received.push(command);
    return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { received, fetchImpl };
}

function setup(fetchImpl: typeof fetch) {
  const db = tempDb();
  const http = createApiClient({ serverUrl: 'http://server.test', token: () => 'token', fetch: fetchImpl });
  const outbox = createOutbox({ db, http, clock: () => 1000, fileCacheDir: tempDir(), onChanged: () => undefined });
  const chat = conversation();
  putConversation(db, chat);
  const queueSend = (text: string) => {
    const clientId = newId();
    db.transaction(() => {
      db.prepare(
        `INSERT INTO messages (id, conversation_id, seq, sender_id, client_id, kind, text, mentions, created_at, status)
         VALUES (?, ?, 0, NULL, ?, 'text', ?, '[]', 1, 'pending')`,
      ).run(clientId, chat.id, clientId, text);
      outbox.enqueue('message.send', clientId, { conversationId: chat.id, clientId, text, mentions: [], file: null }, text);
    })();
    return clientId;
  };
  return { db, outbox, chat, queueSend };
}

const accepted = (command: CommandEnvelope, seq: number) => {
  const input = command.input as { conversationId: string; clientId: string; text: string };
  return { status: 200, body: { id: command.id, type: command.type, output: message({ conversationId: input.conversationId, seq, clientId: input.clientId, text: input.text }) } };
};

describe('outbox', () => {
  it('sends in order, marks refusals rejected with the server reason and moves on', async () => {
    let seq = 0;
    const server = fakeServer((command) =>
      (command.input as { text: string }).text === '不行'
        ? { status: 403, body: { error: { code: 'forbidden', message: '您已不是该群成员，无法发送' } } }
        : accepted(command, ++seq),
    );
    const { db, outbox, queueSend } = setup(server.fetchImpl);
    queueSend('一');
    const refused = queueSend('不行');
    queueSend('三');
    await outbox.drain();
    expect(server.received.map((c) => (c.input as { text: string }).text)).toEqual(['一', '不行', '三']);
    expect(listOutbox(db)).toMatchObject([{ id: refused, status: 'rejected', reason: '您已不是该群成员，无法发送' }]);
    expect(db.prepare('SELECT text, seq, status, rejected_reason FROM messages ORDER BY rowid').all()).toEqual([
      { text: '不行', seq: 0, status: 'rejected', rejected_reason: '您已不是该群成员，无法发送' },
      { text: '一', seq: 1, status: 'sent', rejected_reason: null },
      { text: '三', seq: 2, status: 'sent', rejected_reason: null },
    ]);
    outbox.discard(refused);
    expect(listOutbox(db)).toEqual([]);
    expect(db.prepare("SELECT COUNT(*) AS n FROM messages WHERE text = '不行'").get()).toEqual({ n: 0 });
    outbox.stop();
  });

  it('keeps order and retries the same command id when the network or the server fails', async () => {
    let failuresLeft = 2;
    let seq = 0;
    const server = fakeServer((command) => {
      if (failuresLeft-- > 0) return failuresLeft === 1 ? 'network-down' : { status: 503, body: {} };
      return accepted(command, ++seq);
    });
    const { db, outbox, queueSend } = setup(server.fetchImpl);
    const first = queueSend('先');
    queueSend('后');
    await outbox.drain();
    expect(listOutbox(db)).toHaveLength(2);
    await outbox.drain();
    expect(listOutbox(db)).toHaveLength(2);
    await outbox.drain();
    expect(listOutbox(db)).toEqual([]);
    expect(server.received.map((c) => c.id)).toEqual([first, first, server.received[2]!.id]);
    expect(db.prepare("SELECT text FROM messages WHERE status = 'sent' ORDER BY seq").all()).toEqual([{ text: '先' }, { text: '后' }]);
    outbox.stop();
  });
});
