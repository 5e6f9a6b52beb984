import { loadavg } from 'node:os';
import { coldLoad } from './cold-load';
import type { ServerKey } from './dialect';
import { openFileLimit } from './proc';
import { serversUnderTest, type ServerUnderTest } from './servers';
import { markdownTable, type ServerFigures } from './table';
import { editing, fanOut, generatorProcesses, idleConnections } from './workloads';

const idleConnectionCount = 10_000;
const idleDocs = 1_000;

const workloads: { [K in keyof ServerFigures]: [string, (server: ServerUnderTest) => Promise<ServerFigures[K]>] } = {
  a: [`${idleConnectionCount} idle connections on ${idleDocs} documents`, (server) => idleConnections(server, idleConnectionCount, idleDocs)],
  b: ['200 documents × 5 editors, 20 s of typing', editing],
  c: ['1 document, 2 writers, 500 readers, 20 s of typing', fanOut],
  d: ['cold load of a document stored as 100,000 updates', coldLoad],
};

/**
 * Our Yjs server against @y/websocket-server and @hocuspocus/server, one workload at a time, each
 * server in a fresh process with a fresh data directory, driven by the same load generator.
 */
export async function benchYjsServers(): Promise<Record<string, unknown>> {
  if (openFileLimit() < idleConnectionCount + 100) {
    throw new Error(`open-file hard limit ${openFileLimit()} is below the ${idleConnectionCount} sockets the server must hold`);
  }
  const loadBefore = loadavg()[0]!;
  const figures = Object.fromEntries(serversUnderTest.map((server) => [server.key, {}])) as Record<ServerKey, Partial<ServerFigures>>;
  for (const letter of Object.keys(workloads) as (keyof ServerFigures)[]) {
    const [name, run] = workloads[letter];
    for (const server of serversUnderTest) {
      const started = performance.now();
      const result = await run(server);
      Object.assign(figures[server.key], { [letter]: result });
      // Progress on stderr: the whole part takes minutes, and a reader may want to stop early.
      console.error(`(${letter}) ${name} · ${server.label}: ${JSON.stringify(result)} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  return {
    servers: Object.fromEntries(serversUnderTest.map((server) => [server.label, server.persistence])),
    workloads: Object.fromEntries(Object.entries(workloads).map(([letter, [name]]) => [letter, name])),
    loadGenerator: `${generatorProcesses} processes, raw ws + y-protocols encoding; open-file limit ${openFileLimit()}`,
    machineLoadAverage: `${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after (1 min)`,
    notes: [
      'Authentication: ours lets every token write (as server/yjs/test-harness.ts does); the other two run without an auth hook.',
      'All three run as node --import tsx, with --expose-gc: RSS is read after a full collection, so it is live memory.',
      "Writers insert a character every 200-300 ms into their own copy of the text and do not integrate the others' edits; readers only read.",
      "Propagation: from a writer's send to a watcher's receipt of that character, on the wall clock the processes share.",
      'CPU is % of one core over the 20 s of typing; "other processes" is what the rest of the machine used meanwhile.',
      'RSS per connection or document is (RSS − the idle server’s RSS) / count; a document’s share includes its connections.',
      '(d) hocuspocus keeps whole documents, never an update log: its "100,000 updates" are the one stored state they make.',
    ],
    figures,
    table: markdownTable(serversUnderTest, figures),
  };
}
