import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type TestClient, waitFor, whenSynced } from './test-clients';
import { startYjsTestServer, type YjsTestServer } from './test-harness';

// A room encodes the whole document once for every client that arrives with nothing and reuses
// it until the document changes: these check that no client is ever served a stale copy.

let dir: string;
let server: YjsTestServer;
const clients: TestClient[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yjs-whole-'));
  server = await startYjsTestServer(join(dir, 'xietong.db'));
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function fresh(docId: string, token = 'w2'): Promise<TestClient> {
  const client = connectClient(server.port, docId, token);
  clients.push(client);
  await whenSynced(client);
  return client;
}

it('gives each client that has nothing the document as it is when it arrives', async () => {
  const writer = await fresh('doc:whole', 'w1');
  writer.text.insert(0, '第一段');
  await waitFor(async () => (await server.store.load('doc:whole')).updates.length === 1);
  expect((await fresh('doc:whole')).text.toString()).toBe('第一段');

  writer.text.insert(writer.text.length, '，第二段');
  await waitFor(async () => (await server.store.load('doc:whole')).updates.length === 2);
  expect((await fresh('doc:whole')).text.toString()).toBe('第一段，第二段');
  // Nothing changed since the last client: it gets what that one got.
  expect((await fresh('doc:whole', 'r1')).text.toString()).toBe('第一段，第二段');
});

it('serves a document stored as one row as it is, and the edits made after it loaded', async () => {
  const source = new Y.Doc();
  source.getText('body').insert(0, '已定稿的正文');
  await server.store.append('doc:one-row', Y.encodeStateAsUpdate(source));

  const editor = await fresh('doc:one-row', 'w1');
  expect(editor.text.toString()).toBe('已定稿的正文');
  editor.text.insert(0, '修改：');
  await waitFor(async () => (await server.store.load('doc:one-row')).updates.length === 2);
  expect((await fresh('doc:one-row')).text.toString()).toBe('修改：已定稿的正文');
});
