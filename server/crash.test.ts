import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { newId } from '../shared/ids';
import type { Message } from '../shared/messages/schemas';

const root = join(import.meta.dirname, '..');
const PASSWORD = 'Test-Passw0rd';

interface Started {
  child: ChildProcess;
  url: string;
  setupCode: string | null;
}

/** The CLI as deployed, in its own process (node + tsx directly, so SIGKILL hits the server itself). */
function startCli(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', '--port', '0', '--data', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let setupCode: string | null = null;
    const timer = setTimeout(() => reject(new Error('server did not start')), 20_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      setupCode = /初始化码：([0-9A-F-]+)/.exec(line)?.[1] ?? setupCode;
      const url = /已启动：(http:\/\/\S+?)（/.exec(line)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, setupCode });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function call<T>(url: string, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(url + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

describe('durability', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'xt-crash-'));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('every acknowledged message survives SIGKILL right after the acknowledgements', async () => {
    const first = await startCli(dataDir);
    children.push(first.child);
    expect(first.setupCode).toBeTruthy();
    const admin = await call<{ token: string; user: { id: string } }>(first.url, 'POST', '/api/v1/auth/bootstrap', {
      setupCode: first.setupCode,
      username: 'admin',
      name: '管理员',
      password: PASSWORD,
    });
    const org = await call<{ output: { id: string } }>(first.url, 'POST', '/api/v1/commands', {
      id: newId(),
      type: 'org.create',
      input: { id: newId(), parentId: null, name: '测试单位', kind: 'unit' },
    }, admin.token);
    const other = await call<{ output: { id: string } }>(first.url, 'POST', '/api/v1/commands', {
      id: newId(),
      type: 'person.create',
      input: { id: newId(), username: 'lisi', name: '李四', posts: [{ orgId: org.output.id, title: '科员', sort: 1 }], initialPassword: PASSWORD },
    }, admin.token);
    const chat = await call<{ id: string }>(first.url, 'POST', '/api/v1/conversations', {
      clientId: newId(),
      kind: 'direct',
      memberIds: [other.output.id],
    }, admin.token);

    const N = 300;
    const acked = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        call<Message>(first.url, 'POST', `/api/v1/conversations/${chat.id}/messages`, { clientId: newId(), text: `消息 ${i}` }, admin.token),
      ),
    );
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await startCli(dataDir);
    children.push(second.child);
    expect(second.setupCode).toBeNull();
    const login = await call<{ token: string }>(second.url, 'POST', '/api/v1/auth/login', { username: 'lisi', password: PASSWORD });
    const stored: Message[] = [];
    for (let after = 0; ; ) {
      const page = await call<{ messages: Message[]; hasMore: boolean }>(second.url, 'GET', `/api/v1/conversations/${chat.id}/messages?after=${after}&limit=200`, undefined, login.token);
      stored.push(...page.messages);
      if (!page.hasMore) break;
      after = page.messages[page.messages.length - 1]!.seq;
    }
    const storedIds = new Set(stored.map((m) => m.id));
    expect(acked.filter((m) => !storedIds.has(m.id))).toEqual([]);
    expect(new Set(acked.map((m) => m.seq)).size).toBe(N);
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
  }, 60_000);
});
