import { z } from 'zod';
import { Id } from '../ids';

/**
 * 发文 workflow: 拟稿 → 核稿 → 会签 (parallel, optional) → 签发 → 复核 → 编号 → 用印 → 分发 → 归档.
 * The state machine is pure: the server feeds it the current state, the action and who may do the
 * role-bound steps, and stores what comes back. Clients use the same function to show which
 * buttons apply, so both agree by construction.
 */
export const outgoingSteps = ['draft', 'review', 'countersign', 'sign', 'recheck', 'number', 'seal', 'distribute', 'archive', 'archived'] as const;
export const OutgoingStep = z.enum(outgoingSteps);
export type OutgoingStep = z.infer<typeof OutgoingStep>;

export const outgoingStepLabels: Record<OutgoingStep, string> = {
  draft: '拟稿',
  review: '核稿',
  countersign: '会签',
  sign: '签发',
  recheck: '复核',
  number: '编号',
  seal: '用印',
  distribute: '分发',
  archive: '归档',
  archived: '已归档',
};

const Opinion = z.string().trim().max(500, '意见不能超过 500 字');
const RequiredOpinion = Opinion.min(1, '退回时必须填写意见');

export const OutgoingAction = z.discriminatedUnion('kind', [
  /** 拟稿人送核稿. */
  z.strictObject({ kind: z.literal('submit'), reviewerId: Id, opinion: Opinion.default('') }),
  /** 核稿通过: on to 会签 when countersigners are named, else straight to 签发. */
  z.strictObject({
    kind: z.literal('approve'),
    opinion: Opinion.default(''),
    signerId: Id,
    countersignerIds: z.array(Id).max(30).default([]),
  }),
  z.strictObject({ kind: z.literal('countersign'), agree: z.boolean(), opinion: Opinion.default('') }),
  z.strictObject({ kind: z.literal('sign'), opinion: Opinion.default('') }),
  /** 复核 finds a substantive problem: back to the signer, or to the drafter. */
  z.strictObject({ kind: z.literal('return'), opinion: RequiredOpinion, to: z.enum(['draft', 'sign']).default('draft') }),
  z.strictObject({ kind: z.literal('recheck'), opinion: Opinion.default('') }),
  z.strictObject({ kind: z.literal('assignNumber') }),
  /** A number taken by mistake is voided in the register (never reused) and 编号 starts again. */
  z.strictObject({ kind: z.literal('voidNumber'), opinion: RequiredOpinion }),
  z.strictObject({ kind: z.literal('seal'), sealId: Id }),
  z.strictObject({ kind: z.literal('distribute'), recipientUnitIds: z.array(Id).min(1, '请选择分发单位').max(500) }),
  z.strictObject({ kind: z.literal('archive'), opinion: Opinion.default('') }),
]);
export type OutgoingAction = z.infer<typeof OutgoingAction>;
export type OutgoingActionKind = OutgoingAction['kind'];

export const outgoingActionLabels: Record<OutgoingActionKind, string> = {
  submit: '送核稿',
  approve: '核稿通过',
  countersign: '会签',
  sign: '签发',
  return: '退回',
  recheck: '复核通过',
  assignNumber: '编号',
  voidNumber: '作废字号',
  seal: '用印',
  distribute: '分发',
  archive: '归档',
};

export const Countersign = z.object({
  personId: Id,
  /** null until this person has given an opinion in the current round. */
  agreed: z.boolean().nullable(),
});
export type Countersign = z.infer<typeof Countersign>;

export const OutgoingState = z.object({
  step: OutgoingStep,
  drafterId: Id,
  /** Whose turn it is. For steps done by a role (复核, 编号, 分发, 归档, 用印) every holder may act. */
  assignees: z.array(Id),
  countersigns: z.array(Countersign),
  signerId: Id.nullable(),
  /** Set by 编号; cleared when the number is voided. */
  hasNumber: z.boolean(),
});
export type OutgoingState = z.infer<typeof OutgoingState>;

/** Who holds the role-bound steps for the document's unit, looked up by the server. */
export interface OutgoingRoles {
  /** 文书: 复核, 编号, 分发, 归档. */
  clerks: readonly string[];
  /** People authorised for 用印 on the unit's seal. */
  sealHolders: readonly string[];
}

export type Transition =
  | { ok: true; state: OutgoingState; step: OutgoingStep; summary: string }
  | { ok: false; reason: string };

export function initialOutgoingState(drafterId: string): OutgoingState {
  return { step: 'draft', drafterId, assignees: [drafterId], countersigns: [], signerId: null, hasNumber: false };
}

const refuse = (reason: string): Transition => ({ ok: false, reason });
const pendingAgain = (countersigns: readonly Countersign[]): Countersign[] => countersigns.map((c) => ({ ...c, agreed: null }));

