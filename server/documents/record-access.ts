import type { Database } from 'better-sqlite3';
import type { RecordScope } from '../sync/change-log';

export const documentScope = (documentId: string): RecordScope => `doc:${documentId}`;
export const incomingScope = (incomingId: string): RecordScope => `in:${incomingId}`;

/**
 * The people a 公文 or 收文 has involved. Access only grows: whoever once had a step keeps seeing
 * where the document went, as the 处理单 promises.
 */
export class RecordAccess {
  private readonly grantOne;
  private readonly usersOf;
  private readonly hasOne;

  constructor(db: Database) {
    this.grantOne = db.prepare<[string, string]>('INSERT OR IGNORE INTO record_access (scope, user_id) VALUES (?, ?)');
    this.usersOf = db.prepare<[string], { user_id: string }>('SELECT user_id FROM record_access WHERE scope = ?');
    this.hasOne = db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM record_access WHERE scope = ? AND user_id = ?');
  }

  /** Grants access and returns who was new, so their first pull gets the whole record. */
  grant(scope: RecordScope, userIds: readonly string[]): string[] {
    return [...new Set(userIds)].filter((userId) => this.grantOne.run(scope, userId).changes > 0);
  }

  users(scope: string): string[] {
    return this.usersOf.all(scope).map((r) => r.user_id);
  }

  has(scope: RecordScope, userId: string): boolean {
    return this.hasOne.get(scope, userId) !== undefined;
  }
}
