import type { SwapDecision } from '../../shared/duty/actions';
import type { DutyRoster, DutySetup, DutySwap, SlotRef, SwapStatus } from '../../shared/duty/records';
import { problemKey } from '../../shared/duty/roster-problems';
import type { RosterSlot } from '../../shared/duty/roster-schemas';
import { AppError } from '../../shared/errors';
import type { StepNotices } from '../notices/step-notices';
import { commandHandler, type CommandHandlers, type ValidCommandInput } from '../sync/command-service';
import type { WriteScope } from '../sync/writer';
import type { DutyPeople } from './duty-people';
import type { DutyRosters } from './duty-rosters';
import type { DutyStore } from './duty-store';
import { changedRoster } from './roster-commands';
import { slotText } from './wording';

export interface SwapCommandDeps {
  store: DutyStore;
  rosters: DutyRosters;
  people: DutyPeople;
  notices: StepNotices;
}

type SwapCommands = Pick<CommandHandlers, 'duty.requestSwap' | 'duty.decideSwap'>;

export const swapStatusLabels: Record<SwapStatus, string> = {
  requested: '待对方同意',
  accepted: '待审批',
  approved: '已批准',
  declined: '对方已拒绝',
  refused: '未批准',
  cancelled: '已撤回',
};

const decisionLabels: Record<SwapDecision, string> = { accept: '同意', decline: '拒绝', approve: '批准', refuse: '不批准', cancel: '撤回' };

/** Which status each decision needs and leads to. */
const transitions: Record<SwapDecision, { from: SwapStatus[]; to: SwapStatus }> = {
  accept: { from: ['requested'], to: 'accepted' },
  decline: { from: ['requested'], to: 'declined' },
  approve: { from: ['accepted'], to: 'approved' },
  refuse: { from: ['accepted'], to: 'refused' },
  cancel: { from: ['requested', 'accepted'], to: 'cancelled' },
};

const atSlot = (slot: RosterSlot, ref: SlotRef): boolean => slot.date === ref.date && slot.shift === ref.shift && slot.postId === ref.postId;
const holds = (roster: DutyRoster, ref: SlotRef, personId: string): boolean => roster.slots.some((slot) => atSlot(slot, ref) && slot.personId === personId);

/** Moves one person out of a place and another into it. */
function replaceIn(slots: RosterSlot[], ref: SlotRef, from: string, to: string): RosterSlot[] {
  const index = slots.findIndex((slot) => atSlot(slot, ref) && slot.personId === from);
  return slots.map((slot, i) => (i === index ? { ...slot, personId: to } : slot));
}

