import type { Database } from 'better-sqlite3';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import pino from 'pino';
import { routes } from '../shared/http/routes';
import { AppTokens } from './auth/app-tokens';
import { AuthService } from './auth/auth-service';
import { Authenticator } from './auth/authenticator';
import { LoginThrottle } from './auth/login-throttle';
import { SessionStore } from './auth/session-store';
import { AuditLog } from './audit/audit-log';
import { SecurityEvents } from './audit/security-events';
import { resolveConfig, systemClock, type Clock, type ServerConfig } from './config';
import { directoryCommands } from './directory/directory-commands';
import { DirectorySearch } from './directory/directory-search';
import { DirectoryStore } from './directory/directory-store';
import { DirectoryWrites } from './directory/directory-writes';
import { InProcessBus } from './events/bus';
import { EventsHub } from './events/events-hub';
import { FileStore } from './files/file-store';
import { routeHandlers } from './http/handlers';
import { buildOpenApi } from './http/openapi';
import { Router, sendJson } from './http/router';
import { refuseUpgrade } from './http/upgrade';
import { conversationCommands } from './messages/conversation-commands';
import { ConversationStore } from './messages/conversation-store';
import { messageCommands } from './messages/message-commands';
import { MessageQueries } from './messages/message-queries';
import { MessageStore } from './messages/message-store';
import { NoticeRateLimit, SlidingWindowLimiter, type RateLimiter } from './notices/notice-rate-limit';
import { NoticeService } from './notices/notice-service';
import { seedDemo } from './seed/demo-seed';
import { openDatabase } from './storage/database';
import { startWalCheckpointer } from './storage/wal-checkpointer';
import { WriteBatcher } from './storage/write-batcher';
import { ChangeLog } from './sync/change-log';
import { CommandService } from './sync/command-service';
import { Writer, type WriteScope } from './sync/writer';
import { resolveDocumentAccess, type DocumentAccessResolver } from './yjs-access';
import { createYjsRooms } from './yjs/rooms';
import { BodyTickets } from './documents/body-tickets';
import { createDocumentsModule } from './documents/module';
import type { OverdueScanner } from './documents/overdue-scanner';
import { createDutyModule } from './duty/module';
import type { DutyScheduler } from './duty/duty-scheduler';
import { createSupervisionModule } from './supervision/module';
import type { ReminderScheduler } from './supervision/reminder-scheduler';
import { SqliteYDocStore } from './yjs/sqlite-store';

export type { DocumentAccessResolver } from './yjs-access';
export type { Clock, ServerConfig } from './config';

export interface StartServerOptions {
  dataDir: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Fill an empty database with the demo organisation instead of waiting for a setup code. */
  demo?: boolean;
  config?: Partial<ServerConfig>;
  clock?: Clock;
  /** Who may open which Yjs documents; a docId no resolver claims is refused. */
  documentAccess?: DocumentAccessResolver[];
  /** Log requests' failures and print start-up information. Default true. */
  log?: boolean;
  /** Counts 工作通知 per app token; in-process by default, a shared one when several nodes serve. */
  noticeLimiter?: RateLimiter;
}

export interface RunningServer {
  /** http://HOST:PORT */
  url: string;
  port: number;
  /** The one-time code for POST /api/v1/auth/bootstrap, when the database had nobody in it. */
  setupCode: string | null;
  db: Database;
  notices: NoticeService;
  /** Runs by itself every overdueScanMs; exposed so tests with a manual clock can run a pass now. */
  documentsOverdue: OverdueScanner;
  /** Automatic 督办 催办, every supervisionScanMs; exposed so tests with a manual clock can run a pass now. */
  supervisionReminders: ReminderScheduler;
  /** 突发事件 escalations and duty reminders, every dutyScanMs; exposed so tests with a manual clock can run a pass now. */
  dutyScheduler: DutyScheduler;
  close(): Promise<void>;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const config = resolveConfig(options.config);
  const clock = options.clock ?? systemClock;
  const log = pino({ level: options.log === false ? 'silent' : 'info', base: null });
  const say = (text: string) => options.log !== false && console.log(text);

