import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentListQuery, type DocumentBox } from '../../../shared/documents/api-types';
import { DocumentFields } from '../../../shared/documents/fields';
import type { OutgoingDocument } from '../../../shared/documents/records';
import { OutgoingAction } from '../../../shared/documents/workflow';
import type { CoreEvent } from '../../../shared/desktop-api';
import type { CommandEnvelope } from '../../../shared/sync/commands';
import { putOrg } from '../directory/directory-rows';
import { createOutbox } from '../outbox/outbox';
import { listOutbox } from '../outbox/outbox-rows';
import { openLocalDb, type LocalDb } from '../store/open-local-db';
import { applyChange } from '../sync/appliers';
import { person, playedServerClient, tempDir, type CommandAnswer } from '../test-support/fixtures';
import type { UserContext } from '../user-context';
import { act, createDocument, updateFields } from './document-actions';
import { listDocuments } from './document-list';
import { outgoingDocument } from './document-records';
import { documentRow } from './document-rows';
import { myUnits } from './my-units';
import { me, NOW, testId } from './test-documents';


const unit = { id: testId('unit', 1), parentId: null, name: '滨州市人民政府办公室', kind: 'unit' as const, sort: 1, updatedAt: 1 };
const dept = { id: testId('unit', 2), parentId: unit.id, name: '秘书一科', kind: 'dept' as const, sort: 1, updatedAt: 1 };
const otherUnit = { id: testId('unit', 3), parentId: null, name: '滨州市应急管理局', kind: 'unit' as const, sort: 2, updatedAt: 1 };
const reviewer = testId('person', 2);

/** One signed-in user's services over a real SQLite file, talking to a server the test plays. */
function signedIn(answer: (command: CommandEnvelope) => CommandAnswer, file = path.join(tempDir(), 'local.db')) {
  const db = openLocalDb(file);
  const http = playedServerClient(answer);
  const events: CoreEvent[] = [];
  const fileCacheDir = tempDir();
  const ctx: UserContext = {
    db, http, clock: () => NOW, fileCacheDir, presence: new Set(),
    me: person({ id: me, name: '张三', posts: [{ orgId: dept.id, title: '科员', sort: 1 }] }),
    emit: (event) => events.push(event),
    emitStatus: () => undefined,
    outbox: createOutbox({ db, http, clock: () => NOW, fileCacheDir, onChanged: () => undefined }),
  };
  [unit, dept, otherUnit].forEach((org) => putOrg(db, org));
  return { ctx, db, events };
}

const box = (db: LocalDb, b: DocumentBox) => listDocuments(db, me, DocumentListQuery.parse({ box: b }), NOW).items;
const fields = (title: string) => DocumentFields.parse({ type: '通知', direction: '下行文', title });
const submit = OutgoingAction.parse({ kind: 'submit', reviewerId: reviewer });

/** What the real server answers for an accepted create or edit: the document as it now stands. */
function accepted(command: CommandEnvelope, doc: OutgoingDocument): CommandAnswer {
  return { status: 200, body: { id: command.id, type: command.type, output: doc } };
}

function serverCopy(input: { id: string; unitId: string; fields: DocumentFields }, overrides: Partial<OutgoingDocument> = {}): OutgoingDocument {
  return {
    id: input.id, unitId: input.unitId, templateId: null, createdAt: NOW, updatedAt: NOW + 1, fields: input.fields, docNumber: null,
    workflow: { step: 'draft', drafterId: me, assignees: [me], countersigns: [], signerId: null, hasNumber: false },
    participants: [me], sheet: [{ at: NOW, actorId: me, step: 'draft', action: 'create', opinion: '' }], versions: [], bodyText: '',
    signedBody: null, stamp: null, recipientUnitIds: [], ...overrides,
  };
}

