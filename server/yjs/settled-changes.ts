import type { YjsLogger } from './logger';

type Listener = (docId: string) => void | Promise<void>;

/**
 * Tells listeners a document changed once its edits have settled: `delayMs` after its last
 * change, so a search index is refreshed once per pause in typing rather than per keystroke.
 */
export class SettledChanges {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly delayMs: number,
    private readonly logger: YjsLogger,
  ) {}

  changed(docId: string): void {
    clearTimeout(this.timers.get(docId));
    const timer = setTimeout(() => {
      this.timers.delete(docId);
      for (const listener of this.listeners) {
        Promise.resolve()
          .then(() => listener(docId))
          .catch((error: unknown) => this.logger.error({ docId, error }, 'a listener for settled document changes failed'));
      }
    }, this.delayMs);
    timer.unref();
    this.timers.set(docId, timer);
  }

  /** Returns the function that removes the listener. */
  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Drops the notices still waiting: the server is shutting down. */
  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
