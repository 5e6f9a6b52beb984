import { isoDateInChina } from '../../shared/documents/dates';
import { advanceIncoming, incomingActionLabels, incomingStepLabels, type IncomingAction } from '../../shared/documents/incoming';
import type { IncomingDocument } from '../../shared/documents/records';
import { handlingDueAt, type TimeLimits } from '../../shared/documents/time-limits';
import { AppError } from '../../shared/errors';
import { commandHandler, type CommandHandlers } from '../sync/command-service';
import type { DocumentStore } from './document-store';
import type { NumberRegister } from './number-register';
import type { StepNotices } from '../notices/step-notices';
import type { UnitRoles } from '../directory/unit-roles';

export interface IncomingCommandDeps {
  store: DocumentStore;
  roles: UnitRoles;
  register: NumberRegister;
  notices: StepNotices;
  timeLimits: TimeLimits;
}

/** 传阅 and 已阅 run alongside the steps, so they do not depend on the step the client saw. */
const stepIndependent: ReadonlySet<IncomingAction['kind']> = new Set(['circulate', 'markRead']);

export function incomingCommands(deps: IncomingCommandDeps): Pick<CommandHandlers, 'incoming.act'> {
  const { store, roles, register, notices, timeLimits } = deps;

  const checkPeople = (action: IncomingAction): void => {
    if (action.kind === 'propose' && !roles.activePerson(action.leaderId, '批办领导').roles.includes('leader')) {
      throw new AppError('bad_request', '批办人须为领导');
    }
    if (action.kind === 'instruct') for (const id of action.handlerIds) roles.activePerson(id, '承办人');
    if (action.kind === 'circulate') for (const id of action.readerIds) roles.activePerson(id, '传阅人');
  };

  return {
    'incoming.act': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const incoming = store.requireIncoming(input.incomingId);
        const step = incoming.workflow.step;
        if (!stepIndependent.has(input.action.kind) && step !== input.expectedStep) {
          throw new AppError(
            'conflict',
            `收文已是"${incomingStepLabels[step]}"（您办理时为"${incomingStepLabels[input.expectedStep]}"），"${incomingActionLabels[input.action.kind]}"未执行`,
          );
        }
        checkPeople(input.action);
        const transition = advanceIncoming(incoming.workflow, input.action, actor.person.id, { clerks: roles.withRole(incoming.unitId, 'clerk') }, now);
        if (!transition.ok) throw new AppError('forbidden', transition.reason);
        const action = input.action;
        const updated: IncomingDocument = {
          ...incoming,
          workflow: transition.state,
          updatedAt: now,
          participants: [...new Set([...incoming.participants, ...transition.state.assignees, ...transition.state.circulation.map((c) => c.personId)])],
          sheet: [...incoming.sheet, { at: now, actorId: actor.person.id, step, action: action.kind, opinion: 'opinion' in action ? action.opinion : '' }],
        };
        if (action.kind === 'register') updated.registerNumber = register.assignIncoming(incoming.unitId, Number(isoDateInChina(now).slice(0, 4)), incoming.id);
        if (action.kind === 'propose') updated.proposal = action.opinion;
        if (action.kind === 'instruct') {
          updated.instruction = action.opinion;
          updated.dueAt = handlingDueAt(now, incoming.fields.urgency, timeLimits);
        }
        if (action.kind === 'complete') updated.completedAt = now;
        const saved = store.saveIncoming(scope, updated);
        const fresh = saved.workflow.assignees.filter((id) => id !== actor.person.id && !incoming.workflow.assignees.includes(id));
        const newReaders = action.kind === 'circulate' ? action.readerIds : [];
        const title = `《${saved.fields.title || '（无标题）'}》`;
        scope.afterCommit(() => {
          notices.send(`in:${saved.id}:${saved.sheet.length}`, fresh, `收文待办：${incomingStepLabels[saved.workflow.step]}`, `${title}由${actor.person.name}送来，请办理。`);
          notices.send(`in:${saved.id}:${saved.sheet.length}:read`, newReaders, '收文传阅', `${title}请传阅。`);
        });
        return saved;
      },
    }),
  };
}
