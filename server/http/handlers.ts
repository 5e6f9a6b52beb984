import { AppError } from '../../shared/errors';
import { FileRef } from '../../shared/messages/schemas';
import type { AppTokens } from '../auth/app-tokens';
import type { AuditLog } from '../audit/audit-log';
import type { SecurityEvents } from '../audit/security-events';
import type { AuthService } from '../auth/auth-service';
import type { DirectorySearch } from '../directory/directory-search';
import type { DirectoryStore } from '../directory/directory-store';
import type { EventsHub } from '../events/events-hub';
import type { FileStore } from '../files/file-store';
import { refuseClassified } from '../messages/content-rules';
import type { MessageQueries } from '../messages/message-queries';
import type { NoticeRateLimit } from '../notices/notice-rate-limit';
import type { NoticeService } from '../notices/notice-service';
import type { ChangeLog } from '../sync/change-log';
import type { CommandService } from '../sync/command-service';
import { declaredLength } from './request-body';
import type { RouteHandlers } from './router';
import type { DocumentRoutes } from '../documents/document-routes';
import type { BulletinRoutes } from '../supervision/bulletin-route';

export interface HandlerDeps {
  auth: AuthService;
  appTokens: AppTokens;
  directory: DirectoryStore;
  search: DirectorySearch;
  queries: MessageQueries;
  commands: CommandService;
  changeLog: ChangeLog;
  files: FileStore;
  notices: NoticeService;
  noticeRateLimit: NoticeRateLimit;
  events: EventsHub;
  audit: AuditLog;
  security: SecurityEvents;
}

function uploadName(header: string | string[] | undefined): string {
  let name: string;
  try {
    name = decodeURIComponent(String(header ?? '')).trim();
  } catch {
    throw new AppError('bad_request', 'X-File-Name 编码不正确，应为 URL 编码');
  }
  const parsed = FileRef.shape.name.safeParse(name);
  if (!parsed.success) throw new AppError('bad_request', '缺少文件名（X-File-Name 头，URL 编码，1–255 个字符）');
  return parsed.data;
}

/**
 * The HTTP API: each route of shared/http/routes.ts, delegating to the service that owns it. The
 * 公文 and 督查督办 modules bring their own (server/documents/document-routes.ts, server/supervision/bulletin-route.ts).
 */
export function routeHandlers(deps: HandlerDeps): Omit<RouteHandlers, keyof DocumentRoutes | keyof BulletinRoutes> {
  const { auth, appTokens, directory, search, queries, commands, changeLog, files, notices, noticeRateLimit, events, audit, security } = deps;
  return {
    login: ({ body }, { client }) => auth.login(body, client),
    logout: (_, { actor }) => auth.logout(actor),
    me: async (_, { actor }) => actor.person,
    changePassword: ({ body }, { actor }) => auth.changePassword(actor, body),
    bootstrap: ({ body }, { client }) => auth.bootstrap(body, client),

    directoryTree: async () => ({ orgs: directory.orgs() }),
    directoryOrgMembers: async ({ params }) => {
      if (!directory.org(params.id)) throw new AppError('not_found', '机构不存在');
      return { people: directory.orgMembers(params.id) };
    },
    directoryPerson: async ({ params }) => {
      const person = directory.person(params.id);
      if (!person) throw new AppError('not_found', '人员不存在');
      return person;
    },
    directorySearch: async ({ query }) => ({ people: search.search(query.q, query.limit) }),

    listConversations: async (_, { actor }) => ({ conversations: queries.conversationsOf(actor.person.id) }),
    // The REST routes run the very same commands; clientId is the idempotency key.
    createConversation: ({ body }, { actor }) =>
      commands.run(actor, `rest:conversation.create:${actor.person.id}:${body.clientId}`, 'conversation.create', body),
    sendMessage: ({ params, body }, { actor }) =>
      commands.run(actor, `rest:message.send:${actor.person.id}:${body.clientId}`, 'message.send', { ...body, conversationId: params.id }),
    listMessages: async ({ params, query }, { actor }) => queries.history(actor.person.id, params.id, query),
    messageReads: async ({ params }, { actor }) => queries.reads(actor.person.id, params.id, params.messageId),

    uploadFile: async ({ params }, { req, actor }) => {
      const declared = declaredLength(req);
      if (declared !== null && declared > deps.files.uploadLimitBytes) throw files.tooLargeError();
      const name = uploadName(req.headers['x-file-name']);
      refuseClassified(name);
      const mime = String(req.headers['content-type'] ?? 'application/octet-stream').split(';')[0]!.trim().slice(0, 128) || 'application/octet-stream';
      return files.upload({ userId: actor.person.id, client: actor.client }, params.sha256, name, mime, req);
    },
    downloadFile: async ({ params }, { res, actor }) => {
      const allowed = files.canRead(actor.person.id, params.sha256);
      const file = allowed ? files.describe(actor.person.id, params.sha256) : null;
      if (!file) {
        // A stored file someone may not read: recorded. The answer is the same 404 as for a missing one.
        if (!allowed && files.storedSize(params.sha256) !== null) {
          await security.record({
            actorId: actor.person.id,
            client: actor.client,
            action: 'file.downloadRefused',
            target: params.sha256,
            detail: { reason: 'noAccess' },
          });
        }
        throw new AppError('not_found', '文件不存在或无权访问');
      }
      res.writeHead(200, {
        'content-type': file.mime,
        'content-length': file.size,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'x-content-type-options': 'nosniff',
      });
      await new Promise<void>((resolve, reject) => {
        files.openRead(params.sha256).on('error', reject).pipe(res).on('finish', resolve).on('error', reject);
      });
      return undefined;
    },
    presence: async () => ({ online: events.online() }),

    command: ({ body }, { actor }) => commands.execute(actor, body),
    changes: async ({ query }, { actor }) => changeLog.pull(actor.person.id, query.after, query.limit),

    listAppTokens: async () => ({ tokens: appTokens.list() }),
    createAppToken: ({ body }, { actor }) => appTokens.create(actor, body.name),
    revokeAppToken: ({ params }, { actor }) => appTokens.revoke(actor, params.id),
    auditLog: async ({ query }, { actor }) => {
      // Reading the log is itself recorded (who read from where).
      await security.record({ actorId: actor.person.id, client: actor.client, action: 'audit.read', target: null, detail: { after: query.after, limit: query.limit } });
      return audit.page(query.after, query.limit);
    },
    pushNotice: async ({ body }, { app, client }) => {
      await noticeRateLimit.admit(app, client);
      return notices.push({ ...body, source: app.name });
    },
  };
}
