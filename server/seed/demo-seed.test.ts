import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation } from '../../shared/messages/schemas';
import { ChangesPage } from '../../shared/sync/changes';
import { startServer, type RunningServer } from '../app';
import { generateDemoOrganization } from '../demo/organization';

describe('demo mode', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'xt-demo-'));
  let server: RunningServer;
  const demo = generateDemoOrganization();

  beforeAll(async () => {
    server = await startServer({ dataDir, demo: true, log: false });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = async (path: string, body: unknown, token?: string) =>
    (await fetch(server.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    }).then((r) => r.json())) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const get = async (path: string, token: string) =>
    (await fetch(server.url + path, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json())) as any; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('fills an empty database: everyone, their 工作通知, and chats with messages; no setup code', async () => {
    expect(server.setupCode).toBeNull();
    const login = await post('/api/v1/auth/login', { username: 'shanxiaoguang', password: demo.demoPassword });
    expect(login.user.name).toBe('单晓光');
    const { conversations } = (await get('/api/v1/conversations', login.token)) as { conversations: Conversation[] };
    expect(conversations.map((c) => c.kind).sort()).toEqual(['direct', 'group', 'group', 'notice']);
    const group = conversations.find((c) => c.title === '市政府办公室工作群')!;
    expect((await get(`/api/v1/conversations/${group.id}/messages`, login.token)).messages).toHaveLength(3);

    let cursor = 0;
    let people = 0;
    for (let more = true; more; ) {
      const page = ChangesPage.parse(await get(`/api/v1/sync/changes?after=${cursor}&limit=1000`, login.token));
      people += page.changes.filter((c) => c.entity === 'person').length;
      cursor = page.cursor;
      more = page.hasMore;
    }
    expect(people).toBe(demo.people.length);
  });
});
