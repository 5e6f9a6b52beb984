import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newId } from '../../../shared/ids';
import type { Conversation, Message } from '../../../shared/messages/schemas';
import type { Person } from '../../../shared/directory/schemas';
import type { CommandEnvelope } from '../../../shared/sync/commands';
import { createApiClient, type ApiClient } from '../http/api-client';
import { openLocalDb, LocalDb } from '../store/open-local-db';

export function tempDir(prefix = 'xietong-core-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function tempDb(): LocalDb {
  return openLocalDb(path.join(tempDir(), 'local.db'));
}

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: newId(), username: 'user', name: '某人', pinyin: 'mouren', initials: 'mr', phone: '', email: '',
    posts: [], roles: [], disabled: false, updatedAt: 1, ...overrides,
  };
}

export function conversation(overrides: Partial<Conversation> = {}): Conversation {
  return { id: newId(), kind: 'group', title: '值班群', ownerId: null, memberIds: [], lastSeq: 0, createdAt: 1, updatedAt: 1, ...overrides };
}

export function message(overrides: Partial<Message> & { conversationId: string; seq: number }): Message {
  return {
    id: newId(), senderId: null, clientId: newId(), kind: 'text', text: '', mentions: [], file: null, notice: null,
    createdAt: overrides.seq * 1000, recalledAt: null, ...overrides,
  };
}

/** Polls until the probe gives something truthy (a failing probe counts as not yet), or fails after the timeout. */
export async function waitFor<T>(probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await Promise.resolve()
      .then(probe)
      .catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What a played server answers to one command: a reply, or the network being down. */
export type CommandAnswer = { status: number; body: unknown } | 'network-down';

/**
 * An API client whose server the test plays, for the replies a real server cannot be made to give
 * on cue (a refusal of one queued command, the network failing mid-send).
 */
export function playedServerClient(answer: (command: CommandEnvelope) => CommandAnswer): ApiClient {
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    const reply = answer(JSON.parse(String(init.body)) as CommandEnvelope);
    if (reply === 'network-down') throw new TypeError('fetch failed');
    return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return createApiClient({ serverUrl: 'http://server.test', token: () => 'token', fetch: fetchImpl });
}
