import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';
import { hocuspocusDatabase } from './servers';

// @hocuspocus/server with its SQLite extension, in a process of their own, with no authentication
// hook. Its own SIGTERM handler stores pending documents before exiting. Env: BENCH_DATA, BENCH_PORT.

const server = new Server({
  port: Number(process.env.BENCH_PORT),
  address: '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: hocuspocusDatabase(process.env.BENCH_DATA!) })],
});
void server.listen();
