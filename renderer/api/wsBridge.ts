import { BridgeMessage, type BridgeRequest, type CallOutcome, type DesktopBridge } from '../../shared/contract/bridge';
import type { CoreEvent } from '../../shared/desktop-api';

export interface WsBridgeOptions {
  url: string;
  /** First reconnect delay; doubles up to maxDelayMs. */
  minDelayMs?: number;
  maxDelayMs?: number;
  onConnectionChange?: (connected: boolean) => void;
}

const offline = (message: string): CallOutcome => ({ ok: false, error: { code: 'offline', message } });

/**
 * Browser-mode bridge: the same DesktopBridge as the preload, over WebSocket /bridge.
 * Calls made while disconnected wait in a queue and go out on reconnect. A call already
 * sent when the socket drops is failed (not re-sent), because it may have been applied.
 * After a reconnect every area is announced as changed so the UI re-reads what it shows.
 */
export function createWsBridge(options: WsBridgeOptions): DesktopBridge & { close(): void } {
  const minDelay = options.minDelayMs ?? 300;
  const maxDelay = options.maxDelayMs ?? 5000;
  const listeners = new Set<(event: CoreEvent) => void>();
  const inFlight = new Map<number, (outcome: CallOutcome) => void>();
  const queue: { request: BridgeRequest; resolve: (outcome: CallOutcome) => void }[] = [];
  let nextId = 1;
  let socket: WebSocket | null = null;
  let open = false;
  let closed = false;
  let delay = minDelay;
  let everConnected = false;

  const emit = (event: CoreEvent) => {
    for (const listener of [...listeners]) listener(event);
  };

  const send = (request: BridgeRequest, resolve: (outcome: CallOutcome) => void) => {
    if (!socket || !open) {
      queue.push({ request, resolve });
      return;
    }
    inFlight.set(request.id, resolve);
    socket.send(JSON.stringify(request));
  };

  const connect = () => {
    if (closed) return;
    const ws = new WebSocket(options.url);
    socket = ws;
    ws.onopen = () => {
      open = true;
      delay = minDelay;
      options.onConnectionChange?.(true);
      const waiting = queue.splice(0);
      for (const item of waiting) send(item.request, item.resolve);
      if (everConnected) emit({ type: 'changed', areas: ['session', 'directory', 'chat', 'outbox', 'presence', 'documents'] });
      everConnected = true;
    };
    ws.onmessage = (ev: MessageEvent) => {
      if (typeof ev.data !== 'string') return;
      let raw: unknown;
      try {
        raw = JSON.parse(ev.data);
      } catch {
        return;
      }
      const parsed = BridgeMessage.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.kind === 'result') {
        const resolve = inFlight.get(message.id);
        inFlight.delete(message.id);
        resolve?.(message.outcome);
      } else {
        emit(message.event);
      }
    };
    ws.onclose = () => {
      const wasOpen = open;
      open = false;
      socket = null;
      if (wasOpen) options.onConnectionChange?.(false);
      for (const [id, resolve] of inFlight) {
        inFlight.delete(id);
        resolve(offline('与本地服务的连接已断开，请稍后重试'));
      }
      if (closed) return;
      setTimeout(connect, delay);
      delay = Math.min(maxDelay, delay * 2);
    };
    ws.onerror = () => {
      // onclose follows and schedules the reconnect.
    };
  };

  connect();

  return {
    invoke(channel: string, input: unknown): Promise<CallOutcome> {
      return new Promise((resolve) => send({ id: nextId++, channel, input }, resolve));
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      socket?.close();
    },
  };
}
