import { cpus } from 'node:os';
import { round, summarize } from '../stats';
import { GeneratorPool, type ClientSpec } from './generators';
import { cpuSeconds, liveRssBytes, machineBusySeconds, quietSecond, rssBytes, sleep } from './proc';
import { startServer, withDataDir, type RunningServer, type ServerUnderTest } from './servers';

/** One generator process per core: the server's single thread and the generator share the machine. */
export const generatorProcesses = cpus().length;

const MiB = 2 ** 20;
const typingMs = 20_000;
// Long enough for a loaded server's backlog to drain; what arrives later counts as lost.
const graceMs = 3_000;

/**
 * CPU use over a window, in % of one core: the server's, the generator's, and everyone else's.
 * This machine is shared; the last figure says how much the others took while we measured.
 */
class CpuMeter {
  private readonly startedAt = performance.now();
  private readonly server: number;
  private readonly generators: number;
  private readonly machine = machineBusySeconds();

  constructor(
    private readonly serverPid: number,
    private readonly generatorPids: number[],
  ) {
    this.server = cpuSeconds(serverPid);
    this.generators = this.generatorSeconds();
  }

  read(): { serverCpuPercent: number; generatorCpuPercent: number; otherProcessesCpuPercent: number } {
    const seconds = (performance.now() - this.startedAt) / 1000;
    const server = cpuSeconds(this.serverPid) - this.server;
    const generators = this.generatorSeconds() - this.generators;
    const others = Math.max(0, machineBusySeconds() - this.machine - server - generators);
    const percent = (used: number) => round((used / seconds) * 100, 0);
    return { serverCpuPercent: percent(server), generatorCpuPercent: percent(generators), otherProcessesCpuPercent: percent(others) };
  }

  private generatorSeconds(): number {
    return this.generatorPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  }
}

/** A fresh server and generator pool for one workload, both stopped afterwards whatever happens. */
async function withServerAndGenerators<T>(server: ServerUnderTest, run: (running: RunningServer, pool: GeneratorPool) => Promise<T>): Promise<T> {
  return withDataDir(async (dataDir) => {
    const running = await startServer(server, dataDir);
    const pool = GeneratorPool.start(generatorProcesses);
    try {
      // Lets start-up work (module loading, the first GC) finish before the baseline is read.
      await sleep(1_000);
      return await run(running, pool);
    } finally {
      await pool.close();
      await running.stop();
    }
  });
}

async function openAll(pool: GeneratorPool, server: ServerUnderTest, running: RunningServer, clients: ClientSpec[]): Promise<number> {
  const started = performance.now();
  const { failed, firstFailure } = await pool.open(server.key, running.port, clients);
  if (failed > 0) throw new Error(`${server.label}: ${failed} of ${clients.length} clients did not sync, first: ${firstFailure}`);
  return (performance.now() - started) / 1000;
}

/** (a) Sockets that only sync and show presence: what each one costs the server in memory. */
export async function idleConnections(server: ServerUnderTest, connections: number, docs: number) {
  return withServerAndGenerators(server, async (running, pool) => {
    const baseline = await liveRssBytes(running.pid);
    const clients = Array.from({ length: connections }, (_, i): ClientSpec => ({ docId: `idle-${i % docs}`, role: 'idle' }));
    const openSeconds = await openAll(pool, server, running, clients);
    const cpu = new CpuMeter(running.pid, pool.pids);
    await sleep(10_000);
    const { serverCpuPercent, otherProcessesCpuPercent } = cpu.read();
    const rss = await liveRssBytes(running.pid);
    return {
      openSeconds: round(openSeconds, 1),
      rssBaselineMiB: round(baseline / MiB, 1),
      rssMiB: round(rss / MiB, 1),
      rssPerConnectionKiB: round((rss - baseline) / connections / 1024, 1),
      // Keepalive pings and awareness renewals (every connection's every 15 s, to its 9 peers).
      idleServerCpuPercent: serverCpuPercent,
      otherProcessesCpuPercent,
    };
  });
}

/**
 * (b) and (c): writers type for 20 s; every watcher of a document records when each character
 * arrives. Propagation is arrival minus the writer's send time on the shared clock.
 */
async function typing(server: ServerUnderTest, clients: ClientSpec[], watchersPerCharacter: number, docs: number) {
  return withServerAndGenerators(server, async (running, pool) => {
    const baseline = await liveRssBytes(running.pid);
    await openAll(pool, server, running, clients);
    const waitedForQuietS = await quietSecond(15_000);
    const cpu = new CpuMeter(running.pid, pool.pids);
    const typed = pool.type(typingMs, graceMs);
    await sleep(typingMs);
    const cpuUse = cpu.read();
    const { sends, arrivals } = await typed;
    // Read after the grace period, with every socket still open: what the documents hold once the typing stopped.
    const rss = await liveRssBytes(running.pid);
    const peakRss = rssBytes(running.pid, 'VmHWM');
    const sentAt = new Map<number, number>();
    for (const batch of sends) for (let i = 0; i < batch.length; i += 2) sentAt.set(batch[i]!, batch[i + 1]!);
    const latencies: number[] = [];
    for (const batch of arrivals) {
      for (let i = 0; i < batch.length; i += 2) {
        const sent = sentAt.get(batch[i]!);
        if (sent !== undefined) latencies.push(batch[i + 1]! - sent);
      }
    }
    const propagation = summarize(latencies);
    return {
      characters: sentAt.size,
      delivered: propagation.count,
      expected: sentAt.size * watchersPerCharacter,
      p50Ms: round(propagation.p50),
      p99Ms: round(propagation.p99),
      maxMs: round(propagation.max),
      ...cpuUse,
      rssBaselineMiB: round(baseline / MiB, 1),
      rssMiB: round(rss / MiB, 1),
      peakRssMiB: round(peakRss / MiB, 1),
      // A document's share includes its connections.
      rssPerDocumentKiB: round((rss - baseline) / docs / 1024, 1),
      waitedForQuietS,
    };
  });
}

/** (b) 200 documents with 5 editors each. */
export function editing(server: ServerUnderTest) {
  const docs = 200;
  const clients = Array.from({ length: docs * 5 }, (_, i): ClientSpec => ({ docId: `edit-${i % docs}`, role: 'editor' }));
  return typing(server, clients, 4, docs);
}

/** (c) One document, 2 writers, 500 readers; only the readers' arrivals count. */
export function fanOut(server: ServerUnderTest) {
  const clients: ClientSpec[] = [
    ...Array.from({ length: 2 }, (): ClientSpec => ({ docId: 'fan-out', role: 'writer' })),
    ...Array.from({ length: 500 }, (): ClientSpec => ({ docId: 'fan-out', role: 'reader' })),
  ];
  return typing(server, clients, 500, 1);
}
