import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, expect, it } from 'vitest';
import { connectClient, type TestClient, whenSynced } from './test-clients';

const dir = mkdtempSync(join(tmpdir(), 'yjs-durability-'));
const children: ChildProcess[] = [];
const clients: TestClient[] = [];

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  for (const child of children.splice(0)) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** One plain node process (not the tsx CLI, which would put a second process in between). */
async function spawnServer(dbPath: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'test-server.ts'), dbPath], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`test server exited with ${code}`)));
  });
  return { child, port: (JSON.parse(firstLine) as { port: number }).port };
}

function client(port: number, token: string): TestClient {
  const created = connectClient(port, 'doc:durable', token);
  clients.push(created);
  return created;
}

it('keeps every update another client has seen when the server is killed', async () => {
  const dbPath = join(dir, 'xietong.db');
  const first = await spawnServer(dbPath);
  const writer = client(first.port, 'w1');
  const observer = client(first.port, 'w2');
  await Promise.all([whenSynced(writer), whenSynced(observer)]);
  for (let burst = 0; burst < 30; burst++) {
    for (let i = 0; i < 10; i++) writer.text.insert(writer.text.length, `第${burst * 10 + i}段;`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const expected = writer.text.toString();
  // Killed the moment the observer has everything, leaving no time for a late commit to land.
  const killed = new Promise((resolve) => first.child.once('exit', resolve));
  const killWhenSeen = () => {
    if (observer.text.toString() === expected) first.child.kill('SIGKILL');
  };
  observer.doc.on('update', killWhenSeen);
  killWhenSeen();
  await killed;
  expect(observer.text.toString()).toBe(expected);
  // The clients would push their copies into the new server on reconnect and hide any loss.
  for (const gone of clients.splice(0)) gone.destroy();

  const second = await spawnServer(dbPath);
  const fresh = client(second.port, 'r1');
  await whenSynced(fresh);
  expect(fresh.text.toString()).toBe(expected);
});
