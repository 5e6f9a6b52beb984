import type { z } from 'zod';
import type { desktopApi } from '../../../shared/desktop-api';
import { incomingActionLabels } from '../../../shared/documents/incoming';
import type { OutgoingDocument } from '../../../shared/documents/records';
import { assertNotClassified } from '../../../shared/documents/secrecy';
import { bodyEditable, initialOutgoingState, outgoingActionLabels, outgoingStepLabels } from '../../../shared/documents/workflow';
import { AppError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { queueCommand, runCommand } from '../outbox/run-command';
import type { UserContext } from '../user-context';
import { incomingDocument, outgoingDocument } from './document-records';
import { putOutgoing } from './document-rows';
import { myUnits } from './my-units';
import { hasQueuedAction } from './pending-changes';
import { applyFieldEdit } from './pending-field-edits';
import { sealById } from './seal-rows';

type Input<M extends keyof typeof desktopApi.documents> = z.output<(typeof desktopApi.documents)[M]['input']>;

const quoted = (title: string) => `《${title || '（无标题）'}》`;

function changed(ctx: UserContext): void {
  ctx.emit({ type: 'changed', areas: ['documents', 'outbox'] });
}

/** The server lets only the person whose step it is edit, and only while the step allows it. */
function requireEditable(ctx: UserContext, doc: OutgoingDocument): void {
  if (!bodyEditable(doc.workflow.step) || !doc.workflow.assignees.includes(ctx.me.id)) {
    throw new AppError('forbidden', `公文处于"${outgoingStepLabels[doc.workflow.step]}"环节，您现在不能修改`);
  }
}

function refuseSecondAction(ctx: UserContext, documentId: string): void {
  if (hasQueuedAction(ctx.db, documentId)) throw new AppError('conflict', '该公文已有办理操作等待同步，请等它提交完成');
}

/**
 * 拟稿: the draft is in my lists at once, editable offline, and goes to the server through the
 * outbox. The 涉密 check runs here too, so the refusal comes at once even without a network.
 */
export function createDocument(ctx: UserContext, input: Input<'create'>): { id: string } {
  assertNotClassified(input.fields);
  if (!myUnits(ctx.db, ctx.me).some((unit) => unit.id === input.unitId)) throw new AppError('forbidden', '只能以本人所在单位的名义拟稿');
  const id = newId();
  const now = ctx.clock();
  const draft: OutgoingDocument = {
    id, unitId: input.unitId, templateId: input.templateId, createdAt: now, updatedAt: now, fields: input.fields, docNumber: null,
    workflow: initialOutgoingState(ctx.me.id), participants: [ctx.me.id], sheet: [], versions: [], bodyText: '', signedBody: null,
    stamp: null, recipientUnitIds: [],
  };
  queueCommand(ctx, {
    type: 'document.create',
    id,
    input: { ...input, id },
    summary: `新建公文${quoted(input.fields.title)}`,
    apply: () => putOutgoing(ctx.db, draft, { provisional: true }),
  });
  changed(ctx);
  return { id };
}

export function updateFields(ctx: UserContext, input: Input<'updateFields'>): void {
  const doc = outgoingDocument(ctx.db, input.documentId);
  requireEditable(ctx, doc);
  assertNotClassified(input.patch);
  if (Object.keys(input.patch).length === 0) return;
  queueCommand(ctx, {
    type: 'document.updateFields',
    input,
    summary: `公文${quoted(input.patch.title ?? doc.fields.title)}：修改要素`,
    apply: () => applyFieldEdit(ctx.db, input.documentId, input.patch),
  });
  changed(ctx);
}

/** A workflow step goes to the server as it is: the document moves when the server says so. */
export function act(ctx: UserContext, input: Input<'act'>): void {
  const doc = outgoingDocument(ctx.db, input.documentId);
  refuseSecondAction(ctx, doc.id);
  queueCommand(ctx, { type: 'document.act', input, summary: `公文${quoted(doc.fields.title)}：${outgoingActionLabels[input.action.kind]}` });
  changed(ctx);
}

export function actIncoming(ctx: UserContext, input: Input<'actIncoming'>): void {
  const doc = incomingDocument(ctx.db, input.incomingId);
  refuseSecondAction(ctx, doc.id);
  queueCommand(ctx, { type: 'incoming.act', input, summary: `收文${quoted(doc.fields.title)}：${incomingActionLabels[input.action.kind]}` });
  changed(ctx);
}

export function restoreVersion(ctx: UserContext, input: Input<'restoreVersion'>): void {
  const doc = outgoingDocument(ctx.db, input.documentId);
  const version = doc.versions.find((v) => v.id === input.versionId);
  if (!version) throw new AppError('not_found', '该版本不存在');
  requireEditable(ctx, doc);
  queueCommand(ctx, { type: 'document.restoreVersion', input, summary: `公文${quoted(doc.fields.title)}：恢复到版本"${version.label}"` });
  changed(ctx);
}

const noValue = { optimistic: () => undefined, fromOutput: () => undefined };

/** Settings a unit admin changes while watching: the server's refusal comes back as the error. */
export async function saveTemplate(ctx: UserContext, input: Input<'saveTemplate'>): Promise<void> {
  await runCommand(ctx, { type: 'documentTemplate.save', input, summary: `保存公文模板：${input.name}`, ...noValue });
}

export async function createSeal(ctx: UserContext, input: Input<'createSeal'>): Promise<void> {
  const id = newId();
  await runCommand(ctx, { type: 'seal.create', id, input: { ...input, id }, summary: `新建电子印章：${input.name}`, ...noValue });
}

export async function updateSeal(ctx: UserContext, input: Input<'updateSeal'>): Promise<void> {
  const seal = sealById(ctx.db, input.id);
  if (!seal) throw new AppError('not_found', '印章不存在');
  await runCommand(ctx, { type: 'seal.update', input, summary: `修改电子印章：${seal.name}`, ...noValue });
}
