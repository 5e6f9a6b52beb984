import { BenchClient } from './client';
import { dialects } from './dialect';
import { characterKey, type GeneratorCommand, type GeneratorReply, type Role } from './generators';
import { sleep } from './proc';

// One load-generator process (see GeneratorPool): holds its share of the clients and does what
// the benchmark process tells it over IPC.

// Handshakes in flight at once: thousands of simultaneous SYNs overflow the server's accept
// backlog, and the dropped ones wait a second for the retransmit.
const concurrentHandshakes = 50;

const clients: { client: BenchClient; role: Role }[] = [];
let sends: number[] = [];
let arrivals: number[] = [];

const writes = (role: Role) => role === 'editor' || role === 'writer';
const watches = (role: Role) => role === 'editor' || role === 'reader';

async function handle(command: GeneratorCommand): Promise<GeneratorReply> {
  switch (command.kind) {
    case 'open': {
      const dialect = dialects[command.server];
      const failures: string[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrentHandshakes }, async () => {
          while (next < command.clients.length) {
            const { docId, role } = command.clients[next++]!;
            const client = new BenchClient({
              dialect,
              port: command.port,
              docId,
              doc: writes(role) ? 'own' : 'none',
              // Readers are viewers without a cursor: 500 presences would make (c) an awareness benchmark.
              presence: role !== 'reader',
              onArrival: watches(role) ? (id, clock, at) => arrivals.push(characterKey(id, clock), at) : undefined,
            });
            clients.push({ client, role });
            await client.synced.catch((error: unknown) => failures.push(String(error)));
          }
        }),
      );
      return { kind: 'opened', failed: failures.length, firstFailure: failures[0] ?? null };
    }
    case 'type': {
      sends = [];
      arrivals = [];
      const end = performance.now() + command.durationMs;
      await Promise.all(
        clients
          .filter(({ role }) => writes(role))
          .map(async ({ client }) => {
            // Writers start out of step, as people do, and then keep a human pace: 200-300 ms a character.
            await sleep(Math.random() * 250);
            while (performance.now() < end) {
              const sent = client.insert();
              sends.push(characterKey(sent.client, sent.clock), sent.at);
              await sleep(200 + Math.random() * 100);
            }
          }),
      );
      await sleep(command.graceMs);
      return { kind: 'typed', sends: Float64Array.from(sends), arrivals: Float64Array.from(arrivals) };
    }
    case 'close':
      await Promise.race([Promise.all(clients.map(({ client }) => client.close())), sleep(10_000)]);
      return { kind: 'closed' };
  }
}

process.on('message', (command: GeneratorCommand) => {
  void handle(command).then((reply) => process.send!(reply));
});
// The pool disconnects after 'close'; so does a benchmark process that died.
process.on('disconnect', () => process.exit(0));
