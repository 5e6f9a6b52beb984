import type { Database } from 'better-sqlite3';
import { entities, type Change, type ChangesPage, type EntityData, type EntityName } from '../../shared/sync/changes';

/**
 * Who may see a change: everyone (directory), the members of a conversation, one person, or the
 * people a record has involved (a 公文 or 收文, listed in record_access).
 */
export type Scope = 'org' | `conv:${string}` | `user:${string}` | RecordScope;
export type RecordScope = `doc:${string}` | `in:${string}` | `sup:${string}` | `duty:${string}` | `inc:${string}`;

export const conversationScope = (conversationId: string): Scope => `conv:${conversationId}`;
export const userScope = (userId: string): Scope => `user:${userId}`;

/** The changes one transaction appended, so the commit can poke exactly the right people. */
export class ChangeSet {
  readonly scopes = new Set<Scope>();
  lastSeq = 0;
}

interface ChangeRow {
  seq: number;
  entity: EntityName;
  entity_id: string;
  op: 'put' | 'del';
  data: string | null;
}

export class ChangeLog {
  private readonly insert;
  private readonly visible;
  private readonly maxSeq;

  constructor(db: Database) {
    this.insert = db.prepare<[string, string, string, string | null, string]>(
      'INSERT INTO change_log (entity, entity_id, op, data, scope) VALUES (?, ?, ?, ?, ?)',
    );
    this.visible = db.prepare<{ after: number; user: string; userScope: string; limit: number }, ChangeRow>(`
      SELECT seq, entity, entity_id, op, data FROM change_log
      WHERE seq > :after AND (
        scope = 'org' OR scope = :userScope
        OR scope IN (SELECT 'conv:' || conversation_id FROM members WHERE user_id = :user)
        OR scope IN (SELECT scope FROM record_access WHERE user_id = :user)
      )
      ORDER BY seq LIMIT :limit`);
    this.maxSeq = db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM change_log');
  }

  /** Records the full new state of a record; validated here so a client never pulls a malformed one. */
  put<E extends EntityName>(changes: ChangeSet, entity: E, data: EntityData<E>, scope: Scope): void {
    const record = entities[entity].parse(data) as { id?: string; conversationId?: string; userId?: string };
    const id = record.id ?? `${record.conversationId}:${record.userId}`;
    this.append(changes, entity, id, 'put', JSON.stringify(record), scope);
  }

  del(changes: ChangeSet, entity: EntityName, id: string, scope: Scope): void {
    this.append(changes, entity, id, 'del', null, scope);
  }

  private append(changes: ChangeSet, entity: EntityName, id: string, op: 'put' | 'del', data: string | null, scope: Scope): void {
    const result = this.insert.run(entity, id, op, data, scope);
    changes.scopes.add(scope);
    changes.lastSeq = Number(result.lastInsertRowid);
  }

  /**
   * The changes after `after` that the user may see now. When nothing more is visible, the cursor
   * jumps to the newest seq so the next pull does not rescan changes this user cannot see.
   */
  pull(userId: string, after: number, limit: number): ChangesPage {
    const rows = this.visible.all({ after, user: userId, userScope: userScope(userId), limit: limit + 1 });
    const hasMore = rows.length > limit;
    const page = rows.slice(0, limit);
    // Records were validated when appended; parsing them again on every pull would dominate its cost.
    const changes = page.map(
      (row) =>
        (row.op === 'put'
          ? { seq: row.seq, entity: row.entity, op: 'put', data: JSON.parse(row.data!) }
          : { seq: row.seq, entity: row.entity, op: 'del', id: row.entity_id }) as Change,
    );
    const cursor = hasMore ? page[page.length - 1]!.seq : Math.max(after, this.maxSeq.get()?.seq ?? 0);
    return { changes, cursor, hasMore };
  }
}
