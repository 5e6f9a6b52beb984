import { formatChineseDate } from '../../shared/documents/dates';
import type { DailyReport, DutyHandover, DutyLogEntry } from '../../shared/duty/records';
import { shiftLabels } from '../../shared/duty/roster-frame';
import { nextShift } from '../../shared/duty/shift-times';
import { AppError } from '../../shared/errors';
import { refuseClassified } from '../messages/content-rules';
import type { StepNotices } from '../notices/step-notices';
import { commandHandler, type CommandHandlers } from '../sync/command-service';
import type { DutyPeople } from './duty-people';
import { requireDutyStaff } from './duty-staff';
import type { DutyRosters } from './duty-rosters';
import type { DutyStore } from './duty-store';

export interface ShiftCommandDeps {
  store: DutyStore;
  rosters: DutyRosters;
  people: DutyPeople;
  notices: StepNotices;
}

type ShiftCommands = Pick<CommandHandlers, 'duty.saveLogEntry' | 'duty.createHandover' | 'duty.confirmHandover' | 'duty.submitDailyReport'>;

/** The 值班日志, 交接班 and 日报告: what happens during a shift. */
export function shiftCommands(deps: ShiftCommandDeps): ShiftCommands {
  const { store, rosters, people, notices } = deps;

  const requireDutyPerson = (personId: string, unitId: string, what: string) => requireDutyStaff(people, rosters, personId, unitId, what);

  return {
    'duty.saveLogEntry': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const me = actor.person.id;
        requireDutyPerson(me, input.unitId, '填写值班日志');
        refuseClassified(input.content, input.leaderInstruction, input.handling);
        const existing = store.get('dutyLogEntry', input.id);
        if (existing && existing.unitId !== input.unitId) throw new AppError('bad_request', '不能改变值班日志所属单位');
        const closing = existing?.open === true && !input.open;
        const entry: DutyLogEntry = {
          ...input,
          recorderId: existing?.recorderId ?? me,
          closedAt: closing ? now : input.open ? null : (existing?.closedAt ?? null),
          closedBy: closing ? me : input.open ? null : (existing?.closedBy ?? null),
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        };
        return store.save(scope, 'dutyLogEntry', entry);
      },
    }),

    'duty.createHandover': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const me = actor.person.id;
        const existing = store.get('dutyHandover', input.id);
        if (existing) {
          if (existing.createdBy !== me) throw new AppError('conflict', '交接班编号已被使用');
          return existing;
        }
        const setup = rosters.requireSetup(input.unitId);
        const outgoingIds = [...new Set(rosters.slotsOf(input.unitId, input).map((slot) => slot.personId!))];
        if (!outgoingIds.includes(me) && !people.isManager(me, input.unitId, setup)) throw new AppError('forbidden', '只有本班值班人员或值班管理员可以交班');
        const next = nextShift(setup.shifts, input);
        const incomingIds = input.incomingIds.length > 0 ? input.incomingIds : [...new Set(rosters.slotsOf(input.unitId, next).map((slot) => slot.personId!))];
        if (incomingIds.length === 0) throw new AppError('bad_request', '下一班次没有排班人员，请指定接班人');
        for (const personId of incomingIds) {
          if (!people.isMember(personId, input.unitId)) throw new AppError('bad_request', `接班人${people.personName(personId)}不是本单位在职人员`);
        }
        for (const entryId of input.openEntryIds) {
          if (store.get('dutyLogEntry', entryId)?.unitId !== input.unitId) throw new AppError('bad_request', '交接的值班日志不存在');
        }
        refuseClassified(input.notes);
        const handover: DutyHandover = {
          ...input,
          outgoingIds: outgoingIds.length > 0 ? outgoingIds : [me],
          incomingIds,
          createdBy: me,
          createdAt: now,
          status: 'pending',
          confirmedBy: null,
          confirmedAt: null,
        };
        const saved = store.save(scope, 'dutyHandover', handover);
        const text = `${people.personName(me)}交班（${formatChineseDate(input.date)}${shiftLabels[input.shift]}），请查看交接事项并确认接班。`;
        scope.afterCommit(() => notices.send(`duty:${saved.id}:create`, incomingIds, '交接班待确认', text));
        return saved;
      },
    }),

    'duty.confirmHandover': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const me = actor.person.id;
        const handover = store.require('dutyHandover', input.handoverId, '交接班记录');
        if (!handover.incomingIds.includes(me)) throw new AppError('forbidden', '只有接班人可以确认接班');
        if (handover.status === 'confirmed') return handover;
        const saved = store.save(scope, 'dutyHandover', { ...handover, status: 'confirmed', confirmedBy: me, confirmedAt: now });
        scope.afterCommit(() => notices.send(`duty:${saved.id}:confirm`, handover.outgoingIds, '接班已确认', `${people.personName(me)}已确认接班。`));
        return saved;
      },
    }),

    'duty.submitDailyReport': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const me = actor.person.id;
        requireDutyPerson(me, input.unitId, '报送日报告');
        refuseClassified(input.text);
        const call = input.callId ? store.require('rosterCall', input.callId, '报送通知') : null;
        if (call && !call.unitIds.includes(input.unitId)) throw new AppError('bad_request', '该报送通知未要求本单位报送');
        const sameDay = store.ofUnit('dailyReport', input.unitId).find((report) => report.date === input.date && report.id !== input.id);
        if (sameDay) throw new AppError('conflict', `今日已报送（${formatChineseDate(input.date)}）`);
        const report: DailyReport = { ...input, toUnitId: call?.ownerUnitId ?? people.officeAbove(input.unitId), submittedBy: me, submittedAt: now };
        return store.save(scope, 'dailyReport', report);
      },
    }),
  };
}
