import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(__dirname, '../..');

/** A real process of ours (server or browser host) that a test can stop, kill and start again on the same data. */
export class ManagedProcess {
  private child: ChildProcess | null = null;
  private output = '';

  constructor(
    private readonly name: string,
    private readonly args: string[],
    readonly url: string,
    private readonly readyPath: string,
  ) {}

  async start(): Promise<void> {
    this.output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', ...this.args], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child = child;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${this.name} exited early:\n${this.output}`);
      try {
        const res = await fetch(this.url + this.readyPath);
        if (res.status < 500) return;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${this.name} did not start in 30 s:\n${this.output}`);
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill(signal);
    await exited;
    this.child = null;
  }

  get log(): string {
    return this.output;
  }
}

/**
 * A random port below Linux's ephemeral range (32768–60999), so it cannot collide with the local
 * end of some outgoing connection, which is how a random pick used to fail now and then.
 */
export function freePortBase(): number {
  return 20000 + Math.floor(Math.random() * 12000);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function serverProcess(port: number, dataDir: string): ManagedProcess {
  return new ManagedProcess('server', ['server/cli.ts', '--port', String(port), '--data', dataDir, '--demo'], `http://127.0.0.1:${port}`, '/api/v1/openapi.json');
}

/** A demo server and one browser host (the desktop client in browser mode) in fresh data directories. */
export function demoStack(): { server: ManagedProcess; host: ManagedProcess; start(): Promise<void>; stop(): Promise<void> } {
  const port = freePortBase();
  const server = serverProcess(port, tempDir('xt-e2e-server-'));
  const host = browserHostProcess(port + 1, tempDir('xt-e2e-host-'), server.url);
  return {
    server,
    host,
    start: async () => {
      await server.start();
      await host.start();
    },
    stop: async () => {
      await host.stop();
      await server.stop();
    },
  };
}

export function browserHostProcess(port: number, dataDir: string, serverUrl: string): ManagedProcess {
  return new ManagedProcess(
    'browser host',
    ['main/browser-host/cli.ts', '--port', String(port), '--data', dataDir, '--server', serverUrl, '--renderer', 'dist/renderer'],
    `http://127.0.0.1:${port}`,
    '/',
  );
}
