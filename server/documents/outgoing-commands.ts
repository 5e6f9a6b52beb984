import type { Database } from 'better-sqlite3';
import { isoDateInChina } from '../../shared/documents/dates';
import { parseDocNumber } from '../../shared/documents/doc-number';
import { DocumentFields } from '../../shared/documents/fields';
import type { BodyNode, OutgoingDocument } from '../../shared/documents/records';
import { assertNotClassified } from '../../shared/documents/secrecy';
import { bodyPlainText } from '../../shared/documents/body';
import {
  advanceOutgoing,
  initialOutgoingState,
  outgoingActionLabels,
  outgoingStepLabels,
  type OutgoingAction,
} from '../../shared/documents/workflow';
import { AppError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { Actor } from '../auth/actor';
import { commandHandler, type CommandContext, type CommandHandlers } from '../sync/command-service';
import { bodyAccess } from './body-access';
import { bodyDocId, type DocumentBodies } from './bodies';
import type { Distribution } from './distribution';
import type { DocumentStore } from './document-store';
import type { NumberRegister } from './number-register';
import type { SealKeys } from './seal-keys';
import type { StepNotices } from '../notices/step-notices';
import type { UnitRoles } from '../directory/unit-roles';

export interface OutgoingCommandDeps {
  db: Database;
  store: DocumentStore;
  roles: UnitRoles;
  register: NumberRegister;
  seals: SealKeys;
  bodies: DocumentBodies;
  distribution: Distribution;
  notices: StepNotices;
}

type OutgoingCommands = Pick<CommandHandlers, 'document.create' | 'document.updateFields' | 'document.act' | 'document.restoreVersion'>;

/** The body as it stands when a step is taken: kept as that step's version, signed at 签发. */
interface BodyAtStep {
  snapshot: Uint8Array;
  body: BodyNode;
}

export function outgoingCommands(deps: OutgoingCommandDeps): OutgoingCommands {
  const { db, store, roles, register, seals, bodies, distribution, notices } = deps;
  const insertVersion = db.prepare('INSERT INTO document_versions (id, document_id, snapshot) VALUES (?, ?, ?)');

  const sealHolders = (unitId: string): string[] =>
    seals
      .list()
      .filter((seal) => seal.unitId === unitId && !seal.disabled)
      .flatMap((seal) => seal.holderIds);

  const requireEditor = (document: OutgoingDocument, actor: Actor): void => {
    if (bodyAccess(document, actor.person.id) !== 'write') {
      throw new AppError('forbidden', `公文处于"${outgoingStepLabels[document.workflow.step]}"环节，您现在不能修改`);
    }
  };

  const tellAssignees = (before: OutgoingDocument, after: OutgoingDocument, actor: Actor): void => {
    const fresh = after.workflow.assignees.filter((id) => id !== actor.person.id && !before.workflow.assignees.includes(id));
    const title = after.fields.title || '（无标题）';
    notices.send(`doc:${after.id}:${after.sheet.length}`, fresh, `公文待办：${outgoingStepLabels[after.workflow.step]}`, `《${title}》由${actor.person.name}送来，请办理。`);
  };

  /** Checks what an action names (people, seal, units) before the state machine sees it. */
  const checkAction = (document: OutgoingDocument, action: OutgoingAction, actor: Actor, prepared: BodyAtStep): void => {
    switch (action.kind) {
      case 'submit':
        roles.activePerson(action.reviewerId, '核稿人');
        assertNotClassified(document.fields, bodyPlainText(prepared.body));
        return;
      case 'approve':
        if (!roles.activePerson(action.signerId, '签发人').roles.includes('leader')) throw new AppError('bad_request', '签发人须为领导');
        for (const id of action.countersignerIds) roles.activePerson(id, '会签人');
        return;
      case 'sign':
        assertNotClassified(document.fields, bodyPlainText(prepared.body));
        return;
      case 'seal': {
        const seal = seals.get(action.sealId);
        if (!seal || seal.unitId !== document.unitId || seal.disabled) throw new AppError('bad_request', '请选择本单位有效的印章');
        if (!seal.holderIds.includes(actor.person.id)) throw new AppError('forbidden', '您未被授权使用此印章');
        return;
      }
      case 'distribute':
        for (const unitId of action.recipientUnitIds) roles.requireUnit(unitId);
        return;
      default:
        return;
    }
  };

  /** What an accepted action changes besides the workflow state. */
  const applyEffects = (ctx: CommandContext, document: OutgoingDocument, action: OutgoingAction, prepared: BodyAtStep): OutgoingDocument => {
    const { actor, now } = ctx;
    switch (action.kind) {
      case 'sign': {
        const fields = { ...document.fields };
        // 成文日期 is the day the leader signed; an 上行文 prints its 签发人.
        if (fields.writtenDate === '') fields.writtenDate = isoDateInChina(now);
        if (fields.direction === '上行文' && !fields.signers.includes(actor.person.name)) fields.signers = [...fields.signers, actor.person.name];
        return { ...document, fields, signedBody: prepared.body, bodyText: bodyPlainText(prepared.body) };
      }
      case 'assignNumber': {
        const template = document.templateId ? store.template(document.templateId) : null;
        if (!template) throw new AppError('bad_request', '本公文没有选用模板，无法确定机关代字；请管理员先配置本单位的公文模板');
        const year = Number(isoDateInChina(now).slice(0, 4));
        return { ...document, docNumber: register.assign(document.unitId, template.agencyCode, year, document.id, actor.person.id, now) };
      }
      case 'voidNumber': {
        const number = document.docNumber ? parseDocNumber(document.docNumber) : null;
        if (number) register.void(document.id, number.agencyCode, number.year, action.opinion, actor.person.id, now);
        return { ...document, docNumber: null };
      }
      case 'seal': {
        const body = document.signedBody;
        if (!body) throw new AppError('conflict', '公文尚未签发，不能用印');
        const content = { documentId: document.id, unitId: document.unitId, docNumber: document.docNumber, fields: document.fields, body };
        return { ...document, stamp: seals.stamp(action.sealId, content, actor.person.id, now) };
      }
      case 'distribute': {
        const recipientUnitIds = [...new Set(action.recipientUnitIds)];
        distribution.deliver(ctx, document, recipientUnitIds);
        return { ...document, recipientUnitIds };
      }
      default:
        return document;
    }
  };

  return {
    'document.create': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const existing = store.outgoing(input.id);
        if (existing) {
          if (existing.workflow.drafterId !== actor.person.id) throw new AppError('conflict', '公文编号已被使用');
          return existing;
        }
        roles.requireUnit(input.unitId);
        if (!roles.unitsOf(actor.person).includes(input.unitId)) throw new AppError('forbidden', '只能以本人所在单位的名义拟稿');
        const template = input.templateId ? store.template(input.templateId) : null;
        if (input.templateId && template?.unitId !== input.unitId) throw new AppError('bad_request', '模板不属于所选单位');
        const fields = DocumentFields.parse({
          ...input.fields,
          issuerMark: input.fields.issuerMark || template?.issuerMark || '',
          issuerName: input.fields.issuerName || template?.issuerName || '',
          printingOrg: input.fields.printingOrg || template?.printingOrg || '',
        });
        assertNotClassified(fields);
        return store.saveOutgoing(scope, {
          id: input.id,
          unitId: input.unitId,
          templateId: template?.id ?? null,
          createdAt: now,
          updatedAt: now,
          fields,
          docNumber: null,
          workflow: initialOutgoingState(actor.person.id),
          participants: [actor.person.id],
          sheet: [{ at: now, actorId: actor.person.id, step: 'draft', action: 'create', opinion: '' }],
          versions: [],
          bodyText: '',
          signedBody: null,
          stamp: null,
          recipientUnitIds: [],
        });
      },
    }),

    'document.updateFields': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const document = store.requireOutgoing(input.documentId);
        requireEditor(document, actor);
        const fields = DocumentFields.parse({ ...document.fields, ...input.patch });
        assertNotClassified(fields);
        return store.saveOutgoing(scope, { ...document, fields, updatedAt: now });
      },
    }),

    'document.act': commandHandler<'document.act', BodyAtStep>({
      prepare: async (input) => {
        const docId = bodyDocId(input.documentId);
        const [snapshot, body] = await Promise.all([bodies.snapshot(docId), bodies.bodyJson(docId)]);
        return { snapshot, body };
      },
      apply: (ctx, input, prepared) => {
        const { actor, scope, now } = ctx;
        const document = store.requireOutgoing(input.documentId);
        const step = document.workflow.step;
        if (step !== input.expectedStep) {
          throw new AppError(
            'conflict',
            `公文已流转至"${outgoingStepLabels[step]}"环节（您办理时为"${outgoingStepLabels[input.expectedStep]}"），"${outgoingActionLabels[input.action.kind]}"未执行`,
          );
        }
        checkAction(document, input.action, actor, prepared);
        const transition = advanceOutgoing(document.workflow, input.action, actor.person.id, {
          clerks: roles.withRole(document.unitId, 'clerk'),
          sealHolders: sealHolders(document.unitId),
        });
        if (!transition.ok) throw new AppError('forbidden', transition.reason);
        const versionId = newId();
        insertVersion.run(versionId, document.id, prepared.snapshot);
        const opinion = 'opinion' in input.action ? input.action.opinion : '';
        // The searchable text is refreshed at every step too, not only when edits settle.
        const effected = applyEffects(ctx, document, input.action, prepared);
        const moved: OutgoingDocument = {
          ...effected,
          bodyText: effected.signedBody ? effected.bodyText : bodyPlainText(prepared.body),
          workflow: transition.state,
          updatedAt: now,
          participants: [...new Set([...document.participants, ...transition.state.assignees])],
          sheet: [...document.sheet, { at: now, actorId: actor.person.id, step, action: input.action.kind, opinion }],
          versions: [
            ...document.versions,
            { id: versionId, step, label: `${outgoingStepLabels[step]}·${actor.person.name}`, at: now, byId: actor.person.id },
          ],
        };
        const saved = store.saveOutgoing(scope, moved);
        scope.afterCommit(() => {
          void bodies.setAccess(bodyDocId(saved.id), (userId) => bodyAccess(saved, userId));
          tellAssignees(document, saved, actor);
        });
        return saved;
      },
    }),

    'document.restoreVersion': commandHandler<'document.restoreVersion', undefined>({
      // The restore is a Yjs edit, durable on its own; the command records it in the 处理单.
      prepare: async (input, actor) => {
        const document = store.requireOutgoing(input.documentId);
        requireEditor(document, actor);
        await bodies.restore(bodyDocId(document.id), store.versionSnapshot(document.id, input.versionId), actor.person.id);
        return undefined;
      },
      apply: ({ actor, scope, now }, input) => {
        const document = store.requireOutgoing(input.documentId);
        const version = document.versions.find((v) => v.id === input.versionId);
        const entry = { at: now, actorId: actor.person.id, step: document.workflow.step, action: 'restore', opinion: `恢复到版本：${version?.label ?? ''}` };
        return store.saveOutgoing(scope, { ...document, updatedAt: now, sheet: [...document.sheet, entry] });
      },
    }),
  };
}

