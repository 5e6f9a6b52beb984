import path from 'node:path';
import type { CoreEvent } from '../../../shared/desktop-api';
import type { Person } from '../../../shared/directory/schemas';
import type { Message } from '../../../shared/messages/schemas';
import type { ServerEvent } from '../../../shared/sync/events';
import { createApiClient } from '../http/api-client';
import { createOutbox } from '../outbox/outbox';
import { kvGet, kvSet } from '../store/kv';
import { openLocalDb } from '../store/open-local-db';
import { startSyncEngine, SyncEngine } from '../sync/sync-engine';
import type { PulledPage } from '../sync/pull-changes';
import { personById } from '../directory/directory-rows';
import { conversationRow } from '../chat/conversation-rows';
import { titleOf } from '../chat/summaries';
import { myLastReadSeq, unreadTotal } from '../chat/unread';
import type { UserContext } from '../user-context';

const ME_KEY = 'session.me';

export interface UserSessionOptions {
  userDir: string;
  serverUrl: string;
  token: string;
  /** The person from login; absent when resuming from disk, where the last known copy is used. */
  me?: Person;
  nativeBinding?: string;
  clock: () => number;
  fetch: typeof fetch;
  emit(event: CoreEvent): void;
  /** The server ended the session (expired, disabled, signed in elsewhere). */
  onEnded(reason: string): void;
}

export interface UserSession {
  ctx: UserContext;
  online(): boolean;
  sync: SyncEngine;
  close(): void;
}

/** Everything that runs for one signed-in user: their own database, sync, outbox and presence. */
export function openUserSession(options: UserSessionOptions): UserSession | null {
  const db = openLocalDb(path.join(options.userDir, 'local.db'), options.nativeBinding);
  if (options.me) kvSet(db, ME_KEY, options.me);
  const me = options.me ?? kvGet<Person>(db, ME_KEY);
  if (!me) {
    db.close();
    return null;
  }
  let online = false;
  let ended = false;
  const presence = new Set<string>();

  const endSession = (reason: string) => {
    if (ended) return;
    ended = true;
    options.onEnded(reason);
  };

  const http = createApiClient({
    serverUrl: options.serverUrl,
    token: () => options.token,
    fetch: options.fetch,
    onReachability: (reachable) => setOnline(reachable),
    onUnauthenticated: (error) => endSession(error.message || '登录已失效，请重新登录'),
  });

  const ctx: UserContext = {
    db,
    http,
    clock: options.clock,
    me,
    fileCacheDir: path.join(options.userDir, 'files'),
    presence,
    emit: options.emit,
    emitStatus: () => options.emit({ type: 'status', online, unreadTotal: unreadTotal(db, ctx.me.id) }),
    outbox: createOutbox({
      db,
      http,
      clock: options.clock,
      fileCacheDir: path.join(options.userDir, 'files'),
      onChanged: () => {
        options.emit({ type: 'changed', areas: ['outbox', 'chat', 'directory', 'documents', 'supervision'] });
        ctx.emitStatus();
      },
    }),
  };

  function setOnline(value: boolean): void {
    if (online === value) return;
    online = value;
    options.emit({ type: 'changed', areas: ['session'] });
    ctx.emitStatus();
    if (value) ctx.outbox.kick();
  }

  function onPage(page: PulledPage): void {
    if (page.areas.has('directory')) {
      const fresh = personById(db, ctx.me.id);
      if (fresh) {
        ctx.me = fresh;
        kvSet(db, ME_KEY, fresh);
      }
    }
    if (page.areas.size > 0) options.emit({ type: 'changed', areas: [...page.areas] });
    if (!page.initial) page.newMessages.filter((m) => isNewsForMe(m)).forEach(notify);
    ctx.emitStatus();
  }

  function isNewsForMe(message: Message): boolean {
    return message.senderId !== ctx.me.id && !message.recalledAt && message.seq > myLastReadSeq(db, message.conversationId, ctx.me.id);
  }

  function notify(message: Message): void {
    const conversation = conversationRow(db, message.conversationId);
    if (!conversation) return;
    const title = message.notice?.title ?? titleOf(db, conversation, ctx.me.id);
    const content = message.file ? `[文件] ${message.file.name}` : message.text;
    const sender = message.senderId ? personById(db, message.senderId)?.name : null;
    const body = conversation.kind === 'group' && sender ? `${sender}：${content}` : content;
    options.emit({ type: 'notify', conversationId: message.conversationId, title, body: body.slice(0, 200) });
  }

  function onServerEvent(event: ServerEvent): void {
    if (event.type === 'presence') {
      presence.clear();
      event.online.forEach((id) => presence.add(id));
    } else if (event.type === 'presenceChanged') {
      if (event.online) presence.add(event.userId);
      else presence.delete(event.userId);
    } else if (event.type === 'sessionEnded') {
      endSession(event.reason);
      return;
    } else {
      return;
    }
    options.emit({ type: 'changed', areas: ['presence'] });
  }

  const sync = startSyncEngine({
    db,
    http,
    token: options.token,
    onPage,
    onServerEvent,
    onReconnect: () => {
      setOnline(true);
      ctx.outbox.kick();
    },
    onTick: () => ctx.outbox.kick(),
    onSocketClosed: () => setOnline(false),
    onUnauthorized: () => endSession('登录已失效'),
  });
  void ctx.outbox.drain();

  return {
    ctx,
    online: () => online,
    sync,
    close() {
      sync.stop();
      ctx.outbox.stop();
      db.close();
    },
  };
}
