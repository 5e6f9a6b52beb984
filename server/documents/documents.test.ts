/* eslint-disable @typescript-eslint/no-explicit-any -- replies are read loosely in tests */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingDocument, OutgoingDocument } from '../../shared/documents/records';
import { verifyStamp } from '../../shared/documents/seal-content';
import { parseDocNumber } from '../../shared/documents/doc-number';
import { newId } from '../../shared/ids';
import { TestServer } from '../testing/api-harness';
import { documentsFixture, type DocumentsFixture } from './test-fixture';

let server: TestServer;
let f: DocumentsFixture;

beforeEach(async () => {
  server = await TestServer.start({ log: process.env.DEBUG_SERVER === "1" });
  f = await documentsFixture(server);
});
afterEach(async () => {
  await server.stop();
});

const pull = async (token: string) => (await server.call('changes', { query: { after: 0, limit: 1000 } }, token)).body.changes as any[];
const documentsIn = async (token: string, entity: 'document' | 'incoming') =>
  (await pull(token)).filter((c) => c.entity === entity).map((c) => c.data);

describe('发文 workflow', () => {
  it('goes from 拟稿 to 归档 with a returned 核稿, parallel 会签, a 处理单 row and a version per step', async () => {
    const { drafter, clerk, leader, countersigner, act } = f;
    let doc = await f.draft();
    expect(doc.fields.issuerMark).toBe('滨州市人民政府办公室文件');
    doc = await act(drafter, doc, { kind: 'submit', reviewerId: clerk.person.id, opinion: '' });
    doc = await act(clerk, doc, { kind: 'return', opinion: '主送机关请补充市直各部门', to: 'draft' });
    expect(doc.workflow.step).toBe('draft');
    doc = await act(drafter, doc, { kind: 'submit', reviewerId: clerk.person.id, opinion: '已修改' });
    doc = await act(clerk, doc, { kind: 'approve', signerId: leader.person.id, countersignerIds: [countersigner.person.id, leader.person.id], opinion: '' });
    expect(doc.workflow.step).toBe('countersign');
    doc = await act(countersigner, doc, { kind: 'countersign', agree: true, opinion: '同意' });
    expect(doc.workflow.assignees).toEqual([leader.person.id]);
    doc = await act(leader, doc, { kind: 'countersign', agree: true, opinion: '同意' });
    doc = await act(leader, doc, { kind: 'sign', opinion: '同意印发' });
    expect(doc.signedBody).not.toBeNull();
    expect(doc.fields.writtenDate).toBe('2026-11-23');
    doc = await act(clerk, doc, { kind: 'recheck', opinion: '' });
    doc = await act(clerk, doc, { kind: 'assignNumber' });
    expect(doc.docNumber).toBe('滨政办发〔2026〕1号');
    doc = await act(clerk, doc, { kind: 'seal', sealId: f.seal.id });
    expect(await verifyStamp(doc.stamp!, f.seal.publicKey, { documentId: doc.id, unitId: doc.unitId, docNumber: doc.docNumber, fields: doc.fields, body: doc.signedBody! })).toBe('valid');
    doc = await act(clerk, doc, { kind: 'distribute', recipientUnitIds: [f.dataBureau.id] });
    doc = await act(clerk, doc, { kind: 'archive', opinion: '' });
    expect(doc.workflow.step).toBe('archived');
    expect(doc.sheet.map((e) => `${e.step}:${e.action}`)).toEqual([
      'draft:create', 'draft:submit', 'review:return', 'draft:submit', 'review:approve', 'countersign:countersign', 'countersign:countersign',
      'sign:sign', 'recheck:recheck', 'number:assignNumber', 'seal:seal', 'distribute:distribute', 'archive:archive',
    ]);
    expect(doc.versions).toHaveLength(12);
    // Everyone it involved sees it; someone it did not, does not.
    for (const who of [drafter, clerk, leader, countersigner]) expect((await documentsIn(who.token, 'document')).at(-1)?.workflow.step).toBe('archived');
    expect(await documentsIn(f.outsider.token, 'document')).toEqual([]);
  });

  it('lets only the person whose step it is act, and refuses an action meant for an earlier step with the reason', async () => {
    const doc = await f.draftAt('review');
    const notMine = await server.tryCommand(f.leader.token, 'document.act', { documentId: doc.id, expectedStep: 'review', action: { kind: 'approve', signerId: f.leader.person.id } });
    expect(notMine.status).toBe(403);
    expect(notMine.body.error.message).toContain('不由您办理');
    const moved = await f.act(f.clerk, doc, { kind: 'approve', signerId: f.leader.person.id, countersignerIds: [], opinion: '' });
    // Queued offline while the document was still at 核稿: refused, saying where it is now.
    const stale = await server.tryCommand(f.clerk.token, 'document.act', { documentId: doc.id, expectedStep: 'review', action: { kind: 'return', opinion: '再改改' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('已流转至"签发"环节');
    expect(moved.workflow.step).toBe('sign');
  });

  it('refuses a 签发人 who is not a leader and a seal the actor may not use', async () => {
    const review = await f.draftAt('review');
    const refused = await server.tryCommand(f.clerk.token, 'document.act', { documentId: review.id, expectedStep: 'review', action: { kind: 'approve', signerId: f.drafter.person.id } });
    expect(refused.body.error.message).toBe('签发人须为领导');
  });

  it('gives 50 concurrent 编号 requests 50 distinct consecutive numbers, and never reuses a voided one', async () => {
    const documents: OutgoingDocument[] = [];
    for (let i = 0; i < 50; i++) documents.push(await f.draftAt('number'));
    const numbered = await Promise.all(documents.map((d) => f.act(f.clerk, d, { kind: 'assignNumber' })));
    const serials = numbered.map((d) => parseDocNumber(d.docNumber!)!.serial).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));

    const voided = await f.act(f.clerk, numbered[7]!, { kind: 'voidNumber', opinion: '字号打错' });
    expect(voided.docNumber).toBeNull();
    const renumbered = await f.act(f.clerk, voided, { kind: 'assignNumber' });
    expect(renumbered.docNumber).toBe('滨政办发〔2026〕51号');
    const register = await server.call('numberRegister', { query: { unitId: f.office.id, agencyCode: '滨政办发', year: 2026 } }, f.clerk.token);
    expect(register.body.entries).toHaveLength(51);
    const voidedEntry = register.body.entries.find((e: any) => e.status === 'voided');
    expect(voidedEntry).toMatchObject({ documentId: voided.id, reason: '字号打错' });
  });
});

describe('密级', () => {
  it('refuses 秘密, 机密 and 绝密 everywhere a 公文 enters, with a clear reason', async () => {
    const create = (fields: object) =>
      server.tryCommand(f.drafter.token, 'document.create', { id: newId(), unitId: f.office.id, templateId: null, fields: { type: '通知', direction: '下行文', ...fields } });
    const marked = await create({ secrecy: '机密' });
    expect(marked.status).toBe(400);
    expect(JSON.stringify(marked.body)).toContain('本系统严禁处理涉密信息');
    const inTitle = await create({ title: '绝密★关于某事项的通知' });
    expect(inTitle.status).toBe(422);
    expect(inTitle.body.error.code).toBe('classified_refused');
    const doc = await f.draft();
    const patched = await server.tryCommand(f.drafter.token, 'document.updateFields', { documentId: doc.id, patch: { notes: '密级：秘密' } });
    expect(patched.body.error.code).toBe('classified_refused');
  });
});

describe('收文', () => {
  it('lands in the recipient unit: 签收 → 登记 → 拟办 → 批办 → 承办 → 办结 → 归档, with 传阅 read tracking', async () => {
    const sealed = await f.draftAt('seal');
    const stamped = await f.act(f.clerk, sealed, { kind: 'seal', sealId: f.seal.id });
    await f.act(f.clerk, stamped, { kind: 'distribute', recipientUnitIds: [f.dataBureau.id] });
    let [incoming] = (await documentsIn(f.recipientClerk.token, 'incoming')) as IncomingDocument[];
    expect(incoming!.docNumber).toBe('滨政办发〔2026〕1号');
    expect(await verifyStamp(incoming!.stamp!, f.seal.publicKey, { documentId: sealed.id, unitId: sealed.unitId, docNumber: incoming!.docNumber, fields: incoming!.fields, body: incoming!.body })).toBe('valid');
    const act = (who: { token: string }, action: object): Promise<IncomingDocument> =>
      server.command(who.token, 'incoming.act', { incomingId: incoming!.id, expectedStep: incoming!.workflow.step, action });
    incoming = await act(f.recipientClerk, { kind: 'receive' });
    incoming = await act(f.recipientClerk, { kind: 'register' });
    expect(incoming.registerNumber).toBe('收〔2026〕1号');
    incoming = await act(f.recipientClerk, { kind: 'propose', opinion: '拟请办公室承办', leaderId: f.recipientLeader.person.id });
    incoming = await act(f.recipientLeader, { kind: 'instruct', opinion: '请赵敏同志抓紧落实', handlerIds: [f.handler.person.id] });
    // 加急: three working days after 批办 (2026-11-23 is a Monday).
    expect(new Date(incoming.dueAt!).toISOString()).toBe('2026-11-26T15:59:59.999Z');
    incoming = await act(f.recipientLeader, { kind: 'circulate', readerIds: [f.outsider.person.id] });
    incoming = await act(f.outsider, { kind: 'markRead' });
    expect(incoming.workflow.circulation[0]!.readAt).not.toBeNull();
    incoming = await act(f.handler, { kind: 'complete', opinion: '已部署落实' });
    incoming = await act(f.recipientClerk, { kind: 'archive' });
    expect(incoming.workflow.step).toBe('archived');
    expect(incoming.sheet.map((e) => e.action)).toEqual(['receive', 'register', 'propose', 'instruct', 'circulate', 'markRead', 'complete', 'archive']);
  });

  it('tells the 承办人 once when the deadline passes, and not again after a restart', async () => {
    const sealed = await f.draftAt('seal');
    await f.act(f.clerk, await f.act(f.clerk, sealed, { kind: 'seal', sealId: f.seal.id }), { kind: 'distribute', recipientUnitIds: [f.dataBureau.id] });
    let [incoming] = (await documentsIn(f.recipientClerk.token, 'incoming')) as IncomingDocument[];
    const act = (who: { token: string }, action: object): Promise<IncomingDocument> =>
      server.command(who.token, 'incoming.act', { incomingId: incoming!.id, expectedStep: incoming!.workflow.step, action });
    incoming = await act(f.recipientClerk, { kind: 'receive' });
    incoming = await act(f.recipientClerk, { kind: 'register' });
    incoming = await act(f.recipientClerk, { kind: 'propose', opinion: '拟办', leaderId: f.recipientLeader.person.id });
    await act(f.recipientLeader, { kind: 'instruct', opinion: '批办', handlerIds: [f.handler.person.id] });
    // Four days on, every session has long expired: sign in again to look.
    server.clock.advance(4 * 24 * 3600_000);
    const overdueNotices = async () => {
      const token = await server.login(f.handler.person.username);
      return (await pull(token)).filter((c) => c.entity === 'message' && c.data.notice?.title === '收文办理已超期');
    };

    await server.server.documentsOverdue.scan();
    expect(await overdueNotices()).toHaveLength(1);
    await server.server.documentsOverdue.scan();
    await server.server.close();
    await server.boot();
    await server.server.documentsOverdue.scan();
    expect(await overdueNotices()).toHaveLength(1);
    const [flagged] = (await documentsIn(await server.login(f.handler.person.username), 'incoming')).slice(-1) as IncomingDocument[];
    expect(flagged!.overdueNotifiedAt).not.toBeNull();
  });

  it('accepts 公文交换 deliveries from other systems and refuses classified ones', async () => {
    const token = (await server.call('createAppToken', { body: { name: '省公文交换平台' } }, server.admin.token)).body.token as string;
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '请各单位认真贯彻落实。' }] }] };
    const input = { clientId: newId(), unitId: f.dataBureau.id, fromName: '山东省大数据局', fields: { type: '通知', direction: '下行文', title: '关于推进政务数据共享的通知' }, body };
    const delivered = await server.raw('POST', '/api/v1/incoming', JSON.stringify(input), token);
    expect(delivered.body).toMatchObject({ workflow: { step: 'receive' } });
    expect(delivered.body.workflow.step).toBe('receive');
    const classified = { ...input, clientId: newId(), body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '机密★10年' }] }] } };
    const refused = await server.raw('POST', '/api/v1/incoming', JSON.stringify(classified), token);
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('本系统严禁处理涉密信息');
  });
});
