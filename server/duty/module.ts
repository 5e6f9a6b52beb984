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
import { seedDutyDemo } from './demo-duty';
import { DutyPeople } from './duty-people';
import { DutyRosters } from './duty-rosters';
import { DutyScheduler } from './duty-scheduler';
import { DutyStore } from './duty-store';
import { incidentCommands } from './incident-commands';
import { rosterCommands } from './roster-commands';
import { shiftCommands } from './shift-commands';
import { swapCommands } from './swap-commands';

export interface DutyModuleDeps {
  db: Database;
  writer: Writer;
  clock: Clock;
  changeLog: ChangeLog;
  directory: DirectoryStore;
  notices: NoticeService;
  config: Pick<ServerConfig, 'incidentDeadlines' | 'dutyEveRemindAt'>;
  log: Pick<Logger, 'warn'>;
}

/** 值班值守 on the server: rosters and their 报送, swaps, the duty log, handovers, 日报告 and 突发事件 reports. */
export function createDutyModule(deps: DutyModuleDeps) {
  const { db, writer, clock, changeLog, directory, config, log } = deps;
  const people = new DutyPeople(directory, new UnitRoles(directory));
  const store = new DutyStore(db, changeLog, new RecordAccess(db), people);
  const rosters = new DutyRosters(store);
  const notices = new StepNotices(deps.notices, '值班值守', log);
  const parts = { store, rosters, people, notices };

  return {
    commands: {
      ...rosterCommands(parts),
      ...swapCommands(parts),
      ...shiftCommands(parts),
      ...incidentCommands({ ...parts, deadlines: config.incidentDeadlines }),
    },
    scheduler: new DutyScheduler({ db, ...parts, writer, clock, eveRemindAt: config.dutyEveRemindAt, log }),
    seedDemo: (scope: WriteScope, now: number) => seedDutyDemo(scope, now, { store, people, directory }),
  };
}
