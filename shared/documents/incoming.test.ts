import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advanceIncoming,
  availableIncomingActions,
  IncomingAction,
  incomingSteps,
  initialIncomingState,
  type IncomingActionKind,
  type IncomingRoles,
  type IncomingState,
  type IncomingStep,
} from './incoming';
import { deepFreeze, personId } from './test-support';

const people = {
  clerk: personId(1),
  /** Became a 文书 after the document was signed for, so holds the role but not the step. */
  newClerk: personId(2),
  /** The leader the 拟办 named, who gave the 批办. */
  leader: personId(3),
  otherLeader: personId(4),
  handler: personId(5),
  unreadReader: personId(6),
  readReader: personId(7),
  outsider: personId(8),
};
type Role = keyof typeof people;
const roleNames = Object.keys(people) as Role[];
const now = Date.parse('2026-10-09T09:00:00+08:00');

const actions = {
  receive: IncomingAction.parse({ kind: 'receive' }),
  reject: IncomingAction.parse({ kind: 'reject', opinion: '非本单位收文' }),
  register: IncomingAction.parse({ kind: 'register' }),
  propose: IncomingAction.parse({ kind: 'propose', opinion: '拟请办公室主任阅批', leaderId: people.leader }),
  instruct: IncomingAction.parse({ kind: 'instruct', opinion: '请综合科办理', handlerIds: [people.handler] }),
  complete: IncomingAction.parse({ kind: 'complete', opinion: '已按要求报送' }),
  archive: IncomingAction.parse({ kind: 'archive' }),
  circulate: IncomingAction.parse({ kind: 'circulate', readerIds: [personId(50)] }),
  markRead: IncomingAction.parse({ kind: 'markRead' }),
};
type ActionName = keyof typeof actions;
const actionNames = Object.keys(actions) as ActionName[];

const rolesThen: IncomingRoles = { clerks: [people.clerk] };
const rolesNow: IncomingRoles = { clerks: [people.clerk, people.newClerk] };

function mustAdvance(state: IncomingState, action: IncomingAction, actor: Role): IncomingState {
  const result = advanceIncoming(state, action, people[actor], rolesThen, now - 1000);
  if (!result.ok) throw new Error(`setup step ${action.kind} by ${actor} refused: ${result.reason}`);
  return result.state;
}

/** One 收文 walked along its path; from 承办 on, one reader has read it and one has not. */
function statesAlongThePath(): Record<IncomingStep, IncomingState> {
  const receive = initialIncomingState(rolesThen.clerks);
  const register = mustAdvance(receive, actions.receive, 'clerk');
  const propose = mustAdvance(register, actions.register, 'clerk');
  const instruct = mustAdvance(propose, actions.propose, 'clerk');
  const circulate = IncomingAction.parse({ kind: 'circulate', readerIds: [people.unreadReader, people.readReader] });
  const handle = mustAdvance(mustAdvance(mustAdvance(instruct, actions.instruct, 'leader'), circulate, 'clerk'), actions.markRead, 'readReader');
  const archive = mustAdvance(handle, actions.complete, 'handler');
  const archived = mustAdvance(archive, actions.archive, 'clerk');
  const returned = mustAdvance(receive, actions.reject, 'clerk');
  return { receive, register, propose, instruct, handle, archive, archived, returned };
}

/** 传阅 runs alongside handling from 承办 on, without moving the step. */
const circulationAt = (step: IncomingStep): Partial<Record<ActionName, { by: Role[]; to: IncomingStep }>> => ({
  circulate: { by: ['clerk', 'newClerk', 'leader'], to: step },
  markRead: { by: ['unreadReader'], to: step },
});

/** Written out by hand: who may do what at each step, and where it leads. Everything else is refused. */
const allowed: Record<IncomingStep, Partial<Record<ActionName, { by: Role[]; to: IncomingStep }>>> = {
  receive: { receive: { by: ['clerk'], to: 'register' }, reject: { by: ['clerk'], to: 'returned' } },
  register: { register: { by: ['clerk'], to: 'propose' } },
  propose: { propose: { by: ['clerk'], to: 'instruct' } },
  instruct: { instruct: { by: ['leader'], to: 'handle' } },
  handle: { complete: { by: ['handler'], to: 'archive' }, ...circulationAt('handle') },
  archive: { archive: { by: ['clerk'], to: 'archived' }, ...circulationAt('archive') },
  archived: circulationAt('archived'),
  returned: {},
};

describe('收文 state machine, every step × every action × every role', () => {
  const states = statesAlongThePath();

  it.each(incomingSteps)('at %s only the listed people can take the listed actions, and a refusal changes nothing', (step) => {
    for (const name of actionNames) {
      for (const role of roleNames) {
        const state = deepFreeze(structuredClone(states[step]));
        const result = advanceIncoming(state, actions[name], people[role], rolesNow, now);
        const expected = allowed[step][name];
        if (expected?.by.includes(role)) {
          expect(result, `${name} by ${role}`).toMatchObject({ ok: true, state: { step: expected.to } });
        } else {
          expect(result.ok, `${name} by ${role}`).toBe(false);
          expect(state).toEqual(states[step]);
        }
      }
    }
  });

  it.each(incomingSteps)('at %s each person is offered exactly the actions they may take', (step) => {
    for (const role of roleNames) {
      const expectedKinds = new Set(
        Object.entries(allowed[step])
          .filter(([, rule]) => rule.by.includes(role))
          .map(([name]) => actions[name as ActionName].kind),
      );
      expect(new Set(availableIncomingActions(states[step], people[role], rolesNow)), role).toEqual(expectedKinds);
    }
  });
});

