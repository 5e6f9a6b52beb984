import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { connectClient, type TestClient, waitFor, whenSynced } from './test-clients';
import { startYjsTestServer, type YjsTestServer } from './test-harness';
import type { YDocStore } from './store';

let dir: string;
let server: YjsTestServer | undefined;
const clients: TestClient[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yjs-rooms-'));
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.stop();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: Parameters<typeof startYjsTestServer>[1] = {}): Promise<YjsTestServer> {
  server = await startYjsTestServer(join(dir, 'xietong.db'), { idleUnloadMs: 50, ...options });
  return server;
}

function client(docId: string, token: string): TestClient {
  const created = connectClient(server!.port, docId, token);
  clients.push(created);
  return created;
}

function leave(...leaving: TestClient[]): void {
  for (const gone of leaving) {
    gone.destroy();
    clients.splice(clients.indexOf(gone), 1);
  }
}

async function storedText(store: YDocStore, docId: string): Promise<string> {
  const doc = new Y.Doc();
  for (const update of (await store.load(docId)).updates) Y.applyUpdate(doc, update);
  return doc.getText('body').toString();
}

function storedRows(docId: string): number {
  return (server!.db.prepare('SELECT count(*) AS n FROM yjs_updates WHERE doc_id = ?').get(docId) as { n: number }).n;
}

