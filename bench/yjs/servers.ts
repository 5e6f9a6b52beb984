import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { devDependencies } from '../../package.json';
import type { ServerKey } from './dialect';
import { freePort, spawnNode, stopProcess, waitForPort } from './proc';

export interface ServerUnderTest {
  key: ServerKey;
  label: string;
  /** Where it keeps documents, and when an edit is on disk. */
  persistence: string;
  script: string;
  env(dataDir: string, port: number): Record<string, string>;
}

export const hocuspocusDatabase = (dataDir: string): string => join(dataDir, 'hocuspocus.db');

const benchEnv = (dataDir: string, port: number) => ({ BENCH_DATA: dataDir, BENCH_PORT: String(port) });

// All three run as `node --import tsx <script>`, so each carries the same loader overhead.
export const serversUnderTest: ServerUnderTest[] = [
  {
    key: 'ours',
    label: 'ours (server/yjs)',
    persistence: 'SQLite WAL, one row per update; fsynced (group commit) before it is applied and broadcast',
    script: join(__dirname, 'ours-server.ts'),
    env: benchEnv,
  },
  {
    key: 'y-websocket-server',
    label: `@y/websocket-server@${devDependencies['@y/websocket-server']}`,
    persistence: 'y-leveldb (YPERSISTENCE), one entry per update; written after the broadcast, never fsynced',
    // Its own executable, as deployed; it listens on HOST:PORT and persists when YPERSISTENCE is set.
    script: join(dirname(require.resolve('@y/websocket-server/package.json')), 'src', 'server.js'),
    env: (dataDir, port) => ({ HOST: '127.0.0.1', PORT: String(port), YPERSISTENCE: join(dataDir, 'leveldb') }),
  },
  {
    key: 'hocuspocus',
    label: `@hocuspocus/server@${devDependencies['@hocuspocus/server']}`,
    persistence: '@hocuspocus/extension-sqlite, the whole document as one row; stored 2-10 s after an edit (debounced)',
    script: join(__dirname, 'hocuspocus-server.ts'),
    env: benchEnv,
  },
];

export interface RunningServer {
  pid: number;
  port: number;
  stop(): Promise<void>;
}

export async function startServer(server: ServerUnderTest, dataDir: string): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawnNode(server.script, {
    env: server.env(dataDir, port),
    nodeArgs: ['--expose-gc', '--import', join(__dirname, 'collect-on-signal.ts')],
  });
  try {
    await waitForPort(port, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { pid: child.pid!, port, stop: () => stopProcess(child) };
}

/** A fresh data directory for one run, removed afterwards. */
export async function withDataDir<T>(run: (dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'xt-bench-yjs-'));
  try {
    return await run(dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
