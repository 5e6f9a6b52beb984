import type { Database, Statement } from 'better-sqlite3';
import type { StoredAttribution, UpdateAttribution } from './attribution';
import { decodeDeleteSet, type DeleteSet, encodeDeleteSet, unionOf } from './delete-sets';

interface DeletionRow {
  user_id: string;
  data: Buffer;
}

/**
 * The attribution of documents whose history is kept: which user owns each Yjs client id, and
 * what each user deleted. Written only inside the transaction that stores the update it describes.
 * Deletions are appended, a small row per deleting update, and folded into one row per user when
 * the document is compacted.
 */
export class SqliteAttribution {
  private readonly insertOwner: Statement<[string, number, string]>;
  private readonly insertDeletion: Statement<[string, string, Buffer]>;
  private readonly selectOwners: Statement<[string], { client_id: number; user_id: string }>;
  private readonly selectDeletions: Statement<[string], DeletionRow>;
  private readonly deleteDeletions: Statement<[string]>;

  constructor(db: Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS yjs_client_owners (
        doc_id TEXT NOT NULL,
        client_id INTEGER NOT NULL,
        user_id TEXT NOT NULL,
        PRIMARY KEY (doc_id, client_id)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS yjs_user_deletions (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        data BLOB NOT NULL
      );
      CREATE INDEX IF NOT EXISTS yjs_user_deletions_by_doc ON yjs_user_deletions (doc_id, id);
    `);
    // The room decided the owner before storing; a row that is already there is the same claim.
    this.insertOwner = db.prepare('INSERT OR IGNORE INTO yjs_client_owners (doc_id, client_id, user_id) VALUES (?, ?, ?)');
    this.insertDeletion = db.prepare('INSERT INTO yjs_user_deletions (doc_id, user_id, data) VALUES (?, ?, ?)');
    this.selectOwners = db.prepare('SELECT client_id, user_id FROM yjs_client_owners WHERE doc_id = ?');
    this.selectDeletions = db.prepare('SELECT user_id, data FROM yjs_user_deletions WHERE doc_id = ? ORDER BY id');
    this.deleteDeletions = db.prepare('DELETE FROM yjs_user_deletions WHERE doc_id = ?');
  }

  /** Call inside the transaction that stores the update. */
  write(docId: string, attribution: UpdateAttribution): void {
    for (const client of attribution.clients) this.insertOwner.run(docId, client, attribution.userId);
    if (attribution.deletions) this.insertDeletion.run(docId, attribution.userId, Buffer.from(attribution.deletions));
  }

  read(docId: string): StoredAttribution {
    return {
      owners: new Map(this.selectOwners.all(docId).map((row) => [row.client_id, row.user_id])),
      deletions: this.selectDeletions.all(docId).map((row) => ({ userId: row.user_id, data: row.data as Uint8Array })),
    };
  }

  /** Replaces a document's deletion rows by one per user. Call inside a transaction. */
  fold(docId: string): void {
    const byUser = new Map<string, DeleteSet[]>();
    for (const row of this.selectDeletions.all(docId)) {
      const sets = byUser.get(row.user_id) ?? [];
      sets.push(decodeDeleteSet(row.data));
      byUser.set(row.user_id, sets);
    }
    if ([...byUser.values()].every((sets) => sets.length === 1)) return;
    this.deleteDeletions.run(docId);
    for (const [userId, sets] of byUser) this.insertDeletion.run(docId, userId, Buffer.from(encodeDeleteSet(unionOf(...sets))));
  }
}
