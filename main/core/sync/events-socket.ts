import WebSocket from 'ws';
import { ServerEvent } from '../../../shared/sync/events';
import { backoffDelay } from './backoff';

const PING_INTERVAL_MS = 25_000;

export interface EventsSocketOptions {
  serverUrl: string;
  token: string;
  onEvent(event: ServerEvent): void;
  onOpen(): void;
  onClose(): void;
  /** The server refused the token at the upgrade: reconnecting would not help. */
  onUnauthorized(): void;
}

/** The /events WebSocket: pokes, presence and session end; reconnects with backoff until stopped. */
export function connectEvents(options: EventsSocketOptions): { stop(): void } {
  const url = options.serverUrl.replace(/^http/, 'ws').replace(/\/+$/, '') + '/events';
  let socket: WebSocket | null = null;
  let stopped = false;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | null = null;
  let pingTimer: NodeJS.Timeout | null = null;

  function open(): void {
    if (stopped) return;
    const ws = new WebSocket(url, { headers: { authorization: `Bearer ${options.token}` } });
    socket = ws;
    ws.on('open', () => {
      attempt = 0;
      pingTimer = setInterval(() => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify({ type: 'ping' })), PING_INTERVAL_MS);
      options.onOpen();
    });
    ws.on('message', (data) => {
      let json: unknown;
      try {
        json = JSON.parse(String(data));
      } catch {
        return;
      }
      const parsed = ServerEvent.safeParse(json);
      if (parsed.success) options.onEvent(parsed.data);
    });
    ws.on('unexpected-response', (_req, res) => {
      if (res.statusCode === 401) {
        stopped = true;
        options.onUnauthorized();
      }
      ws.terminate();
    });
    ws.on('error', () => undefined);
    ws.on('close', () => {
      if (pingTimer) clearInterval(pingTimer);
      pingTimer = null;
      socket = null;
      if (stopped) return;
      options.onClose();
      retryTimer = setTimeout(open, backoffDelay(attempt++));
    });
  }

  open();
  return {
    stop() {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      if (pingTimer) clearInterval(pingTimer);
      socket?.terminate();
    },
  };
}
