import type { Database, Statement } from 'better-sqlite3';
import type { StoredAttribution, UpdateAttribution } from './attribution';

/**
 * The attribution of documents whose history is kept: which user owns each Yjs client id, and
 * each user's deletions. Written only inside the transaction that stores the update it describes.
 */
export class SqliteAttribution {
  private readonly insertOwner: Statement<[string, number, string]>;
  private readonly upsertDeletions: Statement<[string, string, Buffer]>;
  private readonly selectOwners: Statement<[string], { client_id: number; user_id: string }>;
  private readonly selectDeletions: Statement<[string], { user_id: string; data: Buffer }>;

  constructor(db: Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS yjs_client_owners (
        doc_id TEXT NOT NULL,
        client_id INTEGER NOT NULL,
        user_id TEXT NOT NULL,
        PRIMARY KEY (doc_id, client_id)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS yjs_deletions (
        doc_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (doc_id, user_id)
      ) WITHOUT ROWID;
    `);
    // The room decided the owner before storing; a row that is already there is the same claim.
    this.insertOwner = db.prepare('INSERT OR IGNORE INTO yjs_client_owners (doc_id, client_id, user_id) VALUES (?, ?, ?)');
    this.upsertDeletions = db.prepare(`
      INSERT INTO yjs_deletions (doc_id, user_id, data) VALUES (?, ?, ?)
      ON CONFLICT (doc_id, user_id) DO UPDATE SET data = excluded.data
    `);
    this.selectOwners = db.prepare('SELECT client_id, user_id FROM yjs_client_owners WHERE doc_id = ?');
    this.selectDeletions = db.prepare('SELECT user_id, data FROM yjs_deletions WHERE doc_id = ?');
  }

  /** Call inside the transaction that stores the update. */
  write(docId: string, attribution: UpdateAttribution): void {
    for (const client of attribution.clients) this.insertOwner.run(docId, client, attribution.userId);
    if (attribution.deletions) this.upsertDeletions.run(docId, attribution.userId, Buffer.from(attribution.deletions));
  }

  read(docId: string): StoredAttribution {
    return {
      owners: new Map(this.selectOwners.all(docId).map((row) => [row.client_id, row.user_id])),
      deletions: new Map(this.selectDeletions.all(docId).map((row) => [row.user_id, row.data as Uint8Array])),
    };
  }
}
