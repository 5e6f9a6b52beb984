import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advanceOutgoing,
  availableOutgoingActions,
  bodyEditable,
  initialOutgoingState,
  isFrozen,
  OutgoingAction,
  outgoingSteps,
  type OutgoingActionKind,
  type OutgoingRoles,
  type OutgoingState,
  type OutgoingStep,
} from './workflow';
import { deepFreeze, personId } from './test-support';

const people = {
  drafter: personId(1),
  reviewer: personId(2),
  agreedCountersigner: personId(3),
  pendingCountersigner: personId(4),
  signer: personId(5),
  clerk: personId(6),
  sealHolder: personId(7),
  outsider: personId(8),
  /** A leader with no part in this document. */
  otherLeader: personId(9),
  /** Became a 文书 after the current step was handed out, so holds the role but not the step. */
  newClerk: personId(10),
};
type Role = keyof typeof people;
const roleNames = Object.keys(people) as Role[];
const sealId = personId(100);
const unitId = personId(101);

/** Every action a person can ask for, with the two directions of 退回 told apart. */
const actions = {
  submit: OutgoingAction.parse({ kind: 'submit', reviewerId: people.reviewer }),
  approve: OutgoingAction.parse({
    kind: 'approve',
    signerId: people.signer,
    countersignerIds: [people.agreedCountersigner, people.pendingCountersigner],
  }),
  agree: OutgoingAction.parse({ kind: 'countersign', agree: true }),
  disagree: OutgoingAction.parse({ kind: 'countersign', agree: false, opinion: '不同意第三条' }),
  sign: OutgoingAction.parse({ kind: 'sign', opinion: '同意' }),
  returnToDrafter: OutgoingAction.parse({ kind: 'return', opinion: '请修改', to: 'draft' }),
  returnToSigner: OutgoingAction.parse({ kind: 'return', opinion: '第二段有实质改动', to: 'sign' }),
  recheck: OutgoingAction.parse({ kind: 'recheck' }),
  assignNumber: OutgoingAction.parse({ kind: 'assignNumber' }),
  voidNumber: OutgoingAction.parse({ kind: 'voidNumber', opinion: '取错了号' }),
  seal: OutgoingAction.parse({ kind: 'seal', sealId }),
  distribute: OutgoingAction.parse({ kind: 'distribute', recipientUnitIds: [unitId] }),
  archive: OutgoingAction.parse({ kind: 'archive' }),
};
type ActionName = keyof typeof actions;
const actionNames = Object.keys(actions) as ActionName[];

/** The roles when each step was handed out; 文书 has one more member by the time the table is checked. */
const rolesThen: OutgoingRoles = { clerks: [people.clerk], sealHolders: [people.sealHolder] };
const rolesNow: OutgoingRoles = { clerks: [people.clerk, people.newClerk], sealHolders: [people.sealHolder] };

function mustAdvance(state: OutgoingState, name: ActionName, actor: Role): OutgoingState {
  const result = advanceOutgoing(state, actions[name], people[actor], rolesThen);
  if (!result.ok) throw new Error(`setup step ${name} by ${actor} refused: ${result.reason}`);
  return result.state;
}

/** One document walked along the main path; at 会签 one of the two countersigners has agreed. */
function statesAlongThePath(): Record<OutgoingStep, OutgoingState> {
  const draft = initialOutgoingState(people.drafter);
  const review = mustAdvance(draft, 'submit', 'drafter');
  const countersign = mustAdvance(mustAdvance(review, 'approve', 'reviewer'), 'agree', 'agreedCountersigner');
  const sign = mustAdvance(countersign, 'agree', 'pendingCountersigner');
  const recheck = mustAdvance(sign, 'sign', 'signer');
  const number = mustAdvance(recheck, 'recheck', 'clerk');
  const seal = mustAdvance(number, 'assignNumber', 'clerk');
  const distribute = mustAdvance(seal, 'seal', 'sealHolder');
  const archive = mustAdvance(distribute, 'distribute', 'clerk');
  const archived = mustAdvance(archive, 'archive', 'clerk');
  return { draft, review, countersign, sign, recheck, number, seal, distribute, archive, archived };
}

