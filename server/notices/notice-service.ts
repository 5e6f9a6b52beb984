import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { parseAt } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { PushNoticeInput } from '../../shared/messages/schemas';
import type { AuditLog } from '../audit/audit-log';
import type { Clock, ServerConfig } from '../config';
import type { DirectoryStore } from '../directory/directory-store';
import type { ConversationStore } from '../messages/conversation-store';
import { refuseClassified } from '../messages/content-rules';
import type { MessageStore } from '../messages/message-store';
import type { Writer } from '../sync/writer';

export type NoticeRequest = z.input<typeof PushNoticeInput> & {
  /** Which system sends it (an app token's name, or a module such as "公文"); shown to the reader. */
  source: string;
};

export interface NoticeDelivery {
  delivered: number;
  /** True when this clientId was pushed before: nothing was sent again. */
  duplicate: boolean;
  /** Recipients skipped because they already got the same source, title and text within the duplicate window. */
  duplicates: number;
}

export interface NoticeServiceDeps {
  db: Database;
  writer: Writer;
  clock: Clock;
  audit: AuditLog;
  directory: DirectoryStore;
  conversations: ConversationStore;
  messages: MessageStore;
  config: Pick<ServerConfig, 'noticeDuplicateWindowMs'>;
}

/**
 * 工作通知: one notice message into each recipient's notice conversation, once per clientId, and
 * the same content (source, title, text) to the same person at most once per duplicate window
 * (the old DingTalk rule: once a day).
 */
export class NoticeService {
  private readonly findStored;
  private readonly storeResult;
  private readonly activePeopleInOrgs;
  private readonly forgetDeliveries;
  private readonly deliveredSince;
  private readonly rememberDelivery;

  constructor(private readonly deps: NoticeServiceDeps) {
    this.forgetDeliveries = deps.db.prepare<[number]>('DELETE FROM notice_deliveries WHERE delivered_at <= ?');
    this.deliveredSince = deps.db.prepare<[string, string, string, number]>(
      'SELECT 1 FROM notice_deliveries WHERE source = ? AND content_hash = ? AND user_id = ? AND delivered_at > ?',
    );
    this.rememberDelivery = deps.db.prepare<[string, string, string, number]>(
      `INSERT INTO notice_deliveries (source, content_hash, user_id, delivered_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (source, content_hash, user_id) DO UPDATE SET delivered_at = excluded.delivered_at`,
    );
    this.findStored = deps.db.prepare<[string], { result: string }>('SELECT result FROM commands WHERE id = ?');
    this.storeResult = deps.db.prepare("INSERT INTO commands (id, type, user_id, result, created_at) VALUES (?, 'notice.push', NULL, ?, ?)");
    this.activePeopleInOrgs = (orgIds: string[]) =>
      deps.db
        .prepare<string[], { id: string }>(
          `SELECT DISTINCT p.id FROM posts s JOIN people p ON p.id = s.person_id
           WHERE p.disabled = 0 AND s.org_id IN (${orgIds.map(() => '?').join(',')})`,
        )
        .all(...orgIds)
        .map((r) => r.id);
  }

  async push(request: NoticeRequest): Promise<NoticeDelivery> {
    const { source, ...rest } = request;
    const input = parseAt(PushNoticeInput, rest, '工作通知');
    refuseClassified(input.title, input.text);
    const key = `notice:${source}:${input.clientId}`;
    const { writer, clock, audit, conversations, messages, config } = this.deps;
    const windowMs = config.noticeDuplicateWindowMs;
    const contentHash = createHash('sha256').update(JSON.stringify([input.title, input.text])).digest('hex');
    return writer.write((scope) => {
      const earlier = this.findStored.get(key);
      if (earlier) return { duplicates: 0, ...(JSON.parse(earlier.result) as Partial<NoticeDelivery>), duplicate: true } as NoticeDelivery;
      const now = clock.now();
      const since = now - windowMs;
      if (windowMs > 0) this.forgetDeliveries.run(since);
      const recipients = this.recipients(input.to);
      let duplicates = 0;
      for (const userId of recipients) {
        if (windowMs > 0) {
          if (this.deliveredSince.get(source, contentHash, userId, since)) {
            duplicates++;
            continue;
          }
          this.rememberDelivery.run(source, contentHash, userId, now);
        }
        const conversation = conversations.ensureNotice(scope, userId, newId(), now);
        messages.append(scope, {
          id: newId(),
          conversationId: conversation.id,
          senderId: null,
          clientId: input.clientId,
          kind: 'notice',
          text: input.text,
          mentions: [],
          file: null,
          notice: { title: input.title, source, link: input.link },
          now,
        });
      }
      const delivery: NoticeDelivery = { delivered: recipients.length - duplicates, duplicate: false, duplicates };
      this.storeResult.run(key, JSON.stringify(delivery), now);
      audit.append({
        at: now,
        actorId: null,
        client: `app:${source}`,
        action: 'notice.push',
        target: null,
        detail: { clientId: input.clientId, title: input.title, to: input.to, delivered: delivery.delivered, duplicates },
      });
      return delivery;
    });
  }

  /** Named people, everyone in the named orgs and the orgs below them, and group members; active ones, once each. */
  private recipients(to: z.infer<typeof PushNoticeInput>['to']): string[] {
    const { directory, conversations } = this.deps;
    const ids = new Set<string>();
    for (const person of directory.people(to.userIds)) if (!person.disabled) ids.add(person.id);
    const orgIds = directory.orgSubtree(to.orgIds);
    if (orgIds.length > 0) for (const id of this.activePeopleInOrgs(orgIds)) ids.add(id);
    for (const conversationId of to.conversationIds) {
      for (const person of directory.people(conversations.memberIds(conversationId))) if (!person.disabled) ids.add(person.id);
    }
    return [...ids];
  }
}