describe('document commands', () => {
  it('drafts offline: the draft is in my 待办 at once, editable, and its actions wait in the outbox, also after a restart', async () => {
    const file = path.join(tempDir(), 'local.db');
    const { ctx, db, events } = signedIn(() => 'network-down', file);
    expect(myUnits(db, ctx.me).map((u) => u.id)).toEqual([unit.id]);

    const { id } = createDocument(ctx, { unitId: unit.id, templateId: null, fields: fields('关于做好汛期值班工作的通知') });
    expect(events).toContainEqual({ type: 'changed', areas: ['documents', 'outbox'] });
    expect(box(db, 'todo')).toMatchObject([{ id, title: '关于做好汛期值班工作的通知', step: 'draft', stepLabel: '拟稿', pending: { status: 'pending', summary: '新建公文《关于做好汛期值班工作的通知》' } }]);
    expect(outgoingDocument(db, id)).toMatchObject({ id, unitId: unit.id, workflow: { step: 'draft', assignees: [me] }, participants: [me] });

    updateFields(ctx, { documentId: id, patch: { title: '关于做好汛期值班值守工作的通知', urgency: '加急' } });
    expect(outgoingDocument(db, id).fields).toMatchObject({ title: '关于做好汛期值班值守工作的通知', urgency: '加急', type: '通知' });
    expect(box(db, 'todo')[0]).toMatchObject({ title: '关于做好汛期值班值守工作的通知', urgency: '加急' });

    act(ctx, { documentId: id, expectedStep: 'draft', action: submit });
    expect(() => act(ctx, { documentId: id, expectedStep: 'draft', action: submit })).toThrow('已有办理操作等待同步');
    // The server decides the step: until it answers the draft stays where it was, marked as waiting.
    expect(box(db, 'todo')).toMatchObject([{ id, step: 'draft', pending: { status: 'pending', summary: '公文《关于做好汛期值班值守工作的通知》：送核稿' } }]);
    await ctx.outbox.drain();
    ctx.outbox.stop();
    db.close();

    const { db: reopened } = signedIn(() => 'network-down', file);
    expect(box(reopened, 'todo')).toMatchObject([{ id, title: '关于做好汛期值班值守工作的通知', pending: { status: 'pending' } }]);
    expect(listOutbox(reopened).map((entry) => [entry.type, entry.summary])).toEqual([
      ['document.create', '新建公文《关于做好汛期值班工作的通知》'],
      ['document.updateFields', '公文《关于做好汛期值班值守工作的通知》：修改要素'],
      ['document.act', '公文《关于做好汛期值班值守工作的通知》：送核稿'],
    ]);
  });

  it('refuses 涉密 content and drafting for a unit I hold no post in before anything is queued', () => {
    const { ctx, db } = signedIn(() => 'network-down');
    expect(() => createDocument(ctx, { unitId: unit.id, templateId: null, fields: fields('关于档案管理的通知（机密★5年）') })).toThrow(/严禁处理涉密信息/);
    expect(() => createDocument(ctx, { unitId: otherUnit.id, templateId: null, fields: fields('关于应急演练的通知') })).toThrow('只能以本人所在单位的名义拟稿');
    const { id } = createDocument(ctx, { unitId: unit.id, templateId: null, fields: fields('关于应急演练的通知') });
    expect(() => updateFields(ctx, { documentId: id, patch: { notes: '密级：绝密' } })).toThrow(/严禁处理涉密信息/);
    expect(listOutbox(db).map((entry) => entry.type)).toEqual(['document.create']);
    expect(outgoingDocument(db, id).fields.notes).toBe('');
  });

  it('shows the server accepting the draft and refusing an action queued after the document moved on, with its reason', async () => {
    const refusal = '公文已流转至"核稿"环节（您办理时为"拟稿"），"送核稿"未执行';
    const { ctx, db } = signedIn((command) => {
      const input = command.input as { id: string; unitId: string; fields: DocumentFields };
      if (command.type === 'document.create') return accepted(command, serverCopy(input));
      return { status: 409, body: { error: { code: 'conflict', message: refusal } } };
    });
    const { id } = createDocument(ctx, { unitId: unit.id, templateId: null, fields: fields('关于防汛物资储备的通知') });
    act(ctx, { documentId: id, expectedStep: 'draft', action: submit });
    await ctx.outbox.drain();

    expect(documentRow(db, id)!.provisional).toBe(0);
    expect(outgoingDocument(db, id).sheet).toHaveLength(1);
    const [entry] = listOutbox(db);
    expect(entry).toMatchObject({ type: 'document.act', status: 'rejected', reason: refusal, summary: '公文《关于防汛物资储备的通知》：送核稿' });
    expect(box(db, 'todo')).toMatchObject([{ id, step: 'draft', pending: { outboxId: entry!.id, status: 'rejected', reason: refusal } }]);
    ctx.outbox.discard(entry!.id);
    expect(box(db, 'todo')).toMatchObject([{ id, pending: null }]);
    ctx.outbox.stop();
  });

  it('keeps a refused draft, marked with the reason, until it is discarded', async () => {
    const { ctx, db } = signedIn(() => ({ status: 403, body: { error: { code: 'forbidden', message: '只能以本人所在单位的名义拟稿' } } }));
    const { id } = createDocument(ctx, { unitId: unit.id, templateId: null, fields: fields('关于调整办公时间的通知') });
    await ctx.outbox.drain();
    expect(box(db, 'todo')).toMatchObject([{ id, pending: { status: 'rejected', reason: '只能以本人所在单位的名义拟稿' } }]);
    ctx.outbox.discard(listOutbox(db)[0]!.id);
    expect(box(db, 'todo')).toEqual([]);
    expect(box(db, 'outgoing')).toEqual([]);
    ctx.outbox.stop();
  });

  it('takes a refused field edit back, but not a newer edit of the same field', async () => {
    let refuseEdits = true;
    const { ctx, db } = signedIn((command) => {
      const input = command.input as { id: string; unitId: string; fields: DocumentFields };
      if (command.type === 'document.create') return accepted(command, serverCopy(input));
      if (refuseEdits) return { status: 403, body: { error: { code: 'forbidden', message: '公文处于"核稿"环节，您现在不能修改' } } };
      return 'network-down';
    });
    const { id } = createDocument(ctx, { unitId: unit.id, templateId: null, fields: fields('原标题') });
    updateFields(ctx, { documentId: id, patch: { title: '被拒绝的标题', notes: '（此件公开发布）' } });
    await ctx.outbox.drain();
    expect(outgoingDocument(db, id).fields).toMatchObject({ title: '原标题', notes: '' });

    refuseEdits = false;
    const [refused] = listOutbox(db);
    ctx.outbox.retry(refused!.id);
    expect(outgoingDocument(db, id).fields).toMatchObject({ title: '被拒绝的标题', notes: '（此件公开发布）' });
    updateFields(ctx, { documentId: id, patch: { title: '更新的标题' } });
    ctx.outbox.discard(refused!.id);
    expect(outgoingDocument(db, id).fields).toMatchObject({ title: '更新的标题', notes: '' });
    ctx.outbox.stop();
  });

  it('lays my pending field edits over a server copy that arrives before they are sent', async () => {
    const { ctx, db } = signedIn((command) => {
      const input = command.input as { id: string; unitId: string; fields: DocumentFields };
      return command.type === 'document.create' ? accepted(command, serverCopy(input)) : 'network-down';
    });
    const { id } = createDocument(ctx, { unitId: unit.id, templateId: null, fields: fields('服务器上的标题') });
    await ctx.outbox.drain();
    updateFields(ctx, { documentId: id, patch: { title: '我刚改的标题' } });
    const pulled = serverCopy({ id, unitId: unit.id, fields: fields('服务器上的标题') }, { bodyText: '他人写的正文', updatedAt: NOW + 5 });
    applyChange(db, { entity: 'document', op: 'put', data: pulled }, { areas: new Set(), newMessages: [] });
    expect(outgoingDocument(db, id)).toMatchObject({ bodyText: '他人写的正文', fields: { title: '我刚改的标题' } });
    ctx.outbox.stop();
  });
});