/** Written out by hand: who may do what at each step, and where it leads. Everything else is refused. */
const allowed: Record<OutgoingStep, Partial<Record<ActionName, { by: Role[]; to: OutgoingStep }>>> = {
  draft: { submit: { by: ['drafter'], to: 'review' } },
  review: {
    approve: { by: ['reviewer'], to: 'countersign' },
    returnToDrafter: { by: ['reviewer'], to: 'draft' },
  },
  countersign: {
    agree: { by: ['pendingCountersigner'], to: 'sign' },
    disagree: { by: ['pendingCountersigner'], to: 'draft' },
    returnToDrafter: { by: ['pendingCountersigner'], to: 'draft' },
  },
  sign: {
    sign: { by: ['signer'], to: 'recheck' },
    returnToDrafter: { by: ['signer'], to: 'draft' },
  },
  recheck: {
    recheck: { by: ['clerk'], to: 'number' },
    returnToDrafter: { by: ['clerk'], to: 'draft' },
    returnToSigner: { by: ['clerk'], to: 'sign' },
  },
  number: { assignNumber: { by: ['clerk'], to: 'seal' } },
  seal: {
    seal: { by: ['sealHolder'], to: 'distribute' },
    voidNumber: { by: ['clerk', 'newClerk'], to: 'number' },
  },
  distribute: { distribute: { by: ['clerk'], to: 'archive' } },
  archive: { archive: { by: ['clerk'], to: 'archived' } },
  archived: {},
};

describe('发文 state machine, every step × every action × every role', () => {
  const states = statesAlongThePath();

  it.each(outgoingSteps)('at %s only the listed people can take the listed actions, and a refusal changes nothing', (step) => {
    for (const name of actionNames) {
      for (const role of roleNames) {
        const state = deepFreeze(structuredClone(states[step]));
        const result = advanceOutgoing(state, actions[name], people[role], rolesNow);
        const expected = allowed[step][name];
        if (expected?.by.includes(role)) {
          expect(result, `${name} by ${role}`).toMatchObject({ ok: true, step, state: { step: expected.to } });
        } else {
          expect(result.ok, `${name} by ${role}`).toBe(false);
          expect(state).toEqual(states[step]);
        }
      }
    }
  });

  it.each(outgoingSteps)('at %s each person is offered exactly the actions they may take', (step) => {
    for (const role of roleNames) {
      const expectedKinds = new Set(
        Object.entries(allowed[step])
          .filter(([, rule]) => rule.by.includes(role))
          .map(([name]) => actions[name as ActionName].kind),
      );
      expect(new Set(availableOutgoingActions(states[step], people[role], rolesNow)), role).toEqual(expectedKinds);
    }
  });
});

describe('发文 transitions in detail', () => {
  const states = statesAlongThePath();

  it('goes straight from 核稿 to 签发 when no countersigners are named', () => {
    const action = OutgoingAction.parse({ kind: 'approve', signerId: people.signer });
    const result = advanceOutgoing(states.review, action, people.reviewer, rolesThen);
    expect(result).toMatchObject({ ok: true, state: { step: 'sign', assignees: [people.signer], signerId: people.signer, countersigns: [] } });
  });

  it('asks every countersigner in parallel, each once even if named twice', () => {
    const action = OutgoingAction.parse({
      kind: 'approve',
      signerId: people.signer,
      countersignerIds: [people.agreedCountersigner, people.pendingCountersigner, people.agreedCountersigner],
    });
    const result = advanceOutgoing(states.review, action, people.reviewer, rolesThen);
    expect(result).toMatchObject({
      ok: true,
      state: {
        step: 'countersign',
        assignees: [people.agreedCountersigner, people.pendingCountersigner],
        countersigns: [
          { personId: people.agreedCountersigner, agreed: null },
          { personId: people.pendingCountersigner, agreed: null },
        ],
      },
    });
  });

  it('sends a disagreement back to the drafter and clears every countersign for the next round', () => {
    const result = advanceOutgoing(states.countersign, actions.disagree, people.pendingCountersigner, rolesThen);
    expect(result).toMatchObject({
      ok: true,
      state: {
        step: 'draft',
        assignees: [people.drafter],
        countersigns: [
          { personId: people.agreedCountersigner, agreed: null },
          { personId: people.pendingCountersigner, agreed: null },
        ],
      },
    });
  });

  it('tells a countersigner who has already agreed why they cannot again', () => {
    expect(advanceOutgoing(states.countersign, actions.agree, people.agreedCountersigner, rolesThen)).toEqual({
      ok: false,
      reason: '您已会签，不能重复会签',
    });
  });

  it('names the step when the action does not belong to it, and the person when the step is not theirs', () => {
    expect(advanceOutgoing(states.draft, actions.sign, people.drafter, rolesThen)).toEqual({
      ok: false,
      reason: '公文当前处于"拟稿"环节，不能签发',
    });
    expect(advanceOutgoing(states.sign, actions.sign, people.otherLeader, rolesThen)).toEqual({
      ok: false,
      reason: '当前"签发"环节不由您办理',
    });
    expect(advanceOutgoing(states.archived, actions.archive, people.clerk, rolesThen)).toEqual({
      ok: false,
      reason: '公文当前处于"已归档"环节，不能归档',
    });
  });

  it('lets only 复核 return to the signer', () => {
    expect(advanceOutgoing(states.sign, actions.returnToSigner, people.signer, rolesThen)).toEqual({
      ok: false,
      reason: '只有复核环节可以退回签发人',
    });
    expect(advanceOutgoing(states.recheck, actions.returnToSigner, people.clerk, rolesThen)).toMatchObject({
      ok: true,
      state: { step: 'sign', assignees: [people.signer] },
    });
  });

  it('refuses a drafter who names themself as reviewer', () => {
    const action = OutgoingAction.parse({ kind: 'submit', reviewerId: people.drafter });
    expect(advanceOutgoing(states.draft, action, people.drafter, rolesThen)).toEqual({ ok: false, reason: '核稿人不能是拟稿人本人' });
  });

  it('refuses to hand a step to nobody', () => {
    expect(advanceOutgoing(states.sign, actions.sign, people.signer, { clerks: [], sealHolders: [people.sealHolder] })).toEqual({
      ok: false,
      reason: '没有可办理"复核"的人员，请管理员先配置',
    });
    expect(advanceOutgoing(states.number, actions.assignNumber, people.clerk, { clerks: [people.clerk], sealHolders: [] })).toEqual({
      ok: false,
      reason: '没有可办理"用印"的人员，请管理员先配置',
    });
  });

  it('requires an opinion to return or void, and at least one unit to distribute to', () => {
    expect(OutgoingAction.safeParse({ kind: 'return', opinion: '  ' }).error?.issues[0]?.message).toBe('退回时必须填写意见');
    expect(OutgoingAction.safeParse({ kind: 'voidNumber', opinion: '' }).error?.issues[0]?.message).toBe('退回时必须填写意见');
    expect(OutgoingAction.safeParse({ kind: 'distribute', recipientUnitIds: [] }).error?.issues[0]?.message).toBe('请选择分发单位');
  });

  it('freezes body and fields from 复核 on, and never lets a frozen step edit the body', () => {
    expect(outgoingSteps.filter(isFrozen)).toEqual(['recheck', 'number', 'seal', 'distribute', 'archive', 'archived']);
    expect(outgoingSteps.filter(bodyEditable)).toEqual(['draft', 'review', 'sign']);
  });
});

