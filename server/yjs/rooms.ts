import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { BodyDocuments } from './body-documents';
import { type Access, Connection } from './connection';
import { Keepalive } from './keepalive';
import type { YjsLogger } from './logger';
import type { Room } from './room';
import { RoomRegistry } from './room-registry';
import { parseRoomRequest, rejectUpgrade } from './room-request';
import { SettledChanges } from './settled-changes';
import type { YDocStore } from './store';

/** What a token grants on a document, and whose it is: that user is the author of what the socket writes. */
export interface YjsGrant {
  access: Access;
  userId: string;
}

export interface YjsRoomsOptions {
  /** Null when the token grants no right on the document (or is not valid). */
  authorize(token: string, docId: string): Promise<YjsGrant | null>;
  store: YDocStore;
  /** Documents whose deleted content is kept and whose every edit is attributed (see BodyDocuments). Default: none. */
  keepHistory?: (docId: string) => boolean;
  /** How long after its last edit a kept document counts as settled (see BodyDocuments.onBodyChanged). Default 2 s. */
  settleMs?: number;
  /** How long a room stays loaded after its last connection leaves. Default 30 s. */
  idleUnloadMs?: number;
  /** Compact a document once more than this many rows are stored for it. Default 500. */
  compactAfterUpdates?: number;
  /** Sockets that miss a whole ping interval are terminated. Default 30 s. */
  pingIntervalMs?: number;
  logger?: YjsLogger;
}

export interface YjsRooms {
  /** For the HTTP server's 'upgrade' event; takes `/yjs/{docId}?token=…`, answers anything else with 404. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  stats(): { loadedDocuments: number; connections: number };
  bodies: BodyDocuments;
  /** Closes every socket, waits for accepted updates to be stored, and frees every room. */
  close(): Promise<void>;
}

export function createYjsRooms(options: YjsRoomsOptions): YjsRooms {
  const logger = options.logger ?? console;
  const settled = new SettledChanges(options.settleMs ?? 2_000, logger);
  const registry = new RoomRegistry({
    store: options.store,
    idleUnloadMs: options.idleUnloadMs ?? 30_000,
    compactAfterUpdates: options.compactAfterUpdates ?? 500,
    logger,
    history: { keep: options.keepHistory ?? (() => false), changed: (docId) => settled.changed(docId) },
  });
  // A 公文 body pasted whole is a few hundred KB; anything near this limit is not a human edit.
  const server = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  const keepalive = new Keepalive(() => server.clients, options.pingIntervalMs ?? 30_000);
  let closing = false;

  async function admit(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    // A client may reset the connection while we wait; without a listener that would throw.
    const ignoreSocketError = () => socket.destroy();
    socket.on('error', ignoreSocketError);
    const request = parseRoomRequest(req.url);
    if ('status' in request) return rejectUpgrade(socket, request.status);
    if (request.token === null) return rejectUpgrade(socket, 401);
    let grant: YjsGrant | null;
    try {
      grant = await options.authorize(request.token, request.docId);
    } catch (error) {
      logger.error({ docId: request.docId, error }, 'Yjs authorizer failed');
      return rejectUpgrade(socket, 500);
    }
    if (grant === null) return rejectUpgrade(socket, 403);
    const { access, userId } = grant;
    if (closing) return rejectUpgrade(socket, 503);
    let room: Room;
    try {
      room = await registry.acquire(request.docId);
    } catch (error) {
      logger.error({ docId: request.docId, error }, 'could not load a Yjs document');
      return rejectUpgrade(socket, 500);
    }
    if (closing) {
      registry.release(request.docId);
      return rejectUpgrade(socket, 503);
    }
    socket.off('error', ignoreSocketError);
    let joined = false;
    server.handleUpgrade(req, socket, head, (ws) => {
      joined = true;
      attach(room, request.docId, new Connection(ws, access, userId));
    });
    // ws calls back synchronously or, when the socket is already gone, not at all.
    if (!joined) registry.release(request.docId);
  }

  function attach(room: Room, docId: string, connection: Connection): void {
    const ws: WebSocket = connection.socket;
    keepalive.watch(ws);
    ws.on('error', (error) => logger.warn({ docId, error }, 'Yjs socket error'));
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) return connection.close(1003, 'binary messages only');
      room.receive(connection, toBytes(data));
    });
    ws.on('close', () => {
      room.leave(connection);
      registry.release(docId);
    });
    room.join(connection);
  }

  return {
    handleUpgrade(req, socket, head) {
      void admit(req, socket, head);
    },
    stats() {
      const rooms = registry.loadedRooms();
      return {
        loadedDocuments: registry.size,
        connections: rooms.reduce((sum, room) => sum + room.connections.size, 0),
      };
    },
    bodies: new BodyDocuments(registry, settled),
    async close() {
      closing = true;
      settled.stop();
      keepalive.stop();
      await registry.closeAll();
      // Close handshakes had the time the pending writes took; peers that did not answer are cut.
      for (const ws of server.clients) ws.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
