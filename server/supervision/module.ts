import type { Database } from 'better-sqlite3';
import type { Logger } from 'pino';
import type { Clock, ServerConfig } from '../config';
import { RecordAccess } from '../documents/record-access';
import type { DirectoryStore } from '../directory/directory-store';
import { UnitRoles } from '../directory/unit-roles';
import type { NoticeService } from '../notices/notice-service';
import { StepNotices } from '../notices/step-notices';
import type { ChangeLog } from '../sync/change-log';
import type { Writer, WriteScope } from '../sync/writer';
import { bulletinRoutes } from './bulletin-route';
import { seedSupervisionItems } from './demo-items';
import { ReminderLedger } from './reminder-ledger';
import { ReminderScheduler } from './reminder-scheduler';
import { supervisionCommands } from './supervision-commands';
import { SupervisionNumbers } from './supervision-numbers';
import { SupervisionPeople } from './supervision-people';
import { SupervisionStore } from './supervision-store';

export interface SupervisionModuleDeps {
  db: Database;
  writer: Writer;
  clock: Clock;
  changeLog: ChangeLog;
  directory: DirectoryStore;
  notices: NoticeService;
  config: Pick<ServerConfig, 'supervisionReminders' | 'supervisionReturnWindowWorkingDays'>;
  log: Pick<Logger, 'warn'>;
}

/** 督查督办 on the server: the item records, their commands, the 督查通报 and automatic 催办. */
export function createSupervisionModule(deps: SupervisionModuleDeps) {
  const { db, writer, clock, changeLog, directory, config, log } = deps;
  const roles = new UnitRoles(directory);
  const people = new SupervisionPeople(roles);
  const ledger = new ReminderLedger(db, config.supervisionReminders);
  const store = new SupervisionStore(db, changeLog, new RecordAccess(db), people, (item) => ledger.nextDay(item));
  const numbers = new SupervisionNumbers(db);
  const notices = new StepNotices(deps.notices, '督查督办', log);
  const returnWindowWorkingDays = config.supervisionReturnWindowWorkingDays;

  return {
    commands: supervisionCommands({ store, numbers, people, roles, notices, returnWindowWorkingDays }),
    routes: bulletinRoutes({ store, roles, clock }),
    reminders: new ReminderScheduler({ store, ledger, people, notices, writer, clock, log }),
    seedDemo: (scope: WriteScope, now: number) => seedSupervisionItems(scope, now, { store, numbers, people, roles, directory, ledger, returnWindowWorkingDays }),
  };
}
