import type { Database } from 'better-sqlite3';
import { closeSync, fsync, openSync } from 'node:fs';

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit. Writes that arrive in the same turn of the event loop run in one transaction,
 * each inside its own savepoint (so one failure does not undo the others), and every promise
 * settles only once the commit is on disk: after COMMIT the write-ahead log is fsynced, and only
 * then are callers told. The fsync runs on libuv's thread pool, so the event loop keeps parsing
 * requests (and runs the next batch) while the disk syncs — SQLite's own synchronous=FULL would
 * block it for every commit. Hence synchronous=NORMAL here: the batcher does the WAL sync itself,
 * and SQLite still syncs around checkpoints.
 */
export class WriteBatcher {
  private queue: Pending[] = [];
  private scheduled = false;
  private walFd: number | null = null;
  private syncsInFlight = new Set<Promise<void>>();
  private readonly walPath: string | null;

  constructor(private readonly db: Database) {
    const wal = !db.memory && db.pragma('journal_mode', { simple: true }) === 'wal';
    this.walPath = wal ? `${db.name}-wal` : null;
    if (wal) db.pragma('synchronous = NORMAL');
  }

  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    const outcomes: { ok: boolean; value: unknown }[] = [];
    const runOne = this.db.transaction((item: Pending) => item.work());
    try {
      this.db.transaction(() => {
        for (const item of batch) {
          try {
            outcomes.push({ ok: true, value: runOne(item) });
          } catch (error) {
            outcomes.push({ ok: false, value: error });
          }
        }
      })();
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    const settle = () =>
      batch.forEach((item, i) => {
        const outcome = outcomes[i]!;
        if (outcome.ok) item.resolve(outcome.value);
        else item.reject(outcome.value);
      });
    if (!outcomes.some((o) => o.ok) || this.walPath === null) {
      settle();
      return;
    }
    // Covers this commit and every earlier one: fsync flushes the whole file, whichever fd asks.
    this.walFd ??= openSync(this.walPath, 'r');
    const synced = new Promise<void>((done) =>
      fsync(this.walFd!, (error) => {
        if (error) for (const item of batch) item.reject(error);
        else settle();
        done();
      }),
    );
    this.syncsInFlight.add(synced);
    void synced.then(() => this.syncsInFlight.delete(synced));
  }

  /** Waits for syncs under way, then lets go of the log file; call before closing the database. */
  async close(): Promise<void> {
    await Promise.all(this.syncsInFlight);
    if (this.walFd !== null) closeSync(this.walFd);
    this.walFd = null;
  }
}
