import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { connectClient, type TestClient, waitFor } from './test-clients';
import { startYjsTestServer, type YjsTestServer } from './test-harness';

// Awareness is per connection: a socket sets and removes states only for the client ids it
// introduced. Two stock y-websocket clients, and a raw socket that forges updates for theirs.

let dir: string;
let server: YjsTestServer | undefined;
const clients: TestClient[] = [];
const sockets: WebSocket[] = [];
const warnings: { details: object; message: string }[] = [];
const logger = {
  warn: (details: object, message: string) => warnings.push({ details, message }),
  error: (details: object, message: string) => warnings.push({ details, message }),
};

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yjs-awareness-'));
  warnings.length = 0;
  server = await startYjsTestServer(join(dir, 'xietong.db'), { idleUnloadMs: 50, logger });
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const socket of sockets.splice(0)) socket.terminate();
  await server?.stop();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function client(docId: string, token: string, name: string): TestClient {
  const created = connectClient(server!.port, docId, token);
  created.provider.awareness.setLocalStateField('user', { name });
  clients.push(created);
  return created;
}

interface RawEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

/** A y-websocket awareness message (type 1) carrying whatever entries it is given. */
function awarenessMessage(entries: RawEntry[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(update, entry.clientId);
    encoding.writeVarUint(update, entry.clock);
    encoding.writeVarString(update, JSON.stringify(entry.state));
  }
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, 1);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}

async function rawSocket(docId: string, token: string): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${server!.port}/yjs/${docId}?token=${token}`);
  sockets.push(ws);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return ws;
}

const nameOf = (seen: TestClient, about: TestClient | number) =>
  (seen.provider.awareness.getStates().get(typeof about === 'number' ? about : about.doc.clientID) as { user?: { name: string } } | undefined)?.user?.name;

const clockOf = (of: TestClient) => of.provider.awareness.meta.get(of.doc.clientID)!.clock;

describe('Yjs awareness ownership', () => {
  it("drops a forged update for another connection's client id, keeps the forger's own, and logs once", async () => {
    const a = client('doc:aware', 'w1', '张三');
    const b = client('doc:aware', 'r1', '李四');
    await waitFor(() => nameOf(a, b) === '李四' && nameOf(b, a) === '张三');

    const forger = await rawSocket('doc:aware', 'w2');
    const forgerId = 0x5eed;
    // In one message: a takeover of a's state (with a clock far ahead), a removal of b's, and the forger's own state.
    forger.send(
      awarenessMessage([
        { clientId: a.doc.clientID, clock: clockOf(a) + 100, state: { user: { name: '冒充者' } } },
        { clientId: b.doc.clientID, clock: clockOf(b) + 100, state: null },
        { clientId: forgerId, clock: 1, state: { user: { name: '王五' } } },
      ]),
    );
    // The forger's own entry gets through, so the rest of the message has been handled by now.
    await waitFor(() => nameOf(a, forgerId) === '王五' && nameOf(b, forgerId) === '王五');
    expect(nameOf(b, a)).toBe('张三');
    expect(nameOf(a, b)).toBe('李四');

    // Again, alone: still dropped, and not logged a second time.
    forger.send(awarenessMessage([{ clientId: a.doc.clientID, clock: clockOf(a) + 200, state: { user: { name: '冒充者' } } }]));
    forger.send(awarenessMessage([{ clientId: forgerId, clock: 2, state: { user: { name: '王五（已更新）' } } }]));
    await waitFor(() => nameOf(b, forgerId) === '王五（已更新）');
    expect(nameOf(b, a)).toBe('张三');
    const forgedWarnings = warnings.filter((w) => w.message.includes("other connections' client ids"));
    expect(forgedWarnings).toHaveLength(1);
    expect(forgedWarnings[0]!.details).toMatchObject({ docId: 'doc:aware', dropped: 2 });

    // The stock clients' own changes still go through, and a's state is still a's to remove.
    a.provider.awareness.setLocalStateField('user', { name: '张三（编辑中）' });
    await waitFor(() => nameOf(b, a) === '张三（编辑中）');
    const aId = a.doc.clientID;
    clients.splice(clients.indexOf(a), 1);
    a.destroy();
    await waitFor(() => !b.provider.awareness.getStates().has(aId));
    // The forger's state leaves with the forger.
    forger.close();
    await waitFor(() => !b.provider.awareness.getStates().has(forgerId));
  });

  it("a stock client cannot be removed by another socket, and its id is free again once it has left", async () => {
    const a = client('doc:aware-leave', 'w1', '张三');
    const b = client('doc:aware-leave', 'w2', '李四');
    await waitFor(() => nameOf(a, b) === '李四' && nameOf(b, a) === '张三');
    const aId = a.doc.clientID;
    const forger = await rawSocket('doc:aware-leave', 'r1');
    forger.send(awarenessMessage([{ clientId: aId, clock: clockOf(a) + 1, state: null }]));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(nameOf(b, a)).toBe('张三');

    clients.splice(clients.indexOf(a), 1);
    a.destroy();
    await waitFor(() => !b.provider.awareness.getStates().has(aId));
    // Nobody holds the id any more: a socket may introduce it (as a reconnecting client would).
    forger.send(awarenessMessage([{ clientId: aId, clock: 1_000, state: { user: { name: '张三（重连）' } } }]));
    await waitFor(() => nameOf(b, aId) === '张三（重连）');
  });

  it('closes a socket that sends an unreadable awareness update', async () => {
    const a = client('doc:aware-bad', 'w1', '张三');
    await waitFor(() => server!.rooms.stats().connections === 1);
    const raw = await rawSocket('doc:aware-bad', 'w2');
    const closed = new Promise<number>((resolve) => raw.once('close', (code) => resolve(code)));
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, 1);
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 1);
    encoding.writeVarUint(update, 42);
    encoding.writeVarUint(update, 1);
    encoding.writeVarString(update, '{not json');
    encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
    raw.send(encoding.toUint8Array(message));
    expect(await closed).toBe(1007);
    expect(nameOf(a, 42)).toBeUndefined();
  });
});
