import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { encode, type Dialect } from './dialect';
import { sharedNow } from './proc';

const messageSync = 0;
const messageAwareness = 1;
// y-protocols' Awareness renews a set local state every outdatedTimeout / 2; stock clients do.
const awarenessRenewalMs = 15_000;
const emptyStateVector = new Uint8Array([0]);
const emptyUpdate = new Uint8Array([0, 0]);

export interface BenchClientOptions {
  dialect: Dialect;
  port: number;
  docId: string;
  /**
   * 'own': a writer's document, holding only its own edits (integrating every peer's edit would
   * make the load generator, not the server, the bottleneck); 'full': everything received is
   * applied (the cold-load client); 'none': a reader that only looks at what arrives.
   */
  doc: 'none' | 'own' | 'full';
  /** Publishes an awareness state (a user and a cursor) and renews it, as a stock client with a user does. */
  presence: boolean;
  /** Told of every character another client inserted, as its update arrives. */
  onArrival?: (client: number, clock: number, at: number) => void;
}

/**
 * A y-websocket client on a raw socket: the sync handshake, awareness and edits, without
 * WebsocketProvider's per-client timers and document, so one generator process can hold thousands.
 */
export class BenchClient {
  readonly doc: Y.Doc | null;
  readonly synced: Promise<void>;
  readonly closed: Promise<void>;
  private readonly ws: WebSocket;
  private readonly clientId: number;
  private awarenessClock = 0;
  private renewal: NodeJS.Timeout | undefined;

  constructor(private readonly options: BenchClientOptions) {
    this.doc = options.doc === 'none' ? null : new Y.Doc();
    this.clientId = this.doc?.clientID ?? Math.floor(Math.random() * 2 ** 32);
    this.ws = new WebSocket(options.dialect.url(options.port, options.docId), { perMessageDeflate: false });
    this.closed = new Promise((resolve) => this.ws.once('close', () => resolve()));
    let markSynced = (): void => undefined;
    this.synced = new Promise<void>((resolve, reject) => {
      markSynced = resolve;
      this.ws.once('error', reject);
      this.ws.once('close', (code) => reject(new Error(`socket closed (${code}) before the document synced`)));
    });
    // Later errors end in 'close'; without a listener they would throw in the generator.
    this.ws.on('error', () => undefined);
    this.ws.on('open', () => this.start());
    this.ws.on('message', (data: Buffer) => this.receive(data, markSynced));
    if (options.doc === 'own') {
      this.doc!.on('update', (update: Uint8Array) => this.send(syncMessage(syncProtocol.messageYjsUpdate, update)));
    }
  }

  /** Inserts one character at the end of the writer's own text; returns its clock and when it was sent. */
  insert(): { client: number; clock: number; at: number } {
    const doc = this.doc!;
    const clock = Y.getState(doc.store, doc.clientID);
    const at = sharedNow();
    const text = doc.getText('body');
    text.insert(text.length, String.fromCharCode(0x4e00 + (clock % 500)));
    return { client: doc.clientID, clock, at };
  }

  close(): Promise<void> {
    clearTimeout(this.renewal);
    clearInterval(this.renewal);
    this.ws.close();
    return this.closed;
  }

  private start(): void {
    for (const message of this.options.dialect.hello(this.options.docId)) this.ws.send(message);
    this.send(syncMessage(syncProtocol.messageYjsSyncStep1, this.doc ? Y.encodeStateVector(this.doc) : emptyStateVector));
    if (!this.options.presence) return;
    this.sendAwareness();
    // Spread over the interval, as clients that connected at different times are.
    this.renewal = setTimeout(() => {
      this.sendAwareness();
      this.renewal = setInterval(() => this.sendAwareness(), awarenessRenewalMs);
    }, Math.random() * awarenessRenewalMs);
  }

  private receive(data: Buffer, markSynced: () => void): void {
    const at = sharedNow();
    const message = this.options.dialect.unframe(data);
    if (message === null) return;
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== messageSync) return;
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const diff = this.doc ? Y.encodeStateAsUpdate(this.doc, payload) : emptyUpdate;
      this.send(syncMessage(syncProtocol.messageYjsSyncStep2, diff));
      return;
    }
    if (this.options.doc === 'full') Y.applyUpdate(this.doc!, payload, this);
    if (syncType === syncProtocol.messageYjsSyncStep2) {
      markSynced();
    } else if (this.options.onArrival) {
      const { from, to } = Y.parseUpdateMeta(payload);
      for (const [client, first] of from) {
        if (client === this.clientId) continue;
        for (let clock = first; clock < to.get(client)!; clock++) this.options.onArrival(client, clock, at);
      }
    }
  }

  private sendAwareness(): void {
    this.awarenessClock += 1;
    const state = JSON.stringify({ user: { name: `压测 ${this.clientId}`, color: '#1677ff' }, cursor: null });
    this.send(
      encode((encoder) => {
        encoding.writeVarUint(encoder, messageAwareness);
        encoding.writeVarUint8Array(
          encoder,
          encode((entries) => {
            encoding.writeVarUint(entries, 1);
            encoding.writeVarUint(entries, this.clientId);
            encoding.writeVarUint(entries, this.awarenessClock);
            encoding.writeVarString(entries, state);
          }),
        );
      }),
    );
  }

  private send(message: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(this.options.dialect.frame(this.options.docId, message));
  }
}

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  return encode((encoder) => {
    encoding.writeVarUint(encoder, messageSync);
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
  });
}
