import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocket, WebSocketServer } from 'ws';
import { ClientEvent, type ServerEvent } from '../../shared/sync/events';
import type { Authenticator } from '../auth/authenticator';
import type { ConversationStore } from '../messages/conversation-store';
import type { RecordAccess } from '../documents/record-access';
import { clientDescription, refuseUpgrade, upgradeToken } from '../http/upgrade';
import type { Bus, BusEvent } from './bus';

interface Client {
  ws: WebSocket;
  userId: string;
  token: string;
  tokenHash: string;
  alive: boolean;
}

/**
 * The /events sockets: pokes after commits (only to people who may see the change), presence,
 * and notice of ended sessions. Events carry no records; clients pull.
 */
export class EventsHub {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly clientsByUser = new Map<string, Set<Client>>();
  /** Newest seq each person should pull to, sent once per turn of the event loop. */
  private readonly pendingPokes = new Map<string, number>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly authenticator: Authenticator,
    private readonly conversations: ConversationStore,
    private readonly records: RecordAccess,
    bus: Bus,
    private readonly log: Logger,
    heartbeatMs = 30_000,
  ) {
    this.unsubscribe = bus.subscribe((event) => this.onBusEvent(event));
    this.heartbeat = setInterval(() => void this.checkClients(), heartbeatMs);
    this.heartbeat.unref();
  }

  online(): string[] {
    return [...this.clientsByUser.keys()];
  }

  async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const token = upgradeToken(req);
    const actor = token ? await this.authenticator.resolve(token, clientDescription(req)) : null;
    if (!token || !actor) return refuseUpgrade(socket, 401, 'Unauthorized');
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.register({ ws, userId: actor.person.id, token, tokenHash: actor.session.tokenHash, alive: true });
    });
  }

  async close(): Promise<void> {
    this.unsubscribe();
    clearInterval(this.heartbeat);
    for (const clients of this.clientsByUser.values()) for (const client of clients) client.ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private register(client: Client): void {
    const { ws, userId } = client;
    let clients = this.clientsByUser.get(userId);
    const cameOnline = !clients;
    if (!clients) this.clientsByUser.set(userId, (clients = new Set()));
    clients.add(client);
    send(ws, { type: 'presence', online: this.online() });
    if (cameOnline) this.broadcast({ type: 'presenceChanged', userId, online: true }, userId);

    ws.on('pong', () => {
      client.alive = true;
    });
    ws.on('message', (data) => {
      const parsed = ClientEvent.safeParse(safeJson(data.toString()));
      // The client's heartbeat keeps its session alive, like any authenticated request.
      if (parsed.success && parsed.data.type === 'ping') void this.refresh(client);
    });
    ws.on('error', (error) => this.log.debug({ err: error }, 'events socket error'));
    ws.on('close', () => this.unregister(client));
  }

  private unregister(client: Client): void {
    const clients = this.clientsByUser.get(client.userId);
    if (!clients?.delete(client) || clients.size > 0) return;
    this.clientsByUser.delete(client.userId);
    this.broadcast({ type: 'presenceChanged', userId: client.userId, online: false });
  }

  private async checkClients(): Promise<void> {
    for (const clients of this.clientsByUser.values()) {
      for (const client of clients) {
        if (!client.alive) {
          client.ws.terminate();
          continue;
        }
        client.alive = false;
        client.ws.ping();
        await this.refresh(client);
      }
    }
  }

  private async refresh(client: Client): Promise<void> {
    try {
      const actor = await this.authenticator.resolve(client.token, 'events');
      if (!actor) this.end(client, '登录已过期，请重新登录');
    } catch (error) {
      this.log.warn({ err: error }, 'session refresh failed');
    }
  }

  private onBusEvent(event: BusEvent): void {
    if (event.type === 'sessionsEnded') {
      for (const client of this.clientsByUser.get(event.userId) ?? []) {
        if (event.tokenHashes === 'all' || event.tokenHashes.includes(client.tokenHash)) this.end(client, event.reason);
      }
      return;
    }
    if (this.clientsByUser.size === 0) return;
    // A group commit announces many changes at once; each person needs one poke to pull them all.
    if (this.pendingPokes.size === 0) setImmediate(() => this.flushPokes());
    for (const userId of this.audience(event.scopes)) {
      if (this.clientsByUser.has(userId)) this.pendingPokes.set(userId, Math.max(event.seq, this.pendingPokes.get(userId) ?? 0));
    }
  }

  private flushPokes(): void {
    for (const [userId, seq] of this.pendingPokes) {
      for (const client of this.clientsByUser.get(userId) ?? []) send(client.ws, { type: 'poke', seq });
    }
    this.pendingPokes.clear();
  }

  /** Connected people who may see changes in these scopes. */
  private audience(scopes: string[]): Set<string> {
    const users = new Set<string>();
    for (const scope of scopes) {
      if (scope === 'org') return new Set(this.clientsByUser.keys());
      const [kind, id] = [scope.slice(0, scope.indexOf(':')), scope.slice(scope.indexOf(':') + 1)];
      if (kind === 'user') users.add(id);
      else if (kind === 'conv') for (const member of this.conversations.memberIds(id)) users.add(member);
      else for (const user of this.records.users(scope)) users.add(user);
    }
    return users;
  }

  private end(client: Client, reason: string): void {
    send(client.ws, { type: 'sessionEnded', reason });
    client.ws.close(4001, 'session ended');
  }

  private broadcast(event: ServerEvent, exceptUserId?: string): void {
    for (const [userId, clients] of this.clientsByUser) {
      if (userId === exceptUserId) continue;
      for (const client of clients) send(client.ws, event);
    }
  }
}

function send(ws: WebSocket, event: ServerEvent): void {
  if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(event));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
