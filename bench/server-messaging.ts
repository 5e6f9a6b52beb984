/**
 * Server messaging benchmark: durable messages per second with 200 clients in 20 chats, then
 * p50/p99 delivery latency (send → receiver's pull) at an offered 1,000 msg/s. The server runs as
 * its own process (as deployed); this process is only the load generator.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { generateDemoOrganization } from '../server/demo/organization';
import type { LoginOutput } from '../shared/auth/schemas';
import type { Conversation, Message } from '../shared/messages/schemas';
import type { ChangesPage } from '../shared/sync/changes';
import { BenchClient } from './http-client';
import { round, summarize } from './stats';

const CLIENTS = 200;
const CHATS = 20;
const THROUGHPUT_SECONDS = 10;
const LATENCY_RATE = 1000;
const LATENCY_SECONDS = 10;

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function startServerProcess(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', '--port', String(port), '--data', dataDir, '--demo'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (let i = 0; i < 200; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/openapi.json`);
      if (res.ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

export async function benchServerMessaging(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'xt-bench-server-'));
  const port = 18000 + Math.floor(Math.random() * 1000);
  const server = await startServerProcess(dataDir, port);
  const base = new URL(`http://127.0.0.1:${port}`);
  try {
    const demo = generateDemoOrganization();
    const people = demo.people.filter((p) => !p.roles.includes('sysadmin')).slice(0, CLIENTS);
    const clients = people.map(() => new BenchClient(base));
    for (let i = 0; i < people.length; i += 10) {
      await Promise.all(
        people.slice(i, i + 10).map(async (person, j) => {
          const login = await clients[i + j]!.call<LoginOutput>('login', { body: { username: person.username, password: demo.demoPassword } });
          clients[i + j]!.token = login.token;
        }),
      );
    }
    const perChat = Math.floor(clients.length / CHATS);
    const chats: Conversation[] = [];
    for (let c = 0; c < CHATS; c++) {
      const members = people.slice(c * perChat, (c + 1) * perChat).map((p) => p.id);
      chats.push(
        await clients[c * perChat]!.call<Conversation>('createConversation', {
          body: { clientId: crypto.randomUUID(), kind: 'group', memberIds: members.slice(1), title: `压测群 ${c + 1}` },
        }),
      );
    }
    const chatOf = (i: number) => chats[Math.min(CHATS - 1, Math.floor(i / perChat))]!;

    // Phase 1: closed loop, every client sends as fast as its acknowledgements come back.
    let acked = 0;
    let running = true;
    const cpuBefore = cpuSeconds(server.pid!);
    const generatorBefore = process.cpuUsage();
    const t0 = performance.now();
    await Promise.all(
      clients.map(async (client, i) => {
        while (running) {
          await client.call('sendMessage', { params: { id: chatOf(i).id }, body: { clientId: crypto.randomUUID(), text: `吞吐测试消息 ${i}` } });
          acked++;
        }
      }).concat([new Promise<void>((r) => setTimeout(() => { running = false; r(); }, THROUGHPUT_SECONDS * 1000))]),
    );
    const elapsed = (performance.now() - t0) / 1000;
    const generatorCpu = process.cpuUsage(generatorBefore);
    const throughput = {
      durableMessagesPerSecond: round(acked / elapsed, 0),
      serverCpuPercent: round(((cpuSeconds(server.pid!) - cpuBefore) / elapsed) * 100, 0),
      loadGeneratorCpuPercent: round(((generatorCpu.user + generatorCpu.system) / 1e6 / elapsed) * 100, 0),
    };

    // Phase 2: open loop at a fixed rate; every client holds an /events socket, one receiver per chat pulls on pokes.
    const sockets: WebSocket[] = [];
    const latencies: number[] = [];
    const receivers = chats.map((_, c) => c * perChat + 1);
    await Promise.all(
      clients.map(
        (client, i) =>
          new Promise<void>((resolve, reject) => {
            const ws = new WebSocket(`ws://127.0.0.1:${port}/events?token=${client.token}`);
            sockets.push(ws);
            ws.once('open', () => resolve());
            ws.once('error', reject);
            if (!receivers.includes(i)) return;
            let cursor = 0;
            let pulling = false;
            let again = false;
            const pull = async (): Promise<void> => {
              if (pulling) { again = true; return; }
              pulling = true;
              do {
                again = false;
                const page = await client.call<ChangesPage>('changes', { query: { after: cursor, limit: 1000 } });
                cursor = page.cursor;
                const now = performance.now();
                for (const change of page.changes) {
                  if (change.entity !== 'message' || change.op !== 'put') continue;
                  const sentAt = /^lat (\d+(\.\d+)?)$/.exec((change.data as Message).text);
                  if (sentAt && (change.data as Message).senderId !== people[i]!.id) latencies.push(now - Number(sentAt[1]));
                }
                if (page.hasMore) again = true;
              } while (again);
              pulling = false;
            };
            ws.on('message', (raw) => {
              if (JSON.parse(String(raw)).type === 'poke') void pull();
            });
            void pull();
          }),
      ),
    );
    await new Promise((r) => setTimeout(r, 500));
    latencies.length = 0;
    const senders = clients.map((_, i) => i).filter((i) => !receivers.includes(i));
    let sent = 0;
    const total = LATENCY_RATE * LATENCY_SECONDS;
    const cpuBefore2 = cpuSeconds(server.pid!);
    const t1 = performance.now();
    await new Promise<void>((resolve) => {
      const tick = setInterval(() => {
        const due = Math.min(total, Math.floor(((performance.now() - t1) / 1000) * LATENCY_RATE));
        while (sent < due) {
          const i = senders[sent % senders.length]!;
          void clients[i]!.call('sendMessage', { params: { id: chatOf(i).id }, body: { clientId: crypto.randomUUID(), text: `lat ${performance.now()}` } });
          sent++;
        }
        if (sent >= total) { clearInterval(tick); resolve(); }
      }, 2);
    });
    await new Promise((r) => setTimeout(r, 2000));
    const elapsed2 = (performance.now() - t1) / 1000;
    const delivery = summarize(latencies);
    for (const ws of sockets) ws.close();
    for (const client of clients) client.close();
    return {
      clients: clients.length,
      chats: CHATS,
      ...throughput,
      latencyOfferedRate: LATENCY_RATE,
      deliveredToReceivers: delivery.count,
      deliveryP50Ms: round(delivery.p50),
      deliveryP99Ms: round(delivery.p99),
      deliveryMaxMs: round(delivery.max),
      serverCpuPercentAtRate: round(((cpuSeconds(server.pid!) - cpuBefore2) / elapsed2) * 100, 0),
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
