import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startServer, type RunningServer } from '../../../server/app';
import { generateDemoOrganization } from '../../../server/demo/organization';
import { bodyFragmentName } from '../../../shared/documents/body';
import { DocumentFields } from '../../../shared/documents/fields';
import { OutgoingAction } from '../../../shared/documents/workflow';
import { Core, createCore } from '../core';
import { FileSecretStore } from '../file-secret-store';
import { tempDir, waitFor } from '../test-support/fixtures';

/** 公文 between two desktop cores and the real server: drafting offline, and a refusal after the document moved on. */

const demo = generateDemoOrganization();
const staff = demo.people.filter((p) => !p.roles.includes('sysadmin') && !p.roles.includes('unit_admin'));
const [alice, bob] = staff;
const leader = demo.people.find((p) => p.roles.includes('leader'))!;

/** A paragraph as TipTap's collaboration extension stores it in the body's Yjs fragment. */
function writeParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = doc.getXmlFragment(bodyFragmentName);
  fragment.insert(fragment.length, [paragraph]);
}

describe('公文 across two desktop cores and the real server', () => {
  const serverDir = tempDir('xietong-server-');
  let server: RunningServer;
  let a: Core;
  let b: Core;
  // Only Alice's network is cut; the real server decides everything.
  let cableCut = false;
  let documentId = '';
  const title = '关于做好汛期值班值守工作的通知';

  beforeAll(async () => {
    server = await startServer({ dataDir: serverDir, port: 0, demo: true, log: false });
    const dirA = tempDir();
    const dirB = tempDir();
    const switchedFetch = ((...args: Parameters<typeof fetch>) => (cableCut ? Promise.reject(new TypeError('fetch failed')) : fetch(...args))) as typeof fetch;
    a = await createCore({ dataDir: dirA, serverUrl: server.url, secrets: new FileSecretStore(path.join(dirA, 'secrets.json')), fetch: switchedFetch });
    b = await createCore({ dataDir: dirB, serverUrl: server.url, secrets: new FileSecretStore(path.join(dirB, 'secrets.json')) });
    await a.handlers.session.login({ username: alice!.username, password: demo.demoPassword });
    await b.handlers.session.login({ username: bob!.username, password: demo.demoPassword });
    await waitFor(async () => (await a.handlers.documents.myUnits({})).length > 0, 'directory sync');
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.close();
  });

  it('keeps a draft written offline, body included, and hands it to the server and the reviewer once back online', async () => {
    cableCut = true;
    const [unit] = await a.handlers.documents.myUnits({});
    const fields = DocumentFields.parse({ type: '通知', direction: '下行文', title, mainRecipients: ['各县区人民政府'] });
    ({ id: documentId } = await a.handlers.documents.create({ unitId: unit!.id, templateId: null, fields }));
    const [draft] = (await a.handlers.documents.list({ box: 'todo', q: '汛期值班', limit: 50, offset: 0 })).items;
    expect(draft).toMatchObject({ id: documentId, title, stepLabel: '拟稿', pending: { status: 'pending', summary: `新建公文《${title}》` } });

    // The editor keeps its body on this machine while there is no server to talk to.
    const offlineEditor = new Y.Doc();
    offlineEditor.on('update', (update: Uint8Array) =>
      void a.handlers.documents.storeLocalBody({ documentId, updateBase64: Buffer.from(update).toString('base64') }),
    );
    writeParagraph(offlineEditor, '离线时写下的正文：请各地落实二十四小时值班制度。');
    await expect(a.handlers.documents.bodyTicket({ documentId })).rejects.toMatchObject({ code: 'offline' });

    cableCut = false;
    await waitFor(async () => (await a.handlers.outbox.list({})).length === 0, 'the draft reaches the server', 40_000);
    expect(await a.handlers.documents.outgoing({ id: documentId })).toMatchObject({ pending: null, workflow: { step: 'draft', drafterId: alice!.id } });

    // What the renderer does next: load the local copy, then join the room with a ticket.
    const editor = new Y.Doc();
    const { updateBase64 } = await a.handlers.documents.localBody({ documentId });
    Y.applyUpdate(editor, Buffer.from(updateBase64!, 'base64'));
    const ticket = await a.handlers.documents.bodyTicket({ documentId });
    expect(ticket.access).toBe('write');
    const slash = ticket.url.lastIndexOf('/');
    expect(ticket.url.slice(slash + 1)).toBe(`doc:${documentId}`);
    const provider = new WebsocketProvider(ticket.url.slice(0, slash), ticket.url.slice(slash + 1), editor, {
      params: { token: ticket.token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    try {
      await waitFor(async () => provider.synced, 'the room syncs');
      await waitFor(async () => (await a.handlers.documents.outgoing({ id: documentId })).bodyText.includes('二十四小时值班'), 'the server indexes the body', 30_000);
    } finally {
      provider.destroy();
    }

    await a.handlers.documents.act({ documentId, expectedStep: 'draft', action: OutgoingAction.parse({ kind: 'submit', reviewerId: bob!.id }) });
    const [arrived] = await waitFor(async () => {
      const { items } = await b.handlers.documents.list({ box: 'todo', q: '二十四小时', limit: 50, offset: 0 });
      return items.length > 0 ? items : undefined;
    }, 'the reviewer finds it by its body text');
    expect(arrived).toMatchObject({ id: documentId, step: 'review', stepLabel: '核稿', assigneeIds: [bob!.id] });
    expect(arrived!.snippet).toContain('请各地落实二十四小时值班制度');
    expect((await b.handlers.documents.counts({})).todo).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('refuses a 会签 queued offline after another countersigner sent the document back, with the server reason', async () => {
    const approve = OutgoingAction.parse({ kind: 'approve', signerId: leader.id, countersignerIds: [alice!.id, bob!.id] });
    await b.handlers.documents.act({ documentId, expectedStep: 'review', action: approve });
    await waitFor(async () => (await a.handlers.documents.outgoing({ id: documentId })).workflow.step === 'countersign', 'A sees 会签');

    cableCut = true;
    await a.handlers.documents.act({ documentId, expectedStep: 'countersign', action: OutgoingAction.parse({ kind: 'countersign', agree: true }) });
    await waitFor(async () => (await b.handlers.documents.outgoing({ id: documentId })).workflow.step === 'countersign', 'B sees 会签');
    const disagree = OutgoingAction.parse({ kind: 'countersign', agree: false, opinion: '第三条请与应急部门会商后再报' });
    await b.handlers.documents.act({ documentId, expectedStep: 'countersign', action: disagree });
    await waitFor(async () => (await b.handlers.documents.outgoing({ id: documentId })).workflow.step === 'draft', 'B sends it back');

    cableCut = false;
    const entry = await waitFor(async () => (await a.handlers.outbox.list({})).find((e) => e.status === 'rejected'), 'the refusal reaches A', 40_000);
    expect(entry).toMatchObject({ type: 'document.act', summary: `公文《${title}》：会签` });
    expect(entry.reason).toMatch(/已流转至"拟稿"环节/);
    const [item] = (await a.handlers.documents.list({ box: 'outgoing', q: '汛期值班', limit: 50, offset: 0 })).items;
    expect(item!.pending).toEqual({ outboxId: entry.id, summary: entry.summary, status: 'rejected', reason: entry.reason });
    const moved = await waitFor(async () => {
      const doc = await a.handlers.documents.outgoing({ id: documentId });
      return doc.workflow.step === 'draft' ? doc : undefined;
    }, 'A sees the document back at 拟稿', 40_000);
    expect(moved.sheet.at(-1)).toMatchObject({ actorId: bob!.id, action: 'countersign', opinion: '第三条请与应急部门会商后再报' });
  }, 120_000);

  it('syncs the unit templates and seals, and passes the PDF, the version diff and the 字号 register through from the server', async () => {
    const [unit] = await a.handlers.documents.myUnits({});
    const templates = await waitFor(async () => {
      const all = await a.handlers.documents.templates({});
      return all.some((t) => t.unitId === unit!.id) ? all : undefined;
    }, 'templates sync');
    expect((await a.handlers.documents.seals({})).some((s) => s.unitId === unit!.id)).toBe(true);

    const pdf = await a.handlers.documents.pdf({ kind: 'outgoing', id: documentId });
    expect(pdf.fileName).toBe(`${title}.pdf`);
    expect(Buffer.from(pdf.dataBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    const diff = await a.handlers.documents.diff({ documentId });
    expect(diff.blocks.flatMap((block) => block.runs.map((run) => run.text)).join('')).toContain('二十四小时值班制度');
    expect(diff.authorIds).toContain(alice!.id);

    const template = templates.find((t) => t.unitId === unit!.id)!;
    expect(await a.handlers.documents.register({ unitId: unit!.id, agencyCode: template.agencyCode, year: 2026 })).toEqual([]);
  }, 60_000);
});
