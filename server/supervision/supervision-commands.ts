import { isoDateInChina, formatChineseDate } from '../../shared/documents/dates';
import { AppError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { SupervisionAction } from '../../shared/supervision/actions';
import { supervisionActionLabels } from '../../shared/supervision/actions';
import { supervisionStatusLabels, unitRoleLabels } from '../../shared/supervision/kinds';
import { applySupervisionAction, newSupervisionItem, type SupervisionNotice } from '../../shared/supervision/lifecycle';
import type { SupervisionItem } from '../../shared/supervision/records';
import type { Actor } from '../auth/actor';
import type { UnitRoles } from '../directory/unit-roles';
import { refuseClassified } from '../messages/content-rules';
import type { StepNotices } from '../notices/step-notices';
import { commandHandler, type CommandHandlers, type ValidCommandInput } from '../sync/command-service';
import type { SupervisionNumbers } from './supervision-numbers';
import type { SupervisionPeople } from './supervision-people';
import type { SupervisionStore } from './supervision-store';

export interface SupervisionCommandDeps {
  store: SupervisionStore;
  numbers: SupervisionNumbers;
  people: SupervisionPeople;
  roles: UnitRoles;
  notices: StepNotices;
  returnWindowWorkingDays: number;
}

type SupervisionCommands = Pick<CommandHandlers, 'supervision.create' | 'supervision.act'>;

/** The free texts an action carries (reasons, reports, opinions): none may carry a 密级 mark. */
const textsOf = (action: SupervisionAction): string[] => Object.values(action).filter((value): value is string => typeof value === 'string');

export function supervisionCommands(deps: SupervisionCommandDeps): SupervisionCommands {
  const { store, numbers, people, roles, notices, returnWindowWorkingDays } = deps;

  const requireUnits = (unitIds: readonly string[]): void => {
    for (const unitId of unitIds) roles.requireUnit(unitId);
    if (new Set(unitIds).size !== unitIds.length) throw new AppError('bad_request', '承办单位不能重复');
  };

  /** Checks what an action names (people, units) before the lifecycle sees it. */
  const checkAction = (action: SupervisionAction): void => {
    refuseClassified(...textsOf(action));
    if (action.kind === 'accept') {
      const owner = roles.activePerson(action.ownerId, '责任人');
      if (!roles.unitsOf(owner).includes(action.unitId)) throw new AppError('bad_request', '责任人须为该单位人员');
    }
    if (action.kind === 'reassign') requireUnits(action.units.map((u) => u.unitId));
  };

  /** Units with nobody named yet hear through the people who sign for them. */
  const recipients = (notice: SupervisionNotice): string[] => [...new Set([...notice.userIds, ...notice.unitIds.flatMap((unitId) => people.signersOf(unitId))])];

  /** Unique per notice: the item's log grows by one entry with every step. */
  const noticeKey = (item: SupervisionItem, index: number): string => `sup:${item.id}:${item.log.length}:${index}`;

  /** 交办: each unit's signers learn that an item waits for their 签收. */
  const assignmentNotices = (item: SupervisionItem): { key: string; userIds: string[]; text: string }[] =>
    item.units.map((unit, index) => ({
      key: noticeKey(item, index),
      userIds: people.signersOf(unit.unitId),
      text: `${item.number}「${item.title}」已交办你单位（${unitRoleLabels[unit.role]}），办理期限${formatChineseDate(item.deadline)}，请及时签收并明确责任人。`,
    }));

  const create = (actor: Actor, input: ValidCommandInput<'supervision.create'>, now: number): SupervisionItem => {
    if (!actor.person.roles.includes('supervisor')) throw new AppError('forbidden', '只有督查员可以立项');
    roles.requireUnit(input.ownerUnitId);
    if (!roles.unitsOf(actor.person).includes(input.ownerUnitId)) throw new AppError('forbidden', '只能以本人所在单位的名义立项');
    requireUnits(input.units.map((u) => u.unitId));
    if (input.instructingLeaderId && !roles.activePerson(input.instructingLeaderId, '批示领导').roles.includes('leader')) {
      throw new AppError('bad_request', '批示领导须为领导');
    }
    const today = isoDateInChina(now);
    if (input.deadline < today) throw new AppError('bad_request', '办理期限不能早于今天');
    if (input.milestones.some((m) => m.due > input.deadline)) throw new AppError('bad_request', '节点期限不能晚于办理期限');
    refuseClassified(input.title, input.originalText, input.requirements, ...input.milestones.map((m) => m.title));
    const year = Number(today.slice(0, 4));
    return newSupervisionItem(input, { year, serial: numbers.next(year, input.id) }, actor.person.id, now);
  };

  return {
    'supervision.create': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const existing = store.item(input.id);
        if (existing) {
          if (existing.createdBy !== actor.person.id) throw new AppError('conflict', '督办事项编号已被使用');
          return existing;
        }
        const saved = store.save(scope, create(actor, input, now));
        const toSend = assignmentNotices(saved);
        scope.afterCommit(() => {
          for (const notice of toSend) notices.send(notice.key, notice.userIds, '督办事项待签收', notice.text);
        });
        return saved;
      },
    }),

    'supervision.act': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const item = store.visibleItem(input.itemId, actor.person.id);
        const { action } = input;
        if (item.status !== input.expectedStatus) {
          throw new AppError(
            'conflict',
            `督办事项已是"${supervisionStatusLabels[item.status]}"状态（您办理时为"${supervisionStatusLabels[input.expectedStatus]}"），"${supervisionActionLabels[action.kind]}"未执行`,
          );
        }
        checkAction(action);
        const transition = applySupervisionAction(item, action, people.actorFor(actor.person, item), {
          now,
          todayIso: isoDateInChina(now),
          returnWindowWorkingDays,
          newId,
          unitName: (unitId) => roles.unitName(unitId),
        });
        if (!transition.ok) throw new AppError('forbidden', transition.reason);
        const saved = store.save(scope, transition.item);
        const toSend = transition.notify.map((notice, index) => ({ key: noticeKey(saved, index), userIds: recipients(notice), notice }));
        scope.afterCommit(() => {
          for (const { key, userIds, notice } of toSend) notices.send(key, userIds, notice.title, notice.text);
        });
        return saved;
      },
    }),
  };
}
