import type { WriteBatcher } from '../storage/write-batcher';
import type { Bus } from '../events/bus';
import { ChangeSet } from './change-log';

/** What a write may do besides touching tables: record changes, and act once it is durable. */
export interface WriteScope {
  changes: ChangeSet;
  afterCommit(action: () => void): void;
}

/**
 * Runs a write through the group-commit batcher and, once it is on disk, pokes whoever may see
 * what it changed. Nothing is announced for a write that rolled back.
 */
export class Writer {
  constructor(
    private readonly batcher: WriteBatcher,
    private readonly bus: Bus,
  ) {}

  async write<T>(work: (scope: WriteScope) => T): Promise<T> {
    const changes = new ChangeSet();
    const actions: (() => void)[] = [];
    const result = await this.batcher.run(() => work({ changes, afterCommit: (action) => actions.push(action) }));
    if (changes.scopes.size > 0) this.bus.publish({ type: 'changes', seq: changes.lastSeq, scopes: [...changes.scopes] });
    for (const action of actions) action();
    return result;
  }
}
