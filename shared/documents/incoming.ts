import { z } from 'zod';
import { Id } from '../ids';

/**
 * 收文 workflow in a recipient unit: 签收 → 登记 → 拟办 → 批办 → 承办 → 办结 → 归档, with 传阅 alongside
 * once 批办 is done (circulation does not hold up handling). Pure, like the 发文 machine.
 */
export const incomingSteps = ['receive', 'register', 'propose', 'instruct', 'handle', 'archive', 'archived', 'returned'] as const;
export const IncomingStep = z.enum(incomingSteps);
export type IncomingStep = z.infer<typeof IncomingStep>;

export const incomingStepLabels: Record<IncomingStep, string> = {
  receive: '待签收',
  register: '待登记',
  propose: '待拟办',
  instruct: '待批办',
  handle: '承办中',
  archive: '待归档',
  archived: '已归档',
  returned: '已退回',
};

const Opinion = z.string().trim().max(500, '意见不能超过 500 字');

export const IncomingAction = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('receive') }),
  /** 签收 refused: wrong recipient or non-conforming (初审); goes back to the sender with the reason. */
  z.strictObject({ kind: z.literal('reject'), opinion: Opinion.min(1, '退回时必须填写理由') }),
  z.strictObject({ kind: z.literal('register') }),
  z.strictObject({ kind: z.literal('propose'), opinion: Opinion.min(1, '请填写拟办意见'), leaderId: Id }),
  z.strictObject({
    kind: z.literal('instruct'),
    opinion: Opinion.min(1, '请填写批办意见'),
    handlerIds: z.array(Id).min(1, '请指定承办人').max(20),
  }),
  z.strictObject({ kind: z.literal('complete'), opinion: Opinion.min(1, '请填写办理结果') }),
  z.strictObject({ kind: z.literal('archive') }),
  z.strictObject({ kind: z.literal('circulate'), readerIds: z.array(Id).min(1, '请选择传阅人').max(200) }),
  z.strictObject({ kind: z.literal('markRead') }),
]);
export type IncomingAction = z.infer<typeof IncomingAction>;
export type IncomingActionKind = IncomingAction['kind'];

export const incomingActionLabels: Record<IncomingActionKind, string> = {
  receive: '签收',
  reject: '退回',
  register: '登记',
  propose: '拟办',
  instruct: '批办',
  complete: '办结',
  archive: '归档',
  circulate: '传阅',
  markRead: '已阅',
};

export const CirculationEntry = z.object({ personId: Id, readAt: z.number().int().nullable() });
export type CirculationEntry = z.infer<typeof CirculationEntry>;

export const IncomingState = z.object({
  step: IncomingStep,
  assignees: z.array(Id),
  leaderId: Id.nullable(),
  handlerIds: z.array(Id),
  circulation: z.array(CirculationEntry),
});
export type IncomingState = z.infer<typeof IncomingState>;

export interface IncomingRoles {
  /** The recipient unit's 文书: 签收, 登记, 拟办, 归档. */
  clerks: readonly string[];
}

export type IncomingTransition = { ok: true; state: IncomingState } | { ok: false; reason: string };

export function initialIncomingState(clerks: readonly string[]): IncomingState {
  return { step: 'receive', assignees: [...clerks], leaderId: null, handlerIds: [], circulation: [] };
}

const stepOf: Partial<Record<IncomingActionKind, IncomingStep>> = {
  receive: 'receive',
  reject: 'receive',
  register: 'register',
  propose: 'propose',
  instruct: 'instruct',
  complete: 'handle',
  archive: 'archive',
};

const circulationOpenFrom = incomingSteps.indexOf('handle');

function mayTake(state: IncomingState, kind: IncomingActionKind, actorId: string, roles: IncomingRoles): boolean {
  const index = incomingSteps.indexOf(state.step);
  if (kind === 'circulate') {
    return index >= circulationOpenFrom && state.step !== 'returned' && (roles.clerks.includes(actorId) || state.leaderId === actorId);
  }
  if (kind === 'markRead') return state.circulation.some((c) => c.personId === actorId && c.readAt === null);
  return stepOf[kind] === state.step && state.assignees.includes(actorId);
}

function refusalReason(state: IncomingState, kind: IncomingActionKind, actorId: string): string {
  const expected = stepOf[kind];
  const circulationClosed = kind === 'circulate' && (incomingSteps.indexOf(state.step) < circulationOpenFrom || state.step === 'returned');
  if ((expected && expected !== state.step) || circulationClosed) {
    return `收文当前"${incomingStepLabels[state.step]}"，不能${incomingActionLabels[kind]}`;
  }
  if (kind === 'markRead' && state.circulation.some((c) => c.personId === actorId)) return '您已阅过此收文';
  return `您不能对此收文执行"${incomingActionLabels[kind]}"`;
}

export function availableIncomingActions(state: IncomingState, actorId: string, roles: IncomingRoles): IncomingActionKind[] {
  return IncomingAction.options.map((o) => o.shape.kind.value).filter((kind) => mayTake(state, kind, actorId, roles));
}

export function advanceIncoming(state: IncomingState, action: IncomingAction, actorId: string, roles: IncomingRoles, now: number): IncomingTransition {
  if (!mayTake(state, action.kind, actorId, roles)) return { ok: false, reason: refusalReason(state, action.kind, actorId) };
  const to = (step: IncomingStep, assignees: readonly string[], extra: Partial<IncomingState> = {}): IncomingTransition =>
    assignees.length === 0 && step !== 'archived' && step !== 'returned'
      ? { ok: false, reason: `没有可办理"${incomingStepLabels[step]}"的人员` }
      : { ok: true, state: { ...state, ...extra, step, assignees: [...assignees] } };
  switch (action.kind) {
    case 'receive':
      return to('register', roles.clerks);
    case 'reject':
      return to('returned', []);
    case 'register':
      return to('propose', roles.clerks);
    case 'propose':
      return to('instruct', [action.leaderId], { leaderId: action.leaderId });
    case 'instruct': {
      const handlerIds = [...new Set(action.handlerIds)];
      return to('handle', handlerIds, { handlerIds });
    }
    case 'complete':
      return to('archive', roles.clerks);
    case 'archive':
      return to('archived', []);
    case 'circulate': {
      const known = new Set(state.circulation.map((c) => c.personId));
      const added = [...new Set(action.readerIds)].filter((id) => !known.has(id)).map((personId) => ({ personId, readAt: null }));
      if (added.length === 0) return { ok: false, reason: '所选人员都已在传阅名单中' };
      return { ok: true, state: { ...state, circulation: [...state.circulation, ...added] } };
    }
    case 'markRead':
      return {
        ok: true,
        state: { ...state, circulation: state.circulation.map((c) => (c.personId === actorId ? { ...c, readAt: now } : c)) },
      };
  }
}