describe('收文 transitions in detail', () => {
  const states = statesAlongThePath();

  it('hands 承办 to each named handler once', () => {
    const action = IncomingAction.parse({ kind: 'instruct', opinion: '请办理', handlerIds: [people.handler, people.otherLeader, people.handler] });
    expect(advanceIncoming(states.instruct, action, people.leader, rolesThen, now)).toMatchObject({
      ok: true,
      state: { step: 'handle', assignees: [people.handler, people.otherLeader], handlerIds: [people.handler, people.otherLeader] },
    });
  });

  it('records when each reader read it, once', () => {
    const read = advanceIncoming(states.handle, actions.markRead, people.unreadReader, rolesThen, now);
    expect(read).toMatchObject({ ok: true, state: { step: 'handle', circulation: [{ personId: people.unreadReader, readAt: now }, states.handle.circulation[1]] } });
    if (!read.ok) return;
    expect(advanceIncoming(read.state, actions.markRead, people.unreadReader, rolesThen, now + 1)).toEqual({ ok: false, reason: '您已阅过此收文' });
  });

  it('adds only new readers to the circulation and refuses when there are none', () => {
    const again = IncomingAction.parse({ kind: 'circulate', readerIds: [people.readReader, people.unreadReader] });
    expect(advanceIncoming(states.handle, again, people.clerk, rolesThen, now)).toEqual({ ok: false, reason: '所选人员都已在传阅名单中' });
    const more = IncomingAction.parse({ kind: 'circulate', readerIds: [people.readReader, people.otherLeader, people.otherLeader] });
    expect(advanceIncoming(states.handle, more, people.leader, rolesThen, now)).toMatchObject({
      ok: true,
      state: { circulation: [...states.handle.circulation, { personId: people.otherLeader, readAt: null }] },
    });
  });

  it('explains each refusal', () => {
    expect(advanceIncoming(states.receive, actions.register, people.clerk, rolesThen, now)).toEqual({ ok: false, reason: '收文当前"待签收"，不能登记' });
    expect(advanceIncoming(states.instruct, actions.circulate, people.clerk, rolesThen, now)).toEqual({ ok: false, reason: '收文当前"待批办"，不能传阅' });
    expect(advanceIncoming(states.instruct, actions.instruct, people.otherLeader, rolesThen, now)).toEqual({ ok: false, reason: '您不能对此收文执行"批办"' });
    expect(advanceIncoming(states.handle, actions.markRead, people.outsider, rolesThen, now)).toEqual({ ok: false, reason: '您不能对此收文执行"已阅"' });
    expect(advanceIncoming(states.handle, actions.complete, people.handler, { clerks: [] }, now)).toEqual({ ok: false, reason: '没有可办理"待归档"的人员' });
  });

  it('requires the opinions the 处理单 needs', () => {
    expect(IncomingAction.safeParse({ kind: 'reject', opinion: ' ' }).error?.issues[0]?.message).toBe('退回时必须填写理由');
    expect(IncomingAction.safeParse({ kind: 'propose', opinion: '', leaderId: people.leader }).error?.issues[0]?.message).toBe('请填写拟办意见');
    expect(IncomingAction.safeParse({ kind: 'instruct', opinion: '办', handlerIds: [] }).error?.issues[0]?.message).toBe('请指定承办人');
    expect(IncomingAction.safeParse({ kind: 'complete', opinion: '' }).error?.issues[0]?.message).toBe('请填写办理结果');
  });
});

/** Every (step, action, next step) the machine may take, written out independently of its code. */
const allowedTransitions = new Set([
  'receive:receive:register',
  'receive:reject:returned',
  'register:register:propose',
  'propose:propose:instruct',
  'instruct:instruct:handle',
  'handle:complete:archive',
  'archive:archive:archived',
  ...(['handle', 'archive', 'archived'] as const).flatMap((step) => [`${step}:circulate:${step}`, `${step}:markRead:${step}`]),
]);
const circulationSteps: readonly IncomingStep[] = ['handle', 'archive', 'archived'];
const allKinds = IncomingAction.options.map((o) => o.shape.kind.value);

const crowd = {
  clerks: [personId(201), personId(202)],
  leaders: [personId(203), personId(204)],
  handlers: [personId(205), personId(206), personId(207)],
  readers: [personId(208), personId(209), personId(210)],
  outsider: personId(211),
};
const nameable = [...crowd.clerks, ...crowd.leaders, ...crowd.handlers, ...crowd.readers];
const everyone = [...nameable, crowd.outsider];

