import type { YjsLogger } from './logger';
import { Room, type RoomHistoryOptions } from './room';
import type { YDocStore } from './store';

export interface RoomRegistryOptions {
  store: YDocStore;
  idleUnloadMs: number;
  compactAfterUpdates: number;
  logger: YjsLogger;
  history: RoomHistoryOptions;
}

interface Entry {
  /** Shared by every join that arrives while the document loads, so it loads once. */
  loading: Promise<Room>;
  room: Room | undefined;
  /** Joins in progress plus open connections; the room unloads only when this is zero. */
  holds: number;
  unloadTimer: NodeJS.Timeout | undefined;
}

/** The loaded rooms by document id: loads a room on first use, unloads it when left idle. */
export class RoomRegistry {
  private readonly entries = new Map<string, Entry>();
  private closed = false;

  constructor(private readonly options: RoomRegistryOptions) {}

  /** The room for a document, kept loaded until the matching release(). */
  async acquire(docId: string): Promise<Room> {
    // A room loaded now would outlive the store it writes to.
    if (this.closed) throw new Error('the Yjs rooms are closed');
    let entry = this.entries.get(docId);
    if (!entry) {
      const loading = Room.load({ docId, ...this.options });
      const created: Entry = { loading, room: undefined, holds: 0, unloadTimer: undefined };
      void loading.then(
        (room) => (created.room = room),
        () => {
          if (this.entries.get(docId) === created) this.entries.delete(docId);
        },
      );
      this.entries.set(docId, created);
      entry = created;
    }
    entry.holds += 1;
    clearTimeout(entry.unloadTimer);
    try {
      return await entry.loading;
    } catch (error) {
      entry.holds -= 1;
      throw error;
    }
  }

  release(docId: string): void {
    const entry = this.entries.get(docId);
    if (!entry) return;
    entry.holds -= 1;
    if (entry.holds > 0) return;
    clearTimeout(entry.unloadTimer);
    entry.unloadTimer = setTimeout(() => void this.unloadIfIdle(docId, entry), this.options.idleUnloadMs);
  }

  /** The room when it is loaded or loading, without holding it; null when it is not or fails to load. */
  async present(docId: string): Promise<Room | null> {
    return (await this.entries.get(docId)?.loading.catch(() => null)) ?? null;
  }

  loadedRooms(): Room[] {
    return [...this.entries.values()].flatMap((entry) => (entry.room ? [entry.room] : []));
  }

  get size(): number {
    return this.entries.size;
  }

  /** Disconnects everyone, waits for pending writes, and frees every room. */
  async closeAll(): Promise<void> {
    this.closed = true;
    const entries = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(
      entries.map(async (entry) => {
        clearTimeout(entry.unloadTimer);
        const room = await entry.loading.catch(() => null);
        if (!room) return;
        room.shutDown(1001, 'server shutting down');
        await room.settled();
        room.destroy();
      }),
    );
  }

  private async unloadIfIdle(docId: string, entry: Entry): Promise<void> {
    const room = await entry.loading;
    await room.settled();
    // Someone may have joined, or the registry closed, while the last writes were finishing.
    if (entry.holds > 0 || this.entries.get(docId) !== entry) return;
    this.entries.delete(docId);
    room.destroy();
  }
}
