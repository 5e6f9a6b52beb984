import type { ServerEvent } from '../../../shared/sync/events';
import type { ApiClient } from '../http/api-client';
import type { LocalDb } from '../store/open-local-db';
import { connectEvents } from './events-socket';
import { PulledPage, pullChanges } from './pull-changes';

const FALLBACK_PULL_MS = 30_000;

export interface SyncEngineOptions {
  db: LocalDb;
  http: ApiClient;
  token: string;
  onPage(page: PulledPage): void;
  onServerEvent(event: ServerEvent): void;
  /** The events socket (re)connected: a good moment to replay the outbox too. */
  onReconnect(): void;
  /** The fallback timer fired: retry whatever waits on the network. */
  onTick(): void;
  onSocketClosed(): void;
  onUnauthorized(): void;
}

export interface SyncEngine {
  /** Pulls now; concurrent requests fold into one extra pull after the running one. */
  pull(): Promise<void>;
  stop(): void;
}

/** Pulls on start, on every poke, on reconnect and every 30 s as a fallback. */
export function startSyncEngine(options: SyncEngineOptions): SyncEngine {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  async function runPulls(): Promise<void> {
    do {
      again = false;
      try {
        await pullChanges(options.db, options.http, options.onPage);
      } catch {
        // Offline or refused: the next poke, reconnect or timer tries again.
        return;
      }
    } while (again && !stopped);
  }

  function pull(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = runPulls().finally(() => (running = null));
    return running;
  }

  const socket = connectEvents({
    serverUrl: options.http.serverUrl,
    token: options.token,
    onOpen() {
      void pull();
      options.onReconnect();
    },
    onClose: options.onSocketClosed,
    onUnauthorized: options.onUnauthorized,
    onEvent(event) {
      if (event.type === 'poke') void pull();
      options.onServerEvent(event);
    },
  });
  const timer = setInterval(() => {
    void pull();
    options.onTick();
  }, FALLBACK_PULL_MS);
  timer.unref();
  void pull();

  return {
    pull,
    stop() {
      stopped = true;
      clearInterval(timer);
      socket.stop();
    },
  };
}
