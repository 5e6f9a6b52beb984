import type { Database } from 'better-sqlite3';
import type { Logger } from 'pino';
import { defaultTimeLimits, type TimeLimits } from '../../shared/documents/time-limits';
import type { SessionStore } from '../auth/session-store';
import type { Clock } from '../config';
import type { DirectoryStore } from '../directory/directory-store';
import type { NoticeService } from '../notices/notice-service';
import type { ChangeLog } from '../sync/change-log';
import type { Writer, WriteScope } from '../sync/writer';
import { seedDocumentSetup } from './demo-setup';
import { documentBodyAccess } from './body-access';
import { BodyIndexer } from './body-indexer';
import type { DocumentBodies } from './bodies';
import { BodyTickets } from './body-tickets';
import { Distribution } from './distribution';
import { documentRoutes } from './document-routes';
import { DocumentStore } from './document-store';
import { incomingCommands } from './incoming-commands';
import { NumberRegister } from './number-register';
import { outgoingCommands } from './outgoing-commands';
import { OverdueScanner } from './overdue-scanner';
import { RecordAccess } from './record-access';
import { SealKeys } from './seal-keys';
import { setupCommands } from './setup-commands';
import { StepNotices } from '../notices/step-notices';
import { UnitRoles } from '../directory/unit-roles';

export interface DocumentsModuleDeps {
  db: Database;
  writer: Writer;
  clock: Clock;
  changeLog: ChangeLog;
  directory: DirectoryStore;
  notices: NoticeService;
  sessions: SessionStore;
  log: Pick<Logger, 'warn'>;
  timeLimits?: TimeLimits;
}

/**
 * 公文办理 on the server. Built in two steps because the Yjs rooms need to know who may open a
 * body before the module can use the rooms: first the records, then (given the bodies) the
 * commands, routes and background work.
 */
export function createDocumentsModule(deps: DocumentsModuleDeps) {
  const { db, writer, clock, changeLog, directory, notices, sessions, log } = deps;
  const access = new RecordAccess(db);
  const store = new DocumentStore(db, changeLog, access);
  const roles = new UnitRoles(directory);
  const register = new NumberRegister(db);
  const seals = new SealKeys(db);
  const stepNotices = new StepNotices(notices, '公文办理', log);
  const distribution = new Distribution(store, roles, stepNotices);
  const tickets = new BodyTickets(sessions, clock);

  return {
    access,
    tickets,
    bodyAccessResolver: documentBodyAccess(store),
    seedDemoSetup: (scope: WriteScope, now: number) => seedDocumentSetup(scope, now, { store, seals, roles, directory, changeLog }),
    withBodies(bodies: DocumentBodies) {
      return {
        commands: {
          ...outgoingCommands({ db, store, roles, register, seals, bodies, distribution, notices: stepNotices }),
          ...incomingCommands({ store, roles, register, notices: stepNotices, timeLimits: deps.timeLimits ?? defaultTimeLimits }),
          ...setupCommands({ store, seals, roles, changeLog }),
        },
        routes: documentRoutes({ store, access, bodies, tickets, register, seals, roles, distribution, writer, clock }),
        overdue: new OverdueScanner({ store, notices, writer, clock, log }),
        indexer: new BodyIndexer({ store, bodies, writer, log }),
      };
    },
  };
}
