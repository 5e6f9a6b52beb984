import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DocAttribution, type UpdateAttribution } from './attribution';
import type { Connection } from './connection';
import type { YjsLogger } from './logger';
import {
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncStep2Update,
  encodeUpdate,
  isEmptyStateVector,
  readAwarenessEntries,
  readClientMessage,
  writeAwarenessEntries,
  type AwarenessEntry,
} from './protocol';
import type { StoredDocument, YDocStore } from './store';

export interface RoomOptions {
  docId: string;
  store: YDocStore;
  /** Compact once more than this many rows (updates plus snapshot) are stored for the document. */
  compactAfterUpdates: number;
  logger: YjsLogger;
  history?: RoomHistoryOptions;
}

/** Documents whose every edit is kept and attributed to its author (公文 bodies). */
export interface RoomHistoryOptions {
  keep(docId: string): boolean;
  /** Told after each update applied to a document whose history is kept. */
  changed(docId: string): void;
}

// Close codes: 1007 for a message we cannot decode, 1011 when storage failed so the client's
// reconnect-and-resync sends its changes again; both make the stock client reconnect.
const closeInvalidMessage = 1007;
const closeStorageFailed = 1011;

/**
 * One loaded document and the sockets editing it. The in-memory document only ever holds what is
 * durably stored: a writer's update is appended to the store first and applied (and so broadcast)
 * once the append resolves, in the order the updates arrived.
 */
export class Room {
  readonly connections = new Set<Connection>();
  private readonly awareness: awarenessProtocol.Awareness;
  /** Which socket introduced each awareness client id; only that socket may change its state. */
  private readonly awarenessOwners = new Map<number, Connection>();
  private applying: Promise<unknown> = Promise.resolve();
  private compacting: Promise<void> = Promise.resolve();
  private compactionRunning = false;
  private storedRows: number;
  private lastAppliedId: number;
  private closed = false;
  /**
   * The answer to a client that has nothing yet (everyone opening the document on a new machine):
   * the whole document, encoded once per version of it rather than once per client. Null until
   * asked for and again after every change.
   */
  private wholeDocumentStep2: Uint8Array | null = null;

  static async load(options: RoomOptions): Promise<Room> {
    const keepHistory = options.history?.keep(options.docId) ?? false;
    const stored = await options.store.load(options.docId, { attribution: keepHistory });
    // Without garbage collection deleted content stays, so every earlier version can be rebuilt.
    const doc = new Y.Doc({ gc: !keepHistory });
    let applied = 0;
    doc.transact(() => {
      stored.updates.forEach((update, index) => {
        try {
          Y.applyUpdate(doc, update);
          applied++;
        } catch (error) {
          // One unreadable row must not make the whole document unopenable.
          options.logger.error({ docId: options.docId, index, error }, 'skipped a stored Yjs update that does not apply');
        }
      });
    });
    if (keepHistory && !stored.attribution) throw new Error(`the store kept no attribution for ${options.docId}`);
    const room = new Room(doc, stored, options, stored.attribution ? new DocAttribution(doc, stored.attribution) : null);
    // A document stored as one row (a compacted one) is that row: no need to encode it again.
    if (stored.updates.length === 1 && applied === 1) room.wholeDocumentStep2 ??= encodeSyncStep2Update(stored.updates[0]!);
    return room;
  }

