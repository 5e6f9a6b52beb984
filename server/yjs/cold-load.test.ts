import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, waitFor, whenSynced } from './test-clients';
import { startYjsTestServer } from './test-harness';

const dir = mkdtempSync(join(tmpdir(), 'yjs-cold-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('cold-loads a document stored as 20,000 updates', async () => {
  const server = await startYjsTestServer(join(dir, 'xietong.db'));
  const source = new Y.Doc();
  const updates: Uint8Array[] = [];
  source.on('update', (update: Uint8Array) => updates.push(update));
  const text = source.getText('body');
  for (let i = 0; i < 20_000; i++) text.insert(i % 7 === 0 ? 0 : text.length, String.fromCharCode(0x4e00 + (i % 500)));
  await Promise.all(updates.map((update) => server.store.append('doc:long', update)));

  const started = performance.now();
  const client = connectClient(server.port, 'doc:long', 'r1');
  await whenSynced(client);
  const elapsed = performance.now() - started;
  console.log(`cold load of ${updates.length} stored updates: ${elapsed.toFixed(0)} ms to a synced client`);
  expect(client.text.toString()).toBe(text.toString());
  // Past the compaction threshold, the load itself replaces the log by one snapshot.
  await waitFor(async () => (await server.store.load('doc:long')).updates.length === 1);

  client.destroy();
  await server.stop();
});
