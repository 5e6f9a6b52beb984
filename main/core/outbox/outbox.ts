import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { commands, CommandType } from '../../../shared/sync/commands';
import type { ApiClient } from '../http/api-client';
import type { LocalDb } from '../store/open-local-db';
import { backoffDelay } from '../sync/backoff';
import { localEffectOf } from './local-effects';
import { insertOutboxRow, nextPendingRow, outboxRow, OutboxRow } from './outbox-rows';

export interface OutboxOptions {
  db: LocalDb;
  http: ApiClient;
  clock: () => number;
  /** Where chat.sendFile left the bytes of files still to upload. */
  fileCacheDir: string;
  /** Something in the outbox or the store changed: tell the renderer. */
  onChanged(): void;
}

type Outcome = { ok: true; output: unknown } | { ok: false; error: AppError };

export type Outbox = ReturnType<typeof createOutbox>;

/**
 * The outbox: commands wait here, in order, until the server has answered. Network trouble and
 * 5xx keep the order and retry with backoff; a refusal (4xx) marks the entry rejected with the
 * server's reason and the queue moves on. The command id doubles as the idempotency key.
 */
export function createOutbox(options: OutboxOptions) {
  const { db, http } = options;
  const waiters = new Map<string, (outcome: Outcome) => void>();
  let draining: Promise<void> | null = null;
  let again = false;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | null = null;
  let stopped = false;

  /** Call inside the transaction that applies the command's optimistic local effect. */
  function enqueue<T extends CommandType>(type: T, id: string, input: unknown, summary: string, undo?: unknown): void {
    insertOutboxRow(db, { id, type, input, summary, createdAt: options.clock(), undo });
  }

  async function execute(row: OutboxRow): Promise<unknown> {
    const input = JSON.parse(row.input) as Record<string, unknown>;
    if (row.type === 'message.send' && input.file) {
      const file = input.file as { id: string; name: string };
      const cached = path.join(options.fileCacheDir, file.id);
      if (!fs.existsSync(cached)) throw new AppError('not_found', '本地缓存的文件已丢失，请重新发送');
      await http.uploadFile(file.id, file.name, fs.readFileSync(cached));
    }
    const result = await http.call('command', { body: { id: row.id, type: row.type, input } });
    return commands[row.type].output.parse(result.output);
  }

  function settle(row: OutboxRow, outcome: Outcome): void {
    const effect = localEffectOf(row.type);
    const input = JSON.parse(row.input);
    db.transaction(() => {
      if (outcome.ok) {
        effect.accepted?.(db, outcome.output as never, input);
        db.prepare('DELETE FROM outbox WHERE id = ?').run(row.id);
      } else {
        effect.rejected?.(db, input, row.undo ? JSON.parse(row.undo) : null, outcome.error.message);
        db.prepare("UPDATE outbox SET status = 'rejected', reason = ? WHERE id = ?").run(outcome.error.message, row.id);
      }
    })();
    waiters.get(row.id)?.(outcome);
    waiters.delete(row.id);
    options.onChanged();
  }

  async function drainOnce(): Promise<void> {
    for (let row = nextPendingRow(db); row && !stopped; row = nextPendingRow(db)) {
      db.prepare('UPDATE outbox SET attempts = attempts + 1 WHERE id = ?').run(row.id);
      try {
        settle(row, { ok: true, output: await execute(row) });
        failures = 0;
      } catch (error) {
        const appError = error instanceof AppError ? error : new AppError('internal', String(error));
        if (!isRefusal(appError)) {
          scheduleRetry();
          return;
        }
        settle(row, { ok: false, error: appError });
      }
    }
  }

  function scheduleRetry(): void {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void drain();
    }, backoffDelay(failures++));
  }

  /** Replays pending entries now; concurrent calls fold into one more pass. */
  function drain(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (draining) {
      again = true;
      return draining;
    }
    draining = (async () => {
      do {
        again = false;
        try {
          await drainOnce();
        } catch {
          // The store closed under us (sign-out); the entries stay queued for next time.
          return;
        }
      } while (again && !stopped);
    })().finally(() => (draining = null));
    return draining;
  }

  /** A fresh start after reconnecting: forget the backoff and try at once. */
  function kick(): void {
    failures = 0;
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    void drain();
  }

  /** Resolves with the server's answer, or null when it does not come within `ms` (offline). */
  function waitFor(id: string, ms: number): Promise<Outcome | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiters.delete(id);
        resolve(null);
      }, ms).unref();
      waiters.set(id, (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      });
    });
  }

  function retry(id: string): void {
    const row = outboxRow(db, id);
    if (!row) throw new AppError('not_found', '发件箱中没有这条记录');
    if (row.status === 'rejected') {
      db.transaction(() => {
        localEffectOf(row.type).retried?.(db, JSON.parse(row.input));
        db.prepare("UPDATE outbox SET status = 'pending', reason = NULL, attempts = 0 WHERE id = ?").run(id);
      })();
      options.onChanged();
    }
    kick();
  }

  function discard(id: string): void {
    const row = outboxRow(db, id);
    if (!row) throw new AppError('not_found', '发件箱中没有这条记录');
    db.transaction(() => {
      localEffectOf(row.type).discarded?.(db, JSON.parse(row.input), row.undo ? JSON.parse(row.undo) : null);
      db.prepare('DELETE FROM outbox WHERE id = ?').run(id);
    })();
    options.onChanged();
  }

  return {
    enqueue,
    drain,
    kick,
    waitFor,
    retry,
    discard,
    stop() {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
    },
  };
}

/** The server looked at the command and said no: retrying the same bytes will not help. */
function isRefusal(error: AppError): boolean {
  if (error.code === 'offline' || error.code === 'rate_limited' || error.code === 'unauthenticated') return false;
  return error.status >= 400 && error.status < 500;
}