function upgradeStatus(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server!.port}${path}`);
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => reject(new Error(`${path} was accepted`)));
    ws.on('error', () => {});
  });
}

describe('Yjs rooms', () => {
  it('lets two stock y-websocket clients edit concurrently and converge', async () => {
    await start();
    const a = client('doc:converge', 'w1');
    const b = client('doc:converge', 'w2');
    await Promise.all([whenSynced(a), whenSynced(b)]);
    for (let i = 0; i < 20; i++) {
      a.text.insert(0, 'A');
      b.text.insert(b.text.length, 'b');
    }
    await waitFor(() => a.text.length === 40 && b.text.length === 40);
    expect(a.text.toString()).toBe(b.text.toString());
    expect(a.text.toString().replace(/b/g, '')).toBe('A'.repeat(20));
    await waitFor(() => server!.rooms.stats().connections === 2);
    expect(server!.rooms.stats()).toEqual({ loadedDocuments: 1, connections: 2 });
  });

  it('keeps a read-only client’s edits from others and from storage, but sends it updates', async () => {
    const { store } = await start();
    const writer = client('doc:readonly', 'w1');
    const reader = client('doc:readonly', 'r1');
    await Promise.all([whenSynced(writer), whenSynced(reader)]);
    reader.text.insert(0, 'READER');
    // Sent on the same socket after the edit, so once it arrives the edit has been handled.
    reader.provider.awareness.setLocalStateField('user', { name: 'reader' });
    await waitFor(() => writer.provider.awareness.getStates().has(reader.doc.clientID));
    writer.text.insert(0, 'writer');
    await waitFor(() => reader.text.toString().includes('writer'));
    const late = client('doc:readonly', 'w2');
    await whenSynced(late);
    expect(writer.text.toString()).toBe('writer');
    expect(late.text.toString()).toBe('writer');
    expect(reader.text.toString()).toContain('READER');
    expect(await storedText(store, 'doc:readonly')).toBe('writer');
  });

  it('refuses upgrades without a valid token or document id', async () => {
    await start();
    expect(await upgradeStatus('/yjs/doc:1')).toBe(401);
    expect(await upgradeStatus('/yjs/doc:1?token=nope')).toBe(403);
    expect(await upgradeStatus('/yjs/bad%2Fid?token=w1')).toBe(400);
    expect(await upgradeStatus(`/yjs/${'x'.repeat(201)}?token=w1`)).toBe(400);
    expect(await upgradeStatus('/elsewhere?token=w1')).toBe(404);
    expect(server!.rooms.stats()).toEqual({ loadedDocuments: 0, connections: 0 });
  });

  it('serves the full content after the room was unloaded, before and after compaction', async () => {
    await start({ compactAfterUpdates: 10 });
    const writer = client('doc:persist', 'w1');
    await whenSynced(writer);
    for (let i = 0; i < 35; i++) writer.text.insert(writer.text.length, `${i},`);
    const expected = writer.text.toString();
    const observer = client('doc:persist', 'w2');
    await waitFor(() => observer.text.toString() === expected);
    leave(writer, observer);
    await waitFor(() => server!.rooms.stats().loadedDocuments === 0);
    expect(storedRows('doc:persist')).toBeLessThanOrEqual(10);
    expect(server!.db.prepare('SELECT count(*) AS n FROM yjs_snapshots').get()).toEqual({ n: 1 });

    const fresh = client('doc:persist', 'w2');
    await whenSynced(fresh);
    expect(fresh.text.toString()).toBe(expected);
  });

  it('loads a document once when the first joins arrive together', async () => {
    let loads = 0;
    await start({
      wrapStore: (store) => ({
        load: (docId) => {
          loads += 1;
          return store.load(docId);
        },
        append: (docId, update) => store.append(docId, update),
        compact: (docId, snapshot, throughId) => store.compact(docId, snapshot, throughId),
      }),
    });
    const joining = [client('doc:once', 'w1'), client('doc:once', 'w2'), client('doc:once', 'r1')];
    await Promise.all(joining.map(whenSynced));
    expect(loads).toBe(1);
  });

  it('broadcasts a writer’s update only once the store has it', async () => {
    let openGate = () => {};
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    await start({
      wrapStore: (store) => ({
        load: (docId) => store.load(docId),
        append: async (docId, update) => {
          await gate;
          return store.append(docId, update);
        },
        compact: (docId, snapshot, throughId) => store.compact(docId, snapshot, throughId),
      }),
    });
    const writer = client('doc:gated', 'w1');
    const observer = client('doc:gated', 'w2');
    await Promise.all([whenSynced(writer), whenSynced(observer)]);
    writer.text.insert(0, 'held');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(observer.text.toString()).toBe('');
    const late = client('doc:gated', 'r1');
    await whenSynced(late);
    expect(late.text.toString()).toBe('');
    openGate();
    await waitFor(() => observer.text.toString() === 'held' && late.text.toString() === 'held');
  });

  it('drops the writer’s socket when an update cannot be stored, and takes the update again on resync', async () => {
    let failures = 1;
    const errors: unknown[] = [];
    await start({
      logger: { warn: () => {}, error: (details) => errors.push(details) },
      wrapStore: (store) => ({
        load: (docId) => store.load(docId),
        append: (docId, update) => (failures-- > 0 ? Promise.reject(new Error('disk full')) : store.append(docId, update)),
        compact: (docId, snapshot, throughId) => store.compact(docId, snapshot, throughId),
      }),
    });
    const writer = client('doc:failing', 'w1');
    const observer = client('doc:failing', 'w2');
    await Promise.all([whenSynced(writer), whenSynced(observer)]);
    const closes: number[] = [];
    writer.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    writer.text.insert(0, 'retried');
    await waitFor(() => observer.text.toString() === 'retried');
    expect(closes).toEqual([1011]);
    expect(errors).toHaveLength(1);
    expect(await storedText(server!.store, 'doc:failing')).toBe('retried');
  });

  it('terminates sockets that stop answering pings and keeps the live ones', async () => {
    await start({ pingIntervalMs: 50 });
    const live = client('doc:keepalive', 'w1');
    await whenSynced(live);
    const silent = new WebSocket(`ws://127.0.0.1:${server!.port}/yjs/doc:keepalive?token=w2`, { autoPong: false });
    const closed = new Promise((resolve) => silent.once('close', resolve));
    await waitFor(() => server!.rooms.stats().connections === 2);
    await closed;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(server!.rooms.stats().connections).toBe(1);
    expect(live.provider.wsconnected).toBe(true);
  });

  it('closes only once the updates it accepted are stored', async () => {
    let openGate = () => {};
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let appendsWaiting = 0;
    await start({
      wrapStore: (store) => ({
        load: (docId) => store.load(docId),
        append: async (docId, update) => {
          appendsWaiting += 1;
          await gate;
          return store.append(docId, update);
        },
        compact: (docId, snapshot, throughId) => store.compact(docId, snapshot, throughId),
      }),
    });
    const writer = client('doc:closing', 'w1');
    await whenSynced(writer);
    writer.text.insert(0, 'last words');
    await waitFor(() => appendsWaiting === 1);
    let closed = false;
    const closing = server!.rooms.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false);
    expect(server!.rooms.stats()).toEqual({ loadedDocuments: 0, connections: 0 });
    openGate();
    await closing;
    expect(await storedText(server!.store, 'doc:closing')).toBe('last words');
  });

  it('broadcasts awareness and removes the state of a client that leaves', async () => {
    await start();
    const a = client('doc:awareness', 'w1');
    const b = client('doc:awareness', 'r1');
    a.provider.awareness.setLocalStateField('user', { name: '张三' });
    b.provider.awareness.setLocalStateField('user', { name: '李四' });
    await waitFor(() => a.provider.awareness.getStates().size === 2 && b.provider.awareness.getStates().size === 2);
    const aId = a.doc.clientID;
    leave(a);
    await waitFor(() => !b.provider.awareness.getStates().has(aId));
  });
});
