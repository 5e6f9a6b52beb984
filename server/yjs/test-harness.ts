import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { WriteBatcher } from '../storage/write-batcher';
import type { Access } from './connection';
import { createYjsRooms, type YjsGrant, type YjsRooms, type YjsRoomsOptions } from './rooms';
import { SqliteYDocStore } from './sqlite-store';
import type { YDocStore } from './store';

// Test-only: a real HTTP server and SQLite file around the Yjs rooms, for the tests and for the
// child process the durability test kills.

const testAccess: Record<string, Access> = { w1: 'write', w2: 'write', r1: 'read' };

/** Each test token stands for a user of the same name. */
export async function authorizeTestToken(token: string): Promise<YjsGrant | null> {
  const access = testAccess[token];
  return access ? { access, userId: token } : null;
}

export function openTestDatabase(path: string): Database {
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  return db;
}

export interface YjsTestServer {
  port: number;
  db: Database;
  store: YDocStore;
  rooms: YjsRooms;
  stop(): Promise<void>;
}

export interface YjsTestServerOptions extends Partial<Omit<YjsRoomsOptions, 'authorize' | 'store'>> {
  /** Puts a fault or a probe between the rooms and the real SQLite store. */
  wrapStore?: (store: YDocStore) => YDocStore;
}

export async function startYjsTestServer(
  dbPath: string,
  { wrapStore = (store) => store, ...options }: YjsTestServerOptions = {},
): Promise<YjsTestServer> {
  const db = openTestDatabase(dbPath);
  const store = new SqliteYDocStore(db, new WriteBatcher(db));
  const rooms = createYjsRooms({ authorize: authorizeTestToken, ...options, store: wrapStore(store) });
  const server: Server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (req, socket, head) => rooms.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    db,
    store,
    rooms,
    async stop() {
      await rooms.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
    },
  };
}