/** Every (step, action, next step) the machine may take, written out independently of its code. */
const allowedTransitions = new Set([
  'draft:submit:review',
  'review:approve:countersign',
  'review:approve:sign',
  'review:return:draft',
  'countersign:countersign:countersign',
  'countersign:countersign:sign',
  'countersign:countersign:draft',
  'countersign:return:draft',
  'sign:sign:recheck',
  'sign:return:draft',
  'recheck:recheck:number',
  'recheck:return:draft',
  'recheck:return:sign',
  'number:assignNumber:seal',
  'seal:seal:distribute',
  'seal:voidNumber:number',
  'distribute:distribute:archive',
  'archive:archive:archived',
]);

const numberedSteps: readonly OutgoingStep[] = ['seal', 'distribute', 'archive', 'archived'];
const allKinds = OutgoingAction.options.map((o) => o.shape.kind.value);

/** The random crowd: several of each role, so non-assignee leaders and clerks are always about. */
const crowd = {
  drafter: personId(201),
  reviewers: [personId(202), personId(203)],
  countersigners: [personId(204), personId(205), personId(206)],
  signers: [personId(207), personId(208)],
  clerks: [personId(209), personId(210)],
  sealHolders: [personId(211), personId(212)],
  outsider: personId(213),
};
/** Everyone a step could be handed to; the outsider is never named, so must never act. */
const nameable = [crowd.drafter, ...crowd.reviewers, ...crowd.countersigners, ...crowd.signers, ...crowd.clerks, ...crowd.sealHolders];
const everyone = [...nameable, crowd.outsider];

const Command = fc.record({
  /** Most commands come from someone with a turn, mostly moving forward, so random walks get deep into the workflow. */
  fromAssignee: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
  forward: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
  actorPick: fc.nat(),
  kindPick: fc.nat(),
  personPick: fc.nat(),
  countersignerPicks: fc.array(fc.nat(), { maxLength: 4 }),
  agree: fc.integer({ min: 0, max: 9 }).map((n) => n < 7),
  returnTo: fc.constantFrom('draft' as const, 'sign' as const),
});
type Command = typeof Command extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;

