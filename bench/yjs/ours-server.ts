import { createServer } from 'node:http';
import { startWalCheckpointer } from '../../server/storage/wal-checkpointer';
import { openDatabase } from '../../server/storage/database';
import { WriteBatcher } from '../../server/storage/write-batcher';
import { createYjsRooms } from '../../server/yjs/rooms';
import { SqliteYDocStore } from '../../server/yjs/sqlite-store';

// Our Yjs rooms on the storage stack server/app.ts deploys them on (WAL, group commit, checkpoints
// off the event loop), in a process of their own. Every token may write, as in
// server/yjs/test-harness.ts: the other two servers run without authentication, so ours does not
// pay for a token lookup either. Env: BENCH_DATA (directory), BENCH_PORT.

const db = openDatabase(process.env.BENCH_DATA!);
const batcher = new WriteBatcher(db);
const checkpointer = startWalCheckpointer(db);
const rooms = createYjsRooms({ store: new SqliteYDocStore(db, batcher), authorize: async () => ({ access: 'write', userId: 'bench' }) });
const server = createServer((_req, res) => res.writeHead(404).end());
server.on('upgrade', (req, socket, head) => rooms.handleUpgrade(req, socket, head));
server.listen(Number(process.env.BENCH_PORT), '127.0.0.1');

// The cold-load measurement restarts the server and expects what it stored (a compaction
// included) to be there: shut down the way the application does.
process.once('SIGTERM', () => {
  void (async () => {
    server.close();
    await rooms.close();
    await checkpointer.stop();
    await batcher.close();
    db.close();
    process.exit(0);
  })();
});
