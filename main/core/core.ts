import type { ApiHandlers } from '../../shared/contract/define';
import type { CoreEvent, DesktopApi } from '../../shared/desktop-api';
import { AppError } from '../../shared/errors';
import * as admin from './admin/admin-actions';
import * as chat from './chat/chat-actions';
import { knownFileRef, readCachedFile } from './chat/file-cache';
import { messagePage } from './chat/message-list';
import { messageRowById } from './chat/message-rows';
import { conversationRow, readStatesOf } from './chat/conversation-rows';
import { readersOf } from './chat/receipts';
import { searchChat } from './chat/search-hits';
import { listSummaries, summaryOf } from './chat/summaries';
import * as directory from './directory/directory-service';
import { documentHandlers } from './documents/document-handlers';
import { supervisionHandlers } from './supervision/supervision-handlers';
import { dutyHandlers } from './duty/duty-handlers';
import { peopleByIds } from './directory/directory-rows';
import { listOutbox } from './outbox/outbox-rows';
import type { SecretStore } from './secrets';
import { createSessionController } from './session/session-controller';

export interface CoreOptions {
  dataDir: string;
  serverUrl: string;
  secrets: SecretStore;
  /** Passed to better-sqlite3: the Electron shell loads a build for Electron's ABI. */
  nativeBinding?: string;
  clock?: () => number;
  fetch?: typeof fetch;
}

export interface Core {
  handlers: ApiHandlers<DesktopApi>;
  onEvent(listener: (event: CoreEvent) => void): () => void;
  close(): Promise<void>;
}

const ok = { ok: true } as const;

/** The desktop core: plain Node, no Electron. Both transports call `handlers` through dispatch(). */
export async function createCore(options: CoreOptions): Promise<Core> {
  const listeners = new Set<(event: CoreEvent) => void>();
  const emit = (event: CoreEvent) => listeners.forEach((listener) => listener(event));
  const session = createSessionController({
    dataDir: options.dataDir,
    serverUrl: options.serverUrl,
    secrets: options.secrets,
    nativeBinding: options.nativeBinding,
    clock: options.clock ?? Date.now,
    fetch: options.fetch ?? globalThis.fetch,
    emit,
  });
  session.resume();
  const ctx = () => session.need().ctx;

  const handlers: ApiHandlers<DesktopApi> = {
    session: {
      state: async () => session.state(),
      login: (input) => session.login(input),
      logout: async () => (await session.logout(), ok),
      changePassword: async (input) => (await ctx().http.call('changePassword', { body: input }), ok),
    },
    directory: {
      tree: async () => directory.directoryTree(ctx().db),
      orgMembers: async ({ orgId, includeDisabled }) => directory.orgMembers(ctx().db, orgId, { includeDisabled }),
      person: async ({ id }) => directory.person(ctx().db, id),
      people: async ({ ids }) => directory.people(ctx().db, ids),
      search: async ({ q, limit, includeDisabled }) => directory.searchPeople(ctx().db, q, limit, { includeDisabled }),
    },
    chat: {
      conversations: async () => listSummaries(ctx().db, ctx().me.id),
      conversation: async ({ id }) => summaryOf(ctx().db, id, ctx().me.id),
      messages: (input) => messagePage(ctx().db, ctx().http, input),
      send: async (input) => chat.send(ctx(), input),
      sendFile: async (input) => chat.sendFile(ctx(), input),
      fileData: async ({ fileId }) => {
        const c = ctx();
        const file = knownFileRef(c.db, fileId);
        if (!file) throw new AppError('not_found', '文件不存在');
        const bytes = await readCachedFile(c.db, c.http, c.fileCacheDir, file);
        return { file, dataBase64: bytes.toString('base64') };
      },
      recall: async ({ messageId }) => (chat.recall(ctx(), messageId), ok),
      markRead: async ({ conversationId }) => (chat.markRead(ctx(), conversationId), ok),
      readers: async ({ messageId }) => {
        const { db } = ctx();
        const row = messageRowById(db, messageId);
        const conversation = row && conversationRow(db, row.conversation_id);
        if (!row || !conversation) throw new AppError('not_found', '消息不存在');
        const { read, unread } = readersOf(JSON.parse(conversation.member_ids) as string[], readStatesOf(db, row.conversation_id), row);
        return { read: peopleByIds(db, read), unread: peopleByIds(db, unread) };
      },
      create: (input) => chat.createConversation(ctx(), input),
      rename: async (input) => (await chat.rename(ctx(), input), ok),
      addMembers: async (input) => (await chat.changeMembers(ctx(), 'conversation.addMembers', input), ok),
      removeMember: async (input) => (await chat.changeMembers(ctx(), 'conversation.removeMember', input), ok),
      leave: async (input) => (await chat.changeMembers(ctx(), 'conversation.leave', input), ok),
      search: async ({ q, limit }) => searchChat(ctx().db, ctx().me.id, q, limit),
      presence: async () => ({ online: [...ctx().presence] }),
    },
    outbox: {
      list: async () => listOutbox(ctx().db),
      retry: async ({ id }) => (ctx().outbox.retry(id), ok),
      discard: async ({ id }) => (ctx().outbox.discard(id), ok),
    },
    documents: documentHandlers(ctx),
    supervision: supervisionHandlers(ctx),
    duty: dutyHandlers(ctx),
    admin: {
      createPerson: (input) => admin.createPerson(ctx(), input),
      updatePerson: async (input) => (await admin.updatePerson(ctx(), input), ok),
      resetPassword: async (input) => (await admin.resetPassword(ctx(), input), ok),
      createOrg: (input) => admin.createOrg(ctx(), input),
      updateOrg: async (input) => (await admin.updateOrg(ctx(), input), ok),
      appTokens: async () => (await ctx().http.call('listAppTokens')).tokens,
      createAppToken: (input) => ctx().http.call('createAppToken', { body: input }),
      revokeAppToken: async ({ id }) => (await ctx().http.call('revokeAppToken', { params: { id } }), ok),
    },
  };

  return {
    handlers,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      session.close();
      listeners.clear();
    },
  };
}