  const db = openDatabase(options.dataDir);
  const batcher = new WriteBatcher(db);
  const checkpointer = startWalCheckpointer(db);
  const bus = new InProcessBus();
  const writer = new Writer(batcher, bus);
  const audit = new AuditLog(db);
  const changeLog = new ChangeLog(db);
  const directory = new DirectoryStore(db);
  const directoryWrites = new DirectoryWrites(db, directory, changeLog);
  const conversations = new ConversationStore(db, changeLog);
  const messages = new MessageStore(db, changeLog);
  const security = new SecurityEvents(writer, audit, clock);
  const sessions = new SessionStore(db, batcher, clock, config, audit);
  const authenticator = new Authenticator(sessions, directory);
  const appTokens = new AppTokens(db, writer, clock, audit);
  const files = new FileStore(options.dataDir, db, batcher, clock, config.uploadLimitBytes, audit);
  const auth = new AuthService({ db, writer, clock, bus, audit, directory, directoryWrites, conversations, sessions, throttle: new LoginThrottle(db, clock, config) });
  const notices = new NoticeService({ db, writer, clock, audit, directory, conversations, messages, config });
  const noticeRateLimit = new NoticeRateLimit(
    options.noticeLimiter ?? new SlidingWindowLimiter(config.noticeRatePerMinute, 60_000),
    config.noticeRatePerMinute,
    clock,
    security,
  );
  const documents = createDocumentsModule({ db, writer, clock, changeLog, directory, notices, sessions, log, timeLimits: config.documentTimeLimits });
  const supervision = createSupervisionModule({ db, writer, clock, changeLog, directory, notices, config, log });
  const duty = createDutyModule({ db, writer, clock, changeLog, directory, notices, config, log });
  const yjs = createYjsRooms({
    store: new SqliteYDocStore(db, batcher),
    logger: log,
    // 公文 bodies keep deleted text so every version can be shown, compared and restored (痕迹保留).
    keepHistory: (docId) => docId.startsWith('doc:'),
    // A body ticket (what the app's editor uses) or a session token (stock y-websocket clients).
    authorize: async (token, docId) => {
      let userId: string | null;
      let client = 'yjs';
      if (BodyTickets.isTicket(token)) {
        userId = documents.tickets.verify(token, docId);
        if (userId && (directory.person(userId)?.disabled ?? true)) userId = null;
      } else {
        const actor = await authenticator.resolve(token, 'yjs');
        userId = actor?.person.id ?? null;
        client = actor?.client ?? client;
      }
      if (!userId) return null;
      const access = resolveDocumentAccess([...(options.documentAccess ?? []), documents.bodyAccessResolver], userId, docId);
      if (access === null) {
        await security.record({ actorId: userId, client, action: 'document.accessRefused', target: docId, detail: null });
        return null;
      }
      return { access, userId };
    },
  });
  const documentsWithBodies = documents.withBodies(yjs.bodies);
  yjs.bodies.onBodyChanged((docId) => documentsWithBodies.indexer.refresh(docId));
  const commands = new CommandService(db, writer, clock, audit, {
    ...messageCommands({ config, conversations, messages, files }),
    ...conversationCommands({ directory, conversations }),
    ...directoryCommands({ directory, directoryWrites, conversations, sessions, bus }),
    ...documentsWithBodies.commands,
    ...supervision.commands,
    ...duty.commands,
  });
  const events = new EventsHub(authenticator, conversations, documents.access, bus, log);
  const router = new Router(
    routes,
    {
      ...routeHandlers({
      auth,
      appTokens,
      directory,
      search: new DirectorySearch(db, directory),
      queries: new MessageQueries(conversations, messages),
      commands,
      changeLog,
      files,
      notices,
      noticeRateLimit,
      events,
      audit,
      security,
      }),
      ...documentsWithBodies.routes,
      ...supervision.routes,
    },
    { authenticator, appTokens, config, log, security },
  );
  const openApi = JSON.stringify(buildOpenApi(routes));

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === '/api/v1/openapi.json') {
      return sendJson(res, 200, JSON.parse(openApi));
    }
    void router.handle(req, res);
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/events') {
      events.handleUpgrade(req, socket, head).catch((error: unknown) => {
        log.error({ err: error }, 'events upgrade failed');
        socket.destroy();
      });
    } else if (path.startsWith('/yjs/')) {
      yjs.handleUpgrade(req, socket, head);
    } else {
      refuseUpgrade(socket, 404, 'Not Found');
    }
  });
  // Desktop clients go quiet between bursts; Node's 5 s default closes their pooled connections
  // just as they are reused, which they see as a reset.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    socket.destroy();
  });

  let setupCode: string | null = null;
  if (!directory.hasPeople()) {
    if (options.demo) {
      const setUpModules = (scope: WriteScope, now: number) => {
        documents.seedDemoSetup(scope, now);
        supervision.seedDemo(scope, now);
        duty.seedDemo(scope, now);
      };
      const demo = await seedDemo({ writer, clock, directory, directoryWrites, conversations, messages, setUpModules });
      say(`演示数据已生成。演示账号（密码均为 ${demo.password}）：`);
      for (const login of demo.logins) say(`  ${login.username.padEnd(16)} ${login.name}  ${login.description}`);
    } else {
      setupCode = await auth.issueSetupCode();
      say(`首次部署初始化码：${setupCode}`);
      say('  仅可使用一次：用它调用 POST /api/v1/auth/bootstrap 创建第一位系统管理员。');
    }
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await Promise.all([events.close(), yjs.close(), batcher.close(), checkpointer.stop()]);
    db.close();
    throw error;
  }
  // Sessions nobody uses again still end on time in the audit log.
  let sweeping: Promise<unknown> = Promise.resolve();
  const sweeper = setInterval(() => {
    sweeping = sessions.sweepExpired().catch((error: unknown) => log.error({ err: error }, 'could not sweep expired sessions'));
  }, config.sessionSweepMs);
  sweeper.unref();
  documentsWithBodies.overdue.start(config.overdueScanMs);
  supervision.reminders.start(config.supervisionScanMs);
  duty.scheduler.start(config.dutyScanMs);

  const port = (server.address() as AddressInfo).port;
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    setupCode,
    db,
    notices,
    documentsOverdue: documentsWithBodies.overdue,
    supervisionReminders: supervision.reminders,
    dutyScheduler: duty.scheduler,
    close: () =>
      (closing ??= (async () => {
        clearInterval(sweeper);
        await Promise.all([sweeping, documentsWithBodies.overdue.stop(), supervision.reminders.stop(), duty.scheduler.stop()]);
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await Promise.all([events.close(), yjs.close()]);
        // Requests in flight get a moment to finish; connections still open after that are cut.
        const grace = setTimeout(() => server.closeAllConnections(), 3000);
        await stopped;
        clearTimeout(grace);
        // Settles after everything queued before it has committed.
        await batcher.run(() => undefined);
        await Promise.all([batcher.close(), checkpointer.stop()]);
        db.close();
      })()),
  };
}
