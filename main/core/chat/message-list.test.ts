import { describe, expect, it } from 'vitest';
import { createApiClient } from '../http/api-client';
import { applyChange, ApplyEffects } from '../sync/appliers';
import { conversation, message } from '../test-support/fixtures';
import { tempDb } from '../test-support/fixtures';
import { messagePage } from './message-list';

const effects = (): ApplyEffects => ({ areas: new Set(), newMessages: [] });

describe('message history paging', () => {
  it('pages local history and fetches older pages from the server when it runs out, keeping them', async () => {
    const db = tempDb();
    const chat = conversation({ lastSeq: 100 });
    applyChange(db, { entity: 'conversation', op: 'put', data: chat }, effects());
    const all = Array.from({ length: 100 }, (_, i) => message({ conversationId: chat.id, seq: i + 1, text: `第${i + 1}条` }));
    for (const m of all.slice(60)) applyChange(db, { entity: 'message', op: 'put', data: m }, effects());

    const requests: string[] = [];
    const http = createApiClient({
      serverUrl: 'http://server.test',
      token: () => 't',
      fetch: (async (url: string) => {
        requests.push(url);
        const before = Number(new URL(url).searchParams.get('before'));
        const limit = Number(new URL(url).searchParams.get('limit'));
        const messages = all.filter((m) => m.seq < before).slice(-limit);
        return new Response(JSON.stringify({ messages, hasMore: (messages[0]?.seq ?? 1) > 1 }), { status: 200 });
      }) as typeof fetch,
    });

    const first = await messagePage(db, http, { conversationId: chat.id, limit: 30 });
    expect(first.messages.map((m) => m.seq)).toEqual(all.slice(70).map((m) => m.seq));
    expect(first.hasMore).toBe(true);
    expect(requests).toEqual([]);

    const second = await messagePage(db, http, { conversationId: chat.id, beforeSeq: 71, limit: 30 });
    expect(second.messages.map((m) => m.seq)).toEqual(all.slice(40, 70).map((m) => m.seq));
    expect(requests).toHaveLength(1);

    const again = await messagePage(db, http, { conversationId: chat.id, beforeSeq: 71, limit: 30 });
    expect(again.messages).toHaveLength(30);
    expect(requests).toHaveLength(1);

    const last = await messagePage(db, http, { conversationId: chat.id, beforeSeq: 11, limit: 30 });
    expect(last.messages.map((m) => m.seq)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(last.hasMore).toBe(false);
  });
});