export function swapCommands(deps: SwapCommandDeps): SwapCommands {
  const { store, rosters, people, notices } = deps;
  const name = (personId: string) => people.personName(personId);

  /** The 带班领导 of the requester's shift, and the unit's duty managers. */
  const approvers = (swap: DutySwap, setup: DutySetup): string[] => [...new Set([...rosters.leadersOfShift(setup, swap.slot), ...people.managers(swap.unitId, setup)])];

  const describe = (swap: DutySwap, setup: DutySetup): string =>
    swap.kind === 'swap'
      ? `${name(swap.requesterId)}（${slotText(setup, swap.slot)}）与${name(swap.counterpartId)}（${slotText(setup, swap.counterpartSlot!)}）换班`
      : `${name(swap.counterpartId)}替${name(swap.requesterId)}值${slotText(setup, swap.slot)}`;

  const notify = (scope: WriteScope, swap: DutySwap, setup: DutySetup, actorId: string, title: string): void => {
    const to = [swap.requesterId, swap.counterpartId, ...(swap.status === 'requested' ? [] : approvers(swap, setup))].filter((id) => id !== actorId);
    const key = `duty:${swap.id}:${swap.history.length}`;
    const text = `${describe(swap, setup)}：${swapStatusLabels[swap.status]}。`;
    scope.afterCommit(() => notices.send(key, [...new Set(to)], title, text));
  };

  /** The roster with the exchange made, refused when the places changed or a rule would break for either person. */
  const exchanged = (roster: DutyRoster, setup: DutySetup, swap: DutySwap): RosterSlot[] => {
    const { requesterId, counterpartId } = swap;
    if (!holds(roster, swap.slot, requesterId) || (swap.counterpartSlot && !holds(roster, swap.counterpartSlot, counterpartId))) {
      throw new AppError('conflict', '值班表已调整，申请中的班次已不是原来的人员，不能批准');
    }
    let slots = replaceIn(roster.slots, swap.slot, requesterId, counterpartId);
    if (swap.counterpartSlot) slots = replaceIn(slots, swap.counterpartSlot, counterpartId, requesterId);
    const involved = new Set([requesterId, counterpartId]);
    const before = new Set(rosters.problems(setup, roster).map(problemKey));
    const broken = rosters.problems(setup, { ...roster, slots }).filter((problem) => problem.personId && involved.has(problem.personId) && !before.has(problemKey(problem)));
    if (broken.length > 0) throw new AppError('conflict', `换班后${name(broken[0]!.personId!)}：${broken[0]!.message}，不能批准`);
    return slots;
  };

  const request = (actorId: string, now: number, input: ValidCommandInput<'duty.requestSwap'>): { swap: DutySwap; setup: DutySetup } => {
    const roster = store.require('dutyRoster', input.rosterId, '值班表');
    if (roster.status !== 'published') throw new AppError('bad_request', '只能对已发布的值班表申请换班');
    const setup = rosters.requireSetup(roster.unitId);
    if (!holds(roster, input.slot, actorId)) throw new AppError('forbidden', `您不在${slotText(setup, input.slot)}值班，不能申请换班`);
    if (input.counterpartId === actorId) throw new AppError('bad_request', '不能与自己换班');
    const counterpart = people.roles.activePerson(input.counterpartId, '换班对象');
    if (!people.isMember(counterpart.id, roster.unitId)) throw new AppError('bad_request', `${counterpart.name}不是本单位在职人员`);
    const pool = setup.pools.find((p) => p.postId === input.slot.postId)?.personIds ?? [];
    if (!pool.includes(counterpart.id)) throw new AppError('bad_request', `${counterpart.name}不在该岗位的值班人员名单中`);
    if (input.counterpartSlot && !holds(roster, input.counterpartSlot, counterpart.id)) {
      throw new AppError('bad_request', `${counterpart.name}不在${slotText(setup, input.counterpartSlot)}值班`);
    }
    const swap: DutySwap = {
      ...input,
      unitId: roster.unitId,
      requesterId: actorId,
      status: 'requested',
      decidedBy: null,
      history: [{ at: now, actorId, action: 'request', text: `申请${input.kind === 'swap' ? '换班' : '替班'}：${input.reason}` }],
      createdAt: now,
      updatedAt: now,
    };
    return { swap, setup };
  };

  return {
    'duty.requestSwap': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const existing = store.get('dutySwap', input.id);
        if (existing) {
          if (existing.requesterId !== actor.person.id) throw new AppError('conflict', '换班申请编号已被使用');
          return existing;
        }
        const { swap, setup } = request(actor.person.id, now, input);
        const saved = store.save(scope, 'dutySwap', swap);
        notify(scope, saved, setup, actor.person.id, '换班申请');
        return saved;
      },
    }),

    'duty.decideSwap': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const me = actor.person.id;
        const swap = store.require('dutySwap', input.swapId, '换班申请');
        const setup = rosters.requireSetup(swap.unitId);
        const { decision } = input;
        const mayDecide =
          decision === 'accept' || decision === 'decline' ? me === swap.counterpartId : decision === 'cancel' ? me === swap.requesterId : approvers(swap, setup).includes(me);
        if (!mayDecide) {
          const who = { accept: '换班对象', decline: '换班对象', cancel: '申请人', approve: '带班领导或值班管理员', refuse: '带班领导或值班管理员' }[decision];
          throw new AppError('forbidden', `只有${who}可以${decisionLabels[decision]}换班申请`);
        }
        if (swap.status !== input.expectedStatus) {
          throw new AppError('conflict', `换班申请已是"${swapStatusLabels[swap.status]}"（您办理时为"${swapStatusLabels[input.expectedStatus]}"），"${decisionLabels[decision]}"未执行`);
        }
        const transition = transitions[decision];
        if (!transition.from.includes(swap.status)) throw new AppError('conflict', `换班申请${swapStatusLabels[swap.status]}，不能${decisionLabels[decision]}`);
        const text = `${decisionLabels[decision]}${input.opinion ? `：${input.opinion}` : ''}`;
        const decided: DutySwap = {
          ...swap,
          status: transition.to,
          decidedBy: decision === 'approve' || decision === 'refuse' ? me : swap.decidedBy,
          updatedAt: now,
          history: [...swap.history, { at: now, actorId: me, action: decision, text }],
        };
        if (decision === 'approve') {
          const roster = store.require('dutyRoster', swap.rosterId, '值班表');
          const slots = exchanged(roster, setup, swap);
          const line = `换班：${describe(swap, setup)}（${name(me)}批准）`;
          store.save(scope, 'dutyRoster', changedRoster(roster, { slots }, { at: now, actorId: me, action: 'swap', text: line }));
        }
        const saved = store.save(scope, 'dutySwap', decided);
        notify(scope, saved, setup, me, `换班申请${swapStatusLabels[saved.status]}`);
        return saved;
      },
    }),
  };
}
