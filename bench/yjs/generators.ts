import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ServerKey } from './dialect';
import { spawnNode } from './proc';

/** idle: connects and shows presence; editor: types and watches the others; writer: types; reader: watches. */
export type Role = 'idle' | 'editor' | 'writer' | 'reader';

export interface ClientSpec {
  docId: string;
  role: Role;
}

export type GeneratorCommand =
  | { kind: 'open'; server: ServerKey; port: number; clients: ClientSpec[] }
  | { kind: 'type'; durationMs: number; graceMs: number }
  | { kind: 'close' };

/** sends and arrivals are flat [character key, shared-clock ms, …] pairs; see characterKey. */
export type GeneratorReply =
  | { kind: 'opened'; failed: number; firstFailure: string | null }
  | { kind: 'typed'; sends: Float64Array; arrivals: Float64Array }
  | { kind: 'closed' };

/** One number per inserted character: Yjs client ids are 32-bit and no writer reaches 2^20 edits here. */
export const characterKey = (client: number, clock: number): number => client * 2 ** 20 + clock;

const generatorScript = join(__dirname, 'generator.ts');

/**
 * The load generator: child processes (one per core) holding the benchmark's sockets, so the
 * process that measures is never the one that is busy, and the generator's CPU can be read from
 * /proc like the server's.
 */
export class GeneratorPool {
  private constructor(private readonly children: ChildProcess[]) {}

  static start(count: number): GeneratorPool {
    return new GeneratorPool(Array.from({ length: count }, () => spawnNode(generatorScript, { ipc: true })));
  }

  get pids(): number[] {
    return this.children.map((child) => child.pid!);
  }

  /** Opens every generator's share of the clients; resolves once all have synced or failed. */
  async open(server: ServerKey, port: number, clients: ClientSpec[]): Promise<{ failed: number; firstFailure: string | null }> {
    const shares = this.children.map((_, g) => clients.filter((_client, i) => i % this.children.length === g));
    const replies = await Promise.all(this.children.map((child, g) => request(child, { kind: 'open', server, port, clients: shares[g]! })));
    const opened = replies.flatMap((reply) => (reply.kind === 'opened' ? [reply] : []));
    return {
      failed: opened.reduce((sum, reply) => sum + reply.failed, 0),
      firstFailure: opened.find((reply) => reply.firstFailure !== null)?.firstFailure ?? null,
    };
  }

  /** Every writer and editor types for durationMs; resolves graceMs later with every send and arrival. */
  async type(durationMs: number, graceMs: number): Promise<{ sends: Float64Array[]; arrivals: Float64Array[] }> {
    const replies = await Promise.all(this.children.map((child) => request(child, { kind: 'type', durationMs, graceMs })));
    const typed = replies.flatMap((reply) => (reply.kind === 'typed' ? [reply] : []));
    return { sends: typed.map((reply) => reply.sends), arrivals: typed.map((reply) => reply.arrivals) };
  }

  async close(): Promise<void> {
    await Promise.all(
      this.children.map(async (child) => {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        await request(child, { kind: 'close' });
        child.disconnect();
        await exited;
      }),
    );
  }
}

function request(child: ChildProcess, command: GeneratorCommand): Promise<GeneratorReply> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`load generator exited (${code}) during '${command.kind}'`));
    child.once('exit', onExit);
    child.once('message', (reply: GeneratorReply) => {
      child.off('exit', onExit);
      resolve(reply);
    });
    child.send(command);
  });
}