  private constructor(
    /** Read only: every change goes through the store first (see receiveUpdate and submit). */
    readonly doc: Y.Doc,
    stored: StoredDocument,
    private readonly options: RoomOptions,
    /** Null unless the document's history is kept. */
    readonly attribution: DocAttribution | null,
  ) {
    this.storedRows = stored.updates.length;
    this.lastAppliedId = stored.lastId;
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.wholeDocumentStep2 = null;
      this.broadcastUpdate(update, origin);
    });
    this.awareness.on('update', (changes: AwarenessChanges) => this.broadcastAwareness(changes));
    this.compactIfDue();
  }

  join(connection: Connection): void {
    this.connections.add(connection);
    // The client sends its sync step 1 on open and is answered in receive(). Asking a reader for
    // its state would only invite a sync step 2 that is refused anyway.
    if (connection.access === 'write') connection.send(encodeSyncStep1(this.doc));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) connection.send(encodeAwareness(this.awareness, present));
  }

  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    const owned = [...connection.awarenessClients];
    for (const clientId of owned) this.awarenessOwners.delete(clientId);
    awarenessProtocol.removeAwarenessStates(this.awareness, owned, null);
  }

  receive(connection: Connection, data: Uint8Array): void {
    if (this.closed || !this.connections.has(connection)) return;
    let message;
    try {
      message = readClientMessage(data);
    } catch (error) {
      this.options.logger.warn({ docId: this.options.docId, error }, 'closed a Yjs connection that sent an unreadable message');
      connection.close(closeInvalidMessage, 'unreadable message');
      return;
    }
    switch (message.kind) {
      case 'syncStep1':
        if (!isEmptyStateVector(message.stateVector)) {
          connection.send(encodeSyncStep2(this.doc, message.stateVector));
          return;
        }
        this.wholeDocumentStep2 ??= encodeSyncStep2Update(Y.encodeStateAsUpdate(this.doc));
        connection.send(this.wholeDocumentStep2);
        return;
      case 'update':
        this.receiveUpdate(connection, message.update);
        return;
      case 'awareness':
        this.receiveAwareness(connection, message.update);
        return;
      case 'queryAwareness':
        connection.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
        return;
      case 'unknown':
        this.options.logger.warn({ docId: this.options.docId, type: message.type }, 'ignored a Yjs message of unknown type');
    }
  }

  /** Stops taking messages and lets every socket go; pending writes still complete (see settled). */
  shutDown(code: number, reason: string): void {
    this.closed = true;
    for (const connection of [...this.connections]) {
      this.leave(connection);
      connection.close(code, reason);
    }
  }

  /** Resolves once every accepted update is stored and applied and no compaction is running. */
  async settled(): Promise<void> {
    for (;;) {
      const applying = this.applying;
      const compacting = this.compacting;
      await applying;
      await compacting;
      if (applying === this.applying && compacting === this.compacting) return;
    }
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }

  private receiveUpdate(connection: Connection, update: Uint8Array): void {
    if (connection.access !== 'write') {
      // Stock clients send edits made locally even when the server will not take them. Closing
      // would only start a reconnect loop, so the update is dropped and reported once per socket.
      if (connection.refusedUpdates++ === 0) {
        this.options.logger.warn({ docId: this.options.docId }, 'refused a document update from a read-only connection');
      }
      return;
    }
    if (isEmptyUpdate(update)) return;
    let decoded: ReturnType<typeof Y.decodeUpdate>;
    try {
      // Stored updates are replayed on every load, so a malformed one must never be stored.
      decoded = Y.decodeUpdate(update);
    } catch (error) {
      this.options.logger.warn({ docId: this.options.docId, error }, 'closed a Yjs connection that sent a malformed update');
      connection.close(closeInvalidMessage, 'malformed update');
      return;
    }
    const attribution = this.attribution?.claim(connection.userId, decoded, this.doc);
    if (attribution === null) {
      // Dropped like a reader's edit: the author of every struct is whoever first wrote under its client id.
      if (connection.refusedUpdates++ === 0) {
        this.options.logger.warn({ docId: this.options.docId }, "refused a document update written under another user's Yjs client id");
      }
      return;
    }
    void this.accept(update, attribution, connection);
  }

  /** Stores, applies and broadcasts an edit the server made on a user's behalf (a restore), as theirs. */
  async submit(update: Uint8Array, userId: string): Promise<void> {
    const attribution = this.attribution?.claim(userId, Y.decodeUpdate(update), this.doc);
    if (attribution === null) throw new Error(`an edit for ${userId} was written under another user's Yjs client id`);
    if (this.closed || !(await this.accept(update, attribution, null))) throw new Error('the edit was not stored');
  }

  /** Stores the update, then applies it (which broadcasts it), in arrival order. Resolves whether it was stored. */
  private accept(update: Uint8Array, attribution: UpdateAttribution | undefined, origin: Connection | null): Promise<boolean> {
    const stored = this.options.store.append(this.options.docId, update, attribution);
    const applied = this.applying.then(async () => {
      let id: number;
      try {
        id = await stored;
      } catch (error) {
        this.options.logger.error({ docId: this.options.docId, error }, 'could not store a Yjs update');
        origin?.close(closeStorageFailed, 'update not stored');
        return false;
      }
      this.storedRows += 1;
      this.lastAppliedId = id;
      try {
        Y.applyUpdate(this.doc, update, origin);
      } catch (error) {
        this.options.logger.error({ docId: this.options.docId, id, error }, 'a stored Yjs update did not apply');
      }
      if (this.attribution) this.options.history?.changed(this.options.docId);
      this.compactIfDue();
      return true;
    });
    this.applying = applied;
    return applied;
  }

  /**
   * A socket sets and removes awareness states only for the client ids it introduced itself (a
   * stock client: its document's clientID). Entries that would change another socket's state are
   * dropped, reported once per socket; the rest of the update still applies. Stock clients also
   * echo the states they hear from others: those change nothing and are dropped silently.
   */
  private receiveAwareness(connection: Connection, update: Uint8Array): void {
    let entries: AwarenessEntry[];
    try {
      entries = readAwarenessEntries(update);
    } catch (error) {
      this.options.logger.warn({ docId: this.options.docId, error }, 'closed a Yjs connection that sent a malformed awareness update');
      connection.close(closeInvalidMessage, 'malformed awareness update');
      return;
    }
    const accepted: AwarenessEntry[] = [];
    let forged = 0;
    for (const entry of entries) {
      const owner = this.awarenessOwners.get(entry.clientId);
      if (owner === connection) {
        accepted.push(entry);
      } else if (!this.wouldChangeAwareness(entry)) {
        // An echo, or older news: nothing to do, and nothing to claim.
      } else if (owner !== undefined || entry.clientId === this.awareness.clientID) {
        forged++;
      } else if (entry.state !== 'null') {
        // A new id: this socket introduces it and owns it until it leaves.
        this.awarenessOwners.set(entry.clientId, connection);
        connection.awarenessClients.add(entry.clientId);
        accepted.push(entry);
      }
    }
    if (forged > 0 && connection.forgedAwareness++ === 0) {
      this.options.logger.warn(
        { docId: this.options.docId, dropped: forged },
        "dropped awareness entries a Yjs connection sent for other connections' client ids",
      );
    }
    if (accepted.length === 0) return;
    const filtered = accepted.length === entries.length ? update : writeAwarenessEntries(accepted);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, filtered, connection);
  }

  /** Whether y-protocols would apply the entry: a newer clock, or a removal of a present state at the same clock. */
  private wouldChangeAwareness(entry: AwarenessEntry): boolean {
    const clock = this.awareness.meta.get(entry.clientId)?.clock ?? 0;
    return clock < entry.clock || (clock === entry.clock && entry.state === 'null' && this.awareness.states.has(entry.clientId));
  }

  private compactIfDue(): void {
    if (this.compactionRunning || this.storedRows <= this.options.compactAfterUpdates) return;
    this.compactionRunning = true;
    // The document holds exactly the rows up to lastAppliedId, so its state can replace them.
    const replacedRows = this.storedRows;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    // The snapshot is the whole document as it is now: the next client with nothing gets it.
    this.wholeDocumentStep2 ??= encodeSyncStep2Update(snapshot);
    this.compacting = this.options.store.compact(this.options.docId, snapshot, this.lastAppliedId).then(
      () => {
        this.storedRows -= replacedRows - 1;
        this.compactionRunning = false;
        // Updates applied while this compaction ran may already be past the threshold again.
        this.compactIfDue();
      },
      (error: unknown) => {
        this.options.logger.error({ docId: this.options.docId, error }, 'could not compact a Yjs document');
        this.compactionRunning = false;
      },
    );
  }

  private broadcastUpdate(update: Uint8Array, origin: unknown): void {
    const message = encodeUpdate(update);
    for (const connection of this.connections) {
      if (connection !== origin) connection.send(message);
    }
  }

  private broadcastAwareness({ added, updated, removed }: AwarenessChanges): void {
    // Echoed to the sender too: the stock client treats a silent socket as dead after 30 s, and
    // its own awareness renewals coming back are what it hears when it is alone in the room.
    const message = encodeAwareness(this.awareness, [...added, ...updated, ...removed]);
    for (const connection of this.connections) connection.send(message);
  }
}

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/** An update with no structs and an empty delete set: what a client with nothing new sends. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}
