import type { Database } from 'better-sqlite3';
import type { Conversation, ConversationKind } from '../../shared/messages/schemas';
import { ChangeLog, conversationScope, userScope } from '../sync/change-log';
import type { WriteScope } from '../sync/writer';

interface ConversationRow {
  id: string;
  kind: ConversationKind;
  title: string;
  owner_id: string | null;
  last_seq: number;
  created_at: number;
  updated_at: number;
}

export const NOTICE_TITLE = '工作通知';

export const directKey = (a: string, b: string): string => `direct:${[a, b].sort().join(':')}`;
const noticeKey = (userId: string): string => `notice:${userId}`;

/** Conversations and their members; every write records the change for the people concerned. */
export class ConversationStore {
  private readonly byId;
  private readonly byKey;
  private readonly membersOf;
  private readonly membership;
  private readonly ofUser;
  private readonly insertRow;
  private readonly insertMember;
  private readonly deleteMember;
  private readonly setTitle;
  private readonly setOwner;
  private readonly touch;

  constructor(
    db: Database,
    private readonly changeLog: ChangeLog,
  ) {
    this.byId = db.prepare<[string], ConversationRow>('SELECT * FROM conversations WHERE id = ?');
    this.byKey = db.prepare<[string], ConversationRow>('SELECT * FROM conversations WHERE unique_key = ?');
    this.membersOf = db.prepare<[string], { user_id: string }>(
      'SELECT user_id FROM members WHERE conversation_id = ? ORDER BY joined_at, rowid',
    );
    this.membership = db.prepare<[string, string], { joined_at: number }>(
      'SELECT joined_at FROM members WHERE conversation_id = ? AND user_id = ?',
    );
    this.ofUser = db.prepare<[string], ConversationRow>(`
      SELECT c.* FROM conversations c JOIN members m ON m.conversation_id = c.id
      WHERE m.user_id = ? ORDER BY c.updated_at DESC`);
    this.insertRow = db.prepare(
      'INSERT INTO conversations (id, kind, title, owner_id, unique_key, last_seq, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)',
    );
    this.insertMember = db.prepare('INSERT OR IGNORE INTO members (conversation_id, user_id, joined_at) VALUES (?, ?, ?)');
    this.deleteMember = db.prepare('DELETE FROM members WHERE conversation_id = ? AND user_id = ?');
    this.setTitle = db.prepare('UPDATE conversations SET title = ?, updated_at = ? WHERE id = ?');
    this.setOwner = db.prepare('UPDATE conversations SET owner_id = ?, updated_at = ? WHERE id = ?');
    this.touch = db.prepare('UPDATE conversations SET updated_at = ? WHERE id = ?');
  }

  get(id: string): Conversation | null {
    const row = this.byId.get(id);
    return row ? this.toConversation(row) : null;
  }

  byUniqueKey(key: string): Conversation | null {
    const row = this.byKey.get(key);
    return row ? this.toConversation(row) : null;
  }

  memberIds(id: string): string[] {
    return this.membersOf.all(id).map((r) => r.user_id);
  }

  isMember(conversationId: string, userId: string): boolean {
    return this.membership.get(conversationId, userId) !== undefined;
  }

  listFor(userId: string): Conversation[] {
    return this.ofUser.all(userId).map((row) => this.toConversation(row));
  }

  create(
    scope: WriteScope,
    fields: { id: string; kind: ConversationKind; title: string; ownerId: string | null; uniqueKey: string | null; memberIds: string[]; now: number },
  ): Conversation {
    this.insertRow.run(fields.id, fields.kind, fields.title, fields.ownerId, fields.uniqueKey, fields.now, fields.now);
    for (const userId of fields.memberIds) this.insertMember.run(fields.id, userId, fields.now);
    return this.announce(scope, fields.id);
  }

  /** Every person's 工作通知 stream, created the first time anything needs it. */
  ensureNotice(scope: WriteScope, userId: string, id: string, now: number): Conversation {
    return (
      this.byUniqueKey(noticeKey(userId)) ??
      this.create(scope, { id, kind: 'notice', title: NOTICE_TITLE, ownerId: null, uniqueKey: noticeKey(userId), memberIds: [userId], now })
    );
  }

  rename(scope: WriteScope, id: string, title: string, now: number): Conversation {
    this.setTitle.run(title, now, id);
    return this.announce(scope, id);
  }

  addMembers(scope: WriteScope, id: string, userIds: string[], now: number): Conversation {
    const added = userIds.filter((userId) => !this.isMember(id, userId));
    for (const userId of added) this.insertMember.run(id, userId, now);
    this.touch.run(now, id);
    const conversation = this.announce(scope, id);
    // New members' cursors are past this conversation's history: tell each of them it exists.
    for (const userId of added) this.changeLog.put(scope.changes, 'conversation', conversation, userScope(userId));
    return conversation;
  }

  removeMember(scope: WriteScope, id: string, userId: string, now: number): Conversation {
    this.deleteMember.run(id, userId);
    const row = this.byId.get(id)!;
    if (row.owner_id === userId) {
      // Ownership passes to whoever has been a member longest.
      this.setOwner.run(this.memberIds(id)[0] ?? null, now, id);
    } else {
      this.touch.run(now, id);
    }
    const conversation = this.announce(scope, id);
    this.changeLog.del(scope.changes, 'conversation', id, userScope(userId));
    return conversation;
  }

  /** Bumps updatedAt (a new message) without announcing: the message change is enough. */
  touchQuietly(id: string, now: number): void {
    this.touch.run(now, id);
  }

  private announce(scope: WriteScope, id: string): Conversation {
    const conversation = this.get(id)!;
    this.changeLog.put(scope.changes, 'conversation', conversation, conversationScope(id));
    return conversation;
  }

  private toConversation(row: ConversationRow): Conversation {
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      ownerId: row.owner_id,
      memberIds: this.memberIds(row.id),
      lastSeq: row.last_seq,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}
