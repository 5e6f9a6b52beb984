/**
 * What one part of the server tells the sockets, possibly on other nodes: new changes (by
 * scope, so each node works out who may see them) and ended sessions.
 */
export type BusEvent =
  | { type: 'changes'; seq: number; scopes: string[] }
  | { type: 'sessionsEnded'; userId: string; tokenHashes: string[] | 'all'; reason: string };

export interface Bus {
  publish(event: BusEvent): void;
  subscribe(listener: (event: BusEvent) => void): () => void;
}

/** One node: listeners are called synchronously, in the order they subscribed. */
export class InProcessBus implements Bus {
  private readonly listeners = new Set<(event: BusEvent) => void>();

  publish(event: BusEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  subscribe(listener: (event: BusEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
