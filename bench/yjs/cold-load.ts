import { join } from 'node:path';
import * as Y from 'yjs';
import { round } from '../stats';
import { BenchClient } from './client';
import { dialects } from './dialect';
import { buildLongDocument, coldDocumentIds, coldDocumentUpdates } from './long-document';
import { quietSecond, spawnNode } from './proc';
import { startServer, withDataDir, type RunningServer, type ServerUnderTest } from './servers';

/**
 * (d) Connect to a just-started server and wait until the document is whole in the client: first
 * with the 100,000 updates as prepare-store.ts wrote them, then after a restart, with whatever
 * the server made of its storage on that first load (ours and y-leveldb compact it). Each time
 * the first copy is the first document the process loads, the second copy the next one.
 */
export async function coldLoad(server: ServerUnderTest) {
  warmUpClient();
  return withDataDir(async (dataDir) => {
    const prepare = spawnNode(join(__dirname, 'prepare-store.ts'), { env: { ...server.env(dataDir, 0), BENCH_SERVER: server.key } });
    const code = await new Promise((resolve) => prepare.once('exit', resolve));
    if (code !== 0) throw new Error(`${server.label}: preparing the cold-load documents failed (${code})`);
    const [firstMs, firstWarmMs] = await loadEachCopy(server, dataDir);
    const [reloadMs, reloadWarmMs] = await loadEachCopy(server, dataDir);
    return { firstMs, firstWarmMs, reloadMs, reloadWarmMs };
  });
}

let clientWarm = false;

/** The client's Yjs runs optimized code from the first measurement on, whichever server goes first. */
function warmUpClient(): void {
  if (clientWarm) return;
  const whole = Y.encodeStateAsUpdate(buildLongDocument(coldDocumentUpdates).doc);
  for (let i = 0; i < 3; i++) Y.applyUpdate(new Y.Doc(), whole);
  clientWarm = true;
}

async function loadEachCopy(server: ServerUnderTest, dataDir: string): Promise<number[]> {
  const running = await startServer(server, dataDir);
  try {
    const elapsed: number[] = [];
    for (const docId of coldDocumentIds) {
      await quietSecond(3_000);
      elapsed.push(round(await loadWhole(server, running, docId), 0));
    }
    return elapsed;
  } finally {
    await running.stop();
  }
}

/** Milliseconds from connecting until the client holds every character of the document. */
async function loadWhole(server: ServerUnderTest, running: RunningServer, docId: string): Promise<number> {
  const started = performance.now();
  const client = new BenchClient({ dialect: dialects[server.key], port: running.port, docId, doc: 'full', presence: false });
  const text = client.doc!.getText('body');
  // Whole, not merely synced: @y/websocket-server answers the handshake before its persistence has loaded the document.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${server.label}: ${docId} did not arrive in 120 s`)), 120_000);
    client.synced.catch(reject);
    client.doc!.on('update', () => {
      if (text.length < coldDocumentUpdates) return;
      clearTimeout(timer);
      resolve();
    });
  });
  const elapsed = performance.now() - started;
  await client.close();
  return elapsed;
}