function buildAction(kind: OutgoingActionKind, command: Command): OutgoingAction {
  const person = pick(nameable, command.personPick);
  const byKind: Record<OutgoingActionKind, unknown> = {
    submit: { kind, reviewerId: person },
    approve: { kind, signerId: person, countersignerIds: command.countersignerPicks.map((i) => pick(nameable, i)) },
    countersign: { kind, agree: command.agree, opinion: command.agree ? '' : '不同意' },
    sign: { kind },
    return: { kind, opinion: '请修改', to: command.returnTo },
    recheck: { kind },
    assignNumber: { kind },
    voidNumber: { kind, opinion: '作废' },
    seal: { kind, sealId },
    distribute: { kind, recipientUnitIds: [unitId] },
    archive: { kind },
  };
  return OutgoingAction.parse(byKind[kind]);
}

/** Turns generated numbers into an actor and an action; the first action a step offers is its forward one. */
function interpret(command: Command, state: OutgoingState, roles: OutgoingRoles): { actorId: string; action: OutgoingAction } {
  const withTurn = everyone.filter((person) => availableOutgoingActions(state, person, roles).length > 0);
  const candidates = command.fromAssignee && withTurn.length > 0 ? withTurn : everyone;
  const actorId = pick(candidates, command.actorPick);
  const offered = command.fromAssignee ? availableOutgoingActions(state, actorId, roles) : [];
  const kind = offered.length === 0 ? pick(allKinds, command.kindPick) : command.forward ? offered[0]! : pick(offered, command.kindPick);
  return { actorId, action: buildAction(kind, command) };
}

function checkState(state: OutgoingState): void {
  expect(state.drafterId).toBe(crowd.drafter);
  expect(state.hasNumber).toBe(numberedSteps.includes(state.step));
  expect(state.assignees.length === 0).toBe(state.step === 'archived');
  expect(new Set(state.assignees).size).toBe(state.assignees.length);
  if (outgoingSteps.indexOf(state.step) >= outgoingSteps.indexOf('sign')) expect(state.signerId).not.toBeNull();
  if (state.step === 'countersign') {
    const pending = state.countersigns.filter((c) => c.agreed === null).map((c) => c.personId);
    expect(new Set(state.assignees)).toEqual(new Set(pending));
    expect(state.countersigns.every((c) => c.agreed !== false)).toBe(true);
  }
  if (state.step === 'draft') {
    expect(state.assignees).toEqual([state.drafterId]);
    expect(state.countersigns.every((c) => c.agreed === null)).toBe(true);
  }
  if (isFrozen(state.step)) expect(bodyEditable(state.step)).toBe(false);
}

function checkAccepted(before: OutgoingState, after: OutgoingState, actorId: string, action: OutgoingAction, roles: OutgoingRoles): void {
  expect(actorId).not.toBe(crowd.outsider);
  expect(before.assignees.includes(actorId) || (action.kind === 'voidNumber' && roles.clerks.includes(actorId))).toBe(true);
  expect(allowedTransitions).toContain(`${before.step}:${action.kind}:${after.step}`);
  if (before.step === 'countersign' && after.step === 'sign') {
    expect(after.countersigns.length).toBeGreaterThan(0);
    expect(after.countersigns.every((c) => c.agreed === true)).toBe(true);
  }
  if ((action.kind === 'countersign' && !action.agree) || (action.kind === 'return' && action.to === 'draft')) {
    expect(after.step).toBe('draft');
  }
}

describe('发文 state machine, random sequences of actions by random people', () => {
  it('keeps its invariants after every step and reaches every transition', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.subarray([...crowd.clerks, crowd.sealHolders[0]!]),
        fc.subarray([...crowd.sealHolders, crowd.clerks[0]!]),
        fc.array(Command, { minLength: 20, maxLength: 150 }),
        (clerks, sealHolders, commands) => {
          const roles: OutgoingRoles = { clerks, sealHolders };
          let state = initialOutgoingState(crowd.drafter);
          for (const command of commands) {
            const { actorId, action } = interpret(command, state, roles);
            // Frozen, so a call that touched its input would throw: a refusal leaves the state as it was.
            const before = deepFreeze(structuredClone(state));
            const result = advanceOutgoing(before, action, actorId, roles);
            const offered = availableOutgoingActions(before, actorId, roles).includes(action.kind);
            if (result.ok) {
              expect(before.step).not.toBe('archived');
              expect(offered).toBe(true);
              expect(result.step).toBe(before.step);
              checkAccepted(before, result.state, actorId, action, roles);
              seen.add(`${before.step}:${action.kind}:${result.state.step}`);
              state = result.state;
            } else {
              expect(result.reason).not.toBe('');
            }
            checkState(state);
          }
        },
      ),
      { numRuns: 400 },
    );
    expect(seen).toEqual(allowedTransitions);
  });
});