const Command = fc.record({
  /** Most commands come from someone with something to do, so random walks reach 归档. */
  fromSomeoneWithATurn: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
  actorPick: fc.nat(),
  kindPick: fc.nat(),
  personPick: fc.nat(),
  personPicks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  elapsed: fc.integer({ min: 1, max: 3_600_000 }),
});
type Command = typeof Command extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;

function buildAction(kind: IncomingActionKind, command: Command): IncomingAction {
  const persons = command.personPicks.map((i) => pick(nameable, i));
  const byKind: Record<IncomingActionKind, unknown> = {
    receive: { kind },
    reject: { kind, opinion: '退回' },
    register: { kind },
    propose: { kind, opinion: '拟办', leaderId: pick(nameable, command.personPick) },
    instruct: { kind, opinion: '批办', handlerIds: persons },
    complete: { kind, opinion: '办结' },
    archive: { kind },
    circulate: { kind, readerIds: persons },
    markRead: { kind },
  };
  return IncomingAction.parse(byKind[kind]);
}

function interpret(command: Command, state: IncomingState, roles: IncomingRoles): { actorId: string; action: IncomingAction } {
  const withTurn = everyone.filter((person) => availableIncomingActions(state, person, roles).length > 0);
  const candidates = command.fromSomeoneWithATurn && withTurn.length > 0 ? withTurn : everyone;
  const actorId = pick(candidates, command.actorPick);
  const offered = command.fromSomeoneWithATurn ? availableIncomingActions(state, actorId, roles) : [];
  return { actorId, action: buildAction(pick(offered.length > 0 ? offered : allKinds, command.kindPick), command) };
}

function checkState(state: IncomingState): void {
  expect(state.assignees.length === 0).toBe(state.step === 'archived' || state.step === 'returned');
  const readers = state.circulation.map((c) => c.personId);
  expect(new Set(readers).size).toBe(readers.length);
  if (!circulationSteps.includes(state.step)) expect(state.circulation).toEqual([]);
  if (state.step === 'instruct') expect(state.assignees).toEqual([state.leaderId]);
  if (state.step === 'handle') expect(state.assignees).toEqual(state.handlerIds);
}

function checkAccepted(before: IncomingState, after: IncomingState, actorId: string, action: IncomingAction, roles: IncomingRoles, at: number): void {
  expect(actorId).not.toBe(crowd.outsider);
  expect(allowedTransitions).toContain(`${before.step}:${action.kind}:${after.step}`);
  // Circulation only grows, and a read time once set never changes.
  expect(after.circulation.slice(0, before.circulation.length).map((c) => c.personId)).toEqual(before.circulation.map((c) => c.personId));
  before.circulation.forEach((entry, i) => {
    if (entry.readAt !== null) expect(after.circulation[i]!.readAt).toBe(entry.readAt);
  });
  if (action.kind === 'circulate') {
    expect(roles.clerks.includes(actorId) || before.leaderId === actorId).toBe(true);
    expect(after.circulation.length).toBeGreaterThan(before.circulation.length);
    expect(after.circulation.slice(before.circulation.length).every((c) => c.readAt === null)).toBe(true);
  } else if (action.kind === 'markRead') {
    expect(before.circulation.find((c) => c.personId === actorId)?.readAt).toBeNull();
    expect(after.circulation.find((c) => c.personId === actorId)?.readAt).toBe(at);
    expect(after.circulation.filter((c, i) => c.readAt !== before.circulation[i]!.readAt)).toHaveLength(1);
  } else {
    expect(before.assignees).toContain(actorId);
    expect(after.circulation).toEqual(before.circulation);
  }
}

describe('收文 state machine, random sequences of actions by random people', () => {
  it('keeps its invariants after every step and reaches every transition', () => {
    const seen = new Set<string>();
    fc.assert(
      // The server refuses a delivery to a unit with no 文书, so there is one at 签收; later the role may empty.
      fc.property(fc.subarray(crowd.clerks, { minLength: 1 }), fc.subarray(crowd.clerks), fc.array(Command, { minLength: 10, maxLength: 100 }), (clerksAtDelivery, clerks, commands) => {
        const roles: IncomingRoles = { clerks };
        let state = initialIncomingState(clerksAtDelivery);
        let at = now;
        for (const command of commands) {
          const { actorId, action } = interpret(command, state, roles);
          // Frozen, so a call that touched its input would throw: a refusal leaves the state as it was.
          const before = deepFreeze(structuredClone(state));
          at += command.elapsed;
          const result = advanceIncoming(before, action, actorId, roles, at);
          const offered = availableIncomingActions(before, actorId, roles).includes(action.kind);
          if (result.ok) {
            expect(before.step).not.toBe('returned');
            expect(offered).toBe(true);
            checkAccepted(before, result.state, actorId, action, roles, at);
            seen.add(`${before.step}:${action.kind}:${result.state.step}`);
            state = result.state;
          } else {
            expect(result.reason).not.toBe('');
          }
          checkState(state);
        }
      }),
      { numRuns: 300 },
    );
    expect(seen).toEqual(allowedTransitions);
  });
});
