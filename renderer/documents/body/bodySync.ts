import { fromBase64, toBase64 } from 'lib0/buffer';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AppError } from '../../../shared/errors';
import type { Api } from '../../api/createApi';
import { errorText } from '../../common/errors';
import { retryDelayMs, splitRoomUrl } from './roomUrl';

/**
 * connecting: asking for a ticket or joining the room; synced: in step with the server;
 * offline: the server is out of reach, edits stay on this machine; refused: the server said no.
 */
export type SyncStatus = 'loading' | 'connecting' | 'synced' | 'offline' | 'refused';

export interface BodySyncState {
  status: SyncStatus;
  /** What the last ticket allowed; null until one was issued. */
  access: 'read' | 'write' | null;
  problem: string | null;
}

/** Updates applied from this machine's own copy are not stored back. */
const fromLocalStore = Symbol('local-store');
const storeDelayMs = 800;

/**
 * Keeps one 公文 body in step: this machine's copy first (so drafting works offline and survives
 * restarts), then the server's room through y-websocket whenever a ticket can be had. Every
 * connection uses a fresh ticket: they are short-lived, and the access they grant follows the
 * workflow, so a closed socket is never simply reopened with the old one.
 */
export class BodySync {
  private provider: WebsocketProvider | null = null;
  private state: BodySyncState = { status: 'loading', access: null, problem: null };
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private storeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Updates not yet in this machine's copy, stored together once typing pauses. */
  private unstored: Uint8Array[] = [];
  private attempts = 0;
  private destroyed = false;

  constructor(
    private readonly api: Api,
    private readonly documentId: string,
    readonly doc: Y.Doc,
    readonly awareness: Awareness,
    private readonly onState: (state: BodySyncState) => void,
  ) {}

  /** Loads the local copy; the caller shows the editor once this resolves, then connects. */
  async loadLocal(): Promise<void> {
    try {
      const { updateBase64 } = await this.api.documents.localBody({ documentId: this.documentId });
      if (updateBase64 && !this.destroyed) Y.applyUpdate(this.doc, fromBase64(updateBase64), fromLocalStore);
    } catch {
      // Nothing kept here, or the core is busy: the room has the body.
    }
    this.doc.on('update', this.onUpdate);
  }

  connect(): void {
    void this.join();
  }

  /**
   * The document record changed (its 拟稿 reached the server, say): if the room is not joined
   * yet, try now instead of waiting out the back-off.
   */
  nudge(): void {
    const { status } = this.state;
    // 'loading': the local copy is not applied yet, and connect() follows it anyway.
    if (this.destroyed || status === 'loading' || status === 'synced' || status === 'connecting') return;
    this.attempts = 0;
    void this.join();
  }

  /** The workflow moved: what I may do with the body may have changed, so ask again. */
  refresh(): void {
    if (this.destroyed || this.state.status === 'loading') return;
    this.provider?.disconnect();
    this.attempts = 0;
    void this.join();
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.retryTimer);
    this.doc.off('update', this.onUpdate);
    if (this.storeTimer !== undefined) {
      clearTimeout(this.storeTimer);
      this.storeNow();
    }
    this.provider?.destroy();
    this.provider = null;
  }

  private async join(): Promise<void> {
    clearTimeout(this.retryTimer);
    if (this.destroyed) return;
    if (this.state.status !== 'offline') this.set({ status: 'connecting' });
    let ticket: Awaited<ReturnType<Api['documents']['bodyTicket']>>;
    try {
      ticket = await this.api.documents.bodyTicket({ documentId: this.documentId });
    } catch (err) {
      if (this.destroyed) return;
      // A document the server does not know yet is one whose 拟稿 is still in the outbox:
      // like being offline, edits stay here until it arrives.
      const offline = err instanceof AppError && (err.code === 'offline' || err.code === 'not_found');
      this.set({ status: offline ? 'offline' : 'refused', problem: offline ? null : errorText(err) });
      this.retryLater();
      return;
    }
    if (this.destroyed) return;
    this.set({ access: ticket.access, problem: null, status: this.state.status === 'offline' ? 'offline' : 'connecting' });
    const provider = this.providerFor(ticket.url);
    provider.params = { token: ticket.token };
    provider.connect();
  }

  private providerFor(url: string): WebsocketProvider {
    const { serverUrl, room } = splitRoomUrl(url);
    if (this.provider && this.provider.serverUrl === serverUrl && this.provider.roomname === room) return this.provider;
    this.provider?.destroy();
    const provider = new WebsocketProvider(serverUrl, room, this.doc, {
      connect: false,
      awareness: this.awareness,
      disableBc: true,
      // A closed room is rejoined with a new ticket (see 'closed'), never with the old one.
      shouldReconnect: () => false,
    });
    provider.on('sync', (synced: boolean) => {
      if (provider !== this.provider) return;
      if (synced) this.attempts = 0;
      this.set({ status: synced ? 'synced' : 'connecting' });
    });
    provider.on('closed', () => {
      if (provider !== this.provider || this.destroyed) return;
      this.set({ status: 'offline' });
      this.retryLater();
    });
    this.provider = provider;
    return provider;
  }

  private retryLater(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.join(), retryDelayMs(this.attempts++));
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === fromLocalStore || this.destroyed) return;
    this.unstored.push(update);
    if (this.storeTimer !== undefined) return;
    this.storeTimer = setTimeout(() => this.storeNow(), storeDelayMs);
  };

  /**
   * Stores the updates since the last store as one (a pause's worth of keystrokes merges
   * quickly). One the core could not take goes back in line and is stored with the next batch;
   * Yjs updates apply in any order, so nothing depends on which call lands first.
   */
  private storeNow(): void {
    this.storeTimer = undefined;
    const batch = this.unstored;
    this.unstored = [];
    if (batch.length === 0) return;
    const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    this.api.documents.storeLocalBody({ documentId: this.documentId, updateBase64: toBase64(update) }).catch(() => {
      this.unstored.unshift(update);
    });
  }

  private set(patch: Partial<BodySyncState>): void {
    this.state = { ...this.state, ...patch };
    this.onState(this.state);
  }
}
