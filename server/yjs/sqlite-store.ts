import type { Database, Statement } from 'better-sqlite3';
import type { WriteBatcher } from '../storage/write-batcher';
import type { UpdateAttribution } from './attribution';
import { SqliteAttribution } from './sqlite-attribution';
import type { StoredDocument, YDocStore } from './store';

interface Row {
  id: number;
  data: Buffer;
}

/**
 * Yjs documents in SQLite: an append-only update log per document plus at most one snapshot that
 * stands for every update up to `through_id`. AUTOINCREMENT keeps ids from ever being reused, so
 * "id > through_id" stays a correct cut even after rows are deleted.
 */
export class SqliteYDocStore implements YDocStore {
  private readonly insertUpdate: Statement<[string, Buffer]>;
  private readonly selectSnapshot: Statement<[string], { data: Buffer; through_id: number }>;
  private readonly selectUpdatesAfter: Statement<[string, number], Row>;
  private readonly upsertSnapshot: Statement<[string, Buffer, number]>;
  private readonly deleteUpdatesThrough: Statement<[string, number]>;
  private readonly attribution: SqliteAttribution;

  constructor(
    private readonly db: Database,
    private readonly batcher: WriteBatcher,
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS yjs_updates (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id TEXT NOT NULL,
        data BLOB NOT NULL
      );
      CREATE INDEX IF NOT EXISTS yjs_updates_by_doc ON yjs_updates (doc_id, id);
      CREATE TABLE IF NOT EXISTS yjs_snapshots (
        doc_id TEXT PRIMARY KEY,
        data BLOB NOT NULL,
        through_id INTEGER NOT NULL
      );
    `);
    this.insertUpdate = db.prepare('INSERT INTO yjs_updates (doc_id, data) VALUES (?, ?)');
    this.selectSnapshot = db.prepare('SELECT data, through_id FROM yjs_snapshots WHERE doc_id = ?');
    this.selectUpdatesAfter = db.prepare('SELECT id, data FROM yjs_updates WHERE doc_id = ? AND id > ? ORDER BY id');
    this.upsertSnapshot = db.prepare(`
      INSERT INTO yjs_snapshots (doc_id, data, through_id) VALUES (?, ?, ?)
      ON CONFLICT (doc_id) DO UPDATE SET data = excluded.data, through_id = excluded.through_id
      WHERE excluded.through_id > yjs_snapshots.through_id
    `);
    this.deleteUpdatesThrough = db.prepare('DELETE FROM yjs_updates WHERE doc_id = ? AND id <= ?');
    this.attribution = new SqliteAttribution(db);
  }

  async load(docId: string, options?: { attribution: boolean }): Promise<StoredDocument> {
    return this.db.transaction((): StoredDocument => {
      const snapshot = this.selectSnapshot.get(docId);
      const throughId = snapshot?.through_id ?? 0;
      const rows = this.selectUpdatesAfter.all(docId, throughId);
      const updates = rows.map((row) => row.data as Uint8Array);
      if (snapshot) updates.unshift(snapshot.data);
      const stored: StoredDocument = { updates, lastId: rows.at(-1)?.id ?? throughId };
      if (options?.attribution) stored.attribution = this.attribution.read(docId);
      return stored;
    })();
  }

  append(docId: string, update: Uint8Array, attribution?: UpdateAttribution): Promise<number> {
    return this.batcher.run(() => {
      const id = Number(this.insertUpdate.run(docId, asBuffer(update)).lastInsertRowid);
      if (attribution) this.attribution.write(docId, attribution);
      return id;
    });
  }

  compact(docId: string, snapshot: Uint8Array, throughId: number): Promise<void> {
    return this.batcher.run(() => {
      this.upsertSnapshot.run(docId, asBuffer(snapshot), throughId);
      this.deleteUpdatesThrough.run(docId, throughId);
      this.attribution.fold(docId);
    });
  }
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
