import BetterSqlite3 from 'better-sqlite3';
import { schema, upsertQuery } from '@hocuspocus/extension-sqlite';
import { getPersistence } from '@y/websocket-server/utils';
import * as Y from 'yjs';
import { openDatabase } from '../../server/storage/database';
import { WriteBatcher } from '../../server/storage/write-batcher';
import { SqliteYDocStore } from '../../server/yjs/sqlite-store';
import type { ServerKey } from './dialect';
import { buildLongDocument, coldDocumentIds, coldDocumentUpdates } from './long-document';
import { hocuspocusDatabase } from './servers';

// Writes (d)'s documents into one server's storage, through that storage's own API,
// while the server is down. Env: BENCH_SERVER, and the server's own env (BENCH_DATA, or
// YPERSISTENCE which @y/websocket-server/utils reads as it loads), so it finds the server's files.

interface LevelDbPersistence {
  storeUpdate(docName: string, update: Uint8Array): Promise<number>;
  destroy(): Promise<void>;
}

async function main(): Promise<void> {
  const { doc, updates } = buildLongDocument(coldDocumentUpdates);
  const documents = coldDocumentIds.map((id) => ({ id, doc, updates }));
  switch (process.env.BENCH_SERVER as ServerKey) {
    case 'ours': {
      // One row per update, as our rooms append them, and never compacted: the worst case a load can meet.
      const db = openDatabase(process.env.BENCH_DATA!);
      const batcher = new WriteBatcher(db);
      const store = new SqliteYDocStore(db, batcher);
      await Promise.all(documents.flatMap(({ id, updates }) => updates.map((update) => store.append(id, update))));
      await batcher.close();
      db.close();
      return;
    }
    case 'y-websocket-server': {
      // The persistence the server builds from YPERSISTENCE; its declared type leaves out the provider.
      const { provider } = getPersistence() as unknown as { provider: LevelDbPersistence };
      await Promise.all(documents.flatMap(({ id, updates }) => updates.map((update) => provider.storeUpdate(id, update))));
      await provider.destroy();
      return;
    }
    case 'hocuspocus': {
      // Its extension stores whole documents, never an update log: the row its store hook writes.
      const db = new BetterSqlite3(hocuspocusDatabase(process.env.BENCH_DATA!));
      db.exec(schema);
      const upsert = db.prepare(upsertQuery);
      for (const { id, doc } of documents) upsert.run({ name: id, data: Buffer.from(Y.encodeStateAsUpdate(doc)) });
      db.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
