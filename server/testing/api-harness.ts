/* eslint-disable @typescript-eslint/no-explicit-any -- replies are read loosely in tests; the schemas are checked where it matters */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { LoginOutput } from '../../shared/auth/schemas';
import type { Org, Person, Role } from '../../shared/directory/schemas';
import { newId } from '../../shared/ids';
import { fillPath } from '../../shared/http/route';
import { routes, type RouteName } from '../../shared/http/routes';
import type { CommandType } from '../../shared/sync/commands';
import type { ServerEvent } from '../../shared/sync/events';
import { startServer, type RunningServer, type StartServerOptions } from '../app';
import type { Clock } from '../config';

export class ManualClock implements Clock {
  constructor(private t = Date.UTC(2026, 10, 23, 1, 0, 0)) {}
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export interface Reply<T = any> {
  status: number;
  body: T;
}

export const PASSWORD = 'Test-Passw0rd';

/** A real server on a temp data dir with a first admin already bootstrapped. */
export class TestServer {
  readonly clock = new ManualClock();
  server!: RunningServer;
  admin!: LoginOutput;
  rootOrg!: Org;

  private constructor(readonly dataDir: string) {}

  static async start(options: Partial<StartServerOptions> = {}): Promise<TestServer> {
    const harness = new TestServer(mkdtempSync(join(tmpdir(), 'xt-server-')));
    await harness.boot(options);
    const boot = await harness.call('bootstrap', {
      body: { setupCode: harness.server.setupCode!, username: 'admin', name: '管理员', password: PASSWORD },
    });
    if (boot.status !== 200) throw new Error(`bootstrap failed: ${JSON.stringify(boot.body)}`);
    harness.admin = boot.body;
    harness.rootOrg = await harness.command(harness.admin.token, 'org.create', {
      id: newId(),
      parentId: null,
      name: '滨州市人民政府',
      kind: 'unit',
      sort: 1,
    });
    return harness;
  }

  async boot(options: Partial<StartServerOptions> = {}): Promise<void> {
    this.server = await startServer({ dataDir: this.dataDir, log: false, clock: this.clock, ...options });
  }

  async stop(): Promise<void> {
    await this.server.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  async call<T = any>(
    name: RouteName,
    input: { params?: Record<string, string | number>; query?: Record<string, string | number>; body?: unknown } = {},
    token?: string,
  ): Promise<Reply<T>> {
    const spec = routes[name];
    const url = new URL(fillPath(spec.path, input.params ?? {}), this.server.url);
    for (const [k, v] of Object.entries(input.query ?? {})) url.searchParams.set(k, String(v));
    return this.raw(spec.method, url.pathname + url.search, input.body === undefined ? undefined : JSON.stringify(input.body), token);
  }

  async raw<T = any>(method: string, path: string, body?: string | Buffer, token?: string, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const res = await fetch(new URL(path, this.server.url), {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body,
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* binary or empty */
    }
    return { status: res.status, body: parsed as T };
  }

  async command<T = any>(token: string, type: CommandType, input: unknown, id = newId()): Promise<T> {
    const reply = await this.call('command', { body: { id, type, input } }, token);
    if (reply.status !== 200) throw new Error(`${type} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body.output as T;
  }

  async tryCommand(token: string, type: CommandType, input: unknown, id = newId()): Promise<Reply> {
    return this.call('command', { body: { id, type, input } }, token);
  }

  /** A person with a post in the org (the root org by default), logged in. */
  async person(username: string, name: string, options: { orgId?: string; roles?: Role[] } = {}): Promise<{ person: Person; token: string }> {
    const person = await this.command<Person>(this.admin.token, 'person.create', {
      id: newId(),
      username,
      name,
      phone: '13800000000',
      posts: [{ orgId: options.orgId ?? this.rootOrg.id, title: '科员', sort: 10 }],
      roles: options.roles ?? [],
      initialPassword: PASSWORD,
    });
    return { person, token: await this.login(username) };
  }

  async login(username: string, password = PASSWORD): Promise<string> {
    const reply = await this.call<LoginOutput>('login', { body: { username, password } });
    if (reply.status !== 200) throw new Error(`login failed: ${JSON.stringify(reply.body)}`);
    return reply.body.token;
  }

  async events(token: string): Promise<EventsClient> {
    const ws = new WebSocket(`${this.server.url.replace('http', 'ws')}/events?token=${encodeURIComponent(token)}`);
    const client = new EventsClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    });
    await client.next((e) => e.type === 'presence');
    return client;
  }
}

export class EventsClient {
  readonly received: ServerEvent[] = [];
  private waiters: { match: (e: ServerEvent) => boolean; resolve: (e: ServerEvent) => void }[] = [];
  closed: Promise<number>;

  constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const event = JSON.parse(data.toString()) as ServerEvent;
      this.received.push(event);
      for (const waiter of [...this.waiters]) {
        if (waiter.match(event)) {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          waiter.resolve(event);
        }
      }
    });
    this.closed = new Promise((resolve) => ws.on('close', (code) => resolve(code)));
  }

  next(match: (e: ServerEvent) => boolean, timeoutMs = 5000): Promise<ServerEvent> {
    const already = this.received.find(match);
    if (already) {
      this.received.splice(this.received.indexOf(already), 1);
      return Promise.resolve(already);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no matching event')), timeoutMs);
      this.waiters.push({
        match,
        resolve: (e) => {
          clearTimeout(timer);
          this.received.splice(this.received.indexOf(e), 1);
          resolve(e);
        },
      });
    });
  }

  close(): void {
    this.ws.close();
  }
}