/** The actions that make sense from a step, before asking whether this actor may take them. */
export const actionsByStep: Record<OutgoingStep, readonly OutgoingActionKind[]> = {
  draft: ['submit'],
  review: ['approve', 'return'],
  countersign: ['countersign', 'return'],
  sign: ['sign', 'return'],
  recheck: ['recheck', 'return'],
  number: ['assignNumber'],
  seal: ['seal', 'voidNumber'],
  distribute: ['distribute'],
  archive: ['archive'],
  archived: [],
};

/** The actions this actor may take now; what the client shows as buttons. */
export function availableOutgoingActions(state: OutgoingState, actorId: string, roles: OutgoingRoles): OutgoingActionKind[] {
  return actionsByStep[state.step].filter((kind) => mayTake(state, kind, actorId, roles));
}

/** 作废字号 is the 文书's correction, so it is open to clerks while 用印 waits on the seal holders. */
function mayTake(state: OutgoingState, kind: OutgoingActionKind, actorId: string, roles: OutgoingRoles): boolean {
  if (kind === 'voidNumber') return roles.clerks.includes(actorId);
  if (!state.assignees.includes(actorId)) return false;
  if (kind === 'countersign') return state.countersigns.some((c) => c.personId === actorId && c.agreed === null);
  return true;
}

export function advanceOutgoing(state: OutgoingState, action: OutgoingAction, actorId: string, roles: OutgoingRoles): Transition {
  if (!actionsByStep[state.step].includes(action.kind)) {
    return refuse(`公文当前处于"${outgoingStepLabels[state.step]}"环节，不能${outgoingActionLabels[action.kind]}`);
  }
  if (!mayTake(state, action.kind, actorId, roles)) {
    if (action.kind === 'countersign' && state.countersigns.some((c) => c.personId === actorId && c.agreed !== null)) {
      return refuse('您已会签，不能重复会签');
    }
    return refuse(`当前"${outgoingStepLabels[state.step]}"环节不由您办理`);
  }
  const to = (step: OutgoingStep, assignees: readonly string[], extra: Partial<OutgoingState> = {}): Transition => {
    if (assignees.length === 0) return refuse(`没有可办理"${outgoingStepLabels[step]}"的人员，请管理员先配置`);
    return { ok: true, step: state.step, summary: outgoingActionLabels[action.kind], state: { ...state, ...extra, step, assignees: [...assignees] } };
  };
  switch (action.kind) {
    case 'submit':
      if (action.reviewerId === actorId) return refuse('核稿人不能是拟稿人本人');
      return to('review', [action.reviewerId]);
    case 'approve': {
      const countersigners = [...new Set(action.countersignerIds)];
      if (countersigners.length === 0) return to('sign', [action.signerId], { signerId: action.signerId, countersigns: [] });
      return to('countersign', countersigners, {
        signerId: action.signerId,
        countersigns: countersigners.map((personId) => ({ personId, agreed: null })),
      });
    }
    case 'countersign': {
      // A disagreement is a return: the opinion goes into the 处理单 and the next round starts afresh.
      if (!action.agree) return to('draft', [state.drafterId], { countersigns: pendingAgain(state.countersigns) });
      const countersigns = state.countersigns.map((c) => (c.personId === actorId ? { ...c, agreed: true } : c));
      const waiting = countersigns.filter((c) => c.agreed === null).map((c) => c.personId);
      if (waiting.length > 0) return to('countersign', waiting, { countersigns });
      return to('sign', [state.signerId!], { countersigns });
    }
    case 'return':
      if (action.to === 'sign') {
        if (state.step !== 'recheck') return refuse('只有复核环节可以退回签发人');
        return to('sign', [state.signerId!]);
      }
      return to('draft', [state.drafterId], { countersigns: pendingAgain(state.countersigns) });
    case 'sign':
      return to('recheck', roles.clerks);
    case 'recheck':
      return to('number', roles.clerks);
    case 'assignNumber':
      return to('seal', roles.sealHolders, { hasNumber: true });
    case 'voidNumber':
      return to('number', roles.clerks, { hasNumber: false });
    case 'seal':
      return to('distribute', roles.clerks);
    case 'distribute':
      return to('archive', roles.clerks);
    case 'archive':
      return { ok: true, step: state.step, summary: outgoingActionLabels.archive, state: { ...state, step: 'archived', assignees: [] } };
  }
}

/** Once signed, the body and fields are frozen: what the leader signed is what goes out. */
export function isFrozen(step: OutgoingStep): boolean {
  return outgoingSteps.indexOf(step) >= outgoingSteps.indexOf('recheck');
}

/** Steps at which the body may still be edited, and by whom (the current assignees). */
export function bodyEditable(step: OutgoingStep): boolean {
  return step === 'draft' || step === 'review' || step === 'sign';
}
