import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createCore, type Core } from '../../main/core/core';
import { dispatch } from '../../main/core/dispatch';
import { FileSecretStore } from '../../main/core/file-secret-store';
import { tempDir, waitFor } from '../../main/core/test-support/fixtures';
import { createApi, type Api } from '../../renderer/api/createApi';
import { BodySync, type BodySyncState, type SyncStatus } from '../../renderer/documents/body/bodySync';
import { startServer, type RunningServer } from '../../server/app';
import { generateDemoOrganization } from '../../server/demo/organization';
import { bodyFragmentName, bodyFromFragment, bodyPlainText } from '../../shared/documents/body';
import { DocumentFields } from '../../shared/documents/fields';
import { OutgoingAction } from '../../shared/documents/workflow';

/**
 * The renderer's body connection (BodySync) against the real desktop core and the real server:
 * the local copy first, live sync, editing on while the server is gone and merging when it is
 * back (with a new ticket: the server's ticket key does not survive a restart), and a fresh
 * ticket when the workflow takes the right to edit away.
 */

// y-websocket opens its sockets with the global WebSocket, which Node 20 does not have.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

function writeParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = doc.getXmlFragment(bodyFragmentName);
  fragment.insert(fragment.length, [paragraph]);
}

const textOf = (doc: Y.Doc) => bodyPlainText(bodyFromFragment(doc.getXmlFragment(bodyFragmentName)));

/** What the body editor holds: a Y.Doc, its awareness, and the connection with every state it reported. */
function openBody(api: Api, documentId: string) {
  const doc = new Y.Doc({ gc: false });
  const states: BodySyncState[] = [];
  const sync = new BodySync(api, documentId, doc, new Awareness(doc), (state) => states.push(state));
  const status = (): SyncStatus | undefined => states.at(-1)?.status;
  return { doc, sync, states, status, reached: (wanted: SyncStatus, timeoutMs?: number) => waitFor(() => status() === wanted, `body ${wanted}`, timeoutMs) };
}

const demo = generateDemoOrganization();
const staff = demo.people.filter((p) => !p.roles.includes('sysadmin') && !p.roles.includes('unit_admin'));
const [alice, bob] = staff;

describe('the 公文 body connection against the real core and server', () => {
  const serverDir = tempDir('xietong-body-server-');
  let server: RunningServer;
  let core: Core;
  let api: Api;
  let documentId = '';

  beforeAll(async () => {
    server = await startServer({ dataDir: serverDir, port: 0, demo: true, log: false });
    const dir = tempDir();
    core = await createCore({ dataDir: dir, serverUrl: server.url, secrets: new FileSecretStore(path.join(dir, 'secrets.json')) });
    // The renderer's own API client over the core's one door, as both transports use it.
    api = createApi({ invoke: (channel, input) => dispatch(core.handlers, channel, input), onEvent: () => () => {} });
    await api.session.login({ username: alice!.username, password: demo.demoPassword });
    const [unit] = await waitFor(async () => {
      const units = await api.documents.myUnits({});
      return units.length > 0 ? units : undefined;
    }, 'directory sync');
    const fields = DocumentFields.parse({ type: '通知', direction: '下行文', title: '关于做好防汛值班工作的通知' });
    ({ id: documentId } = await api.documents.create({ unitId: unit!.id, templateId: null, fields }));
    await waitFor(async () => (await api.outbox.list({})).length === 0, 'the draft reaches the server');
  });

  afterAll(async () => {
    await core?.close();
    await server?.close();
  });

  it('edits live, keeps editing while the server is gone, and merges when it is back', async () => {
    const body = openBody(api, documentId);
    await body.sync.loadLocal();
    body.sync.connect();
    await body.reached('synced');
    expect(body.states.at(-1)!.access).toBe('write');

    writeParagraph(body.doc, '在线写下：各单位要落实领导带班制度。');
    await waitFor(async () => (await api.documents.outgoing({ id: documentId })).bodyText.includes('领导带班'), 'the server has the online paragraph');

    const port = server.port;
    await server.close();
    await body.reached('offline');
    writeParagraph(body.doc, '断网后写下：值班人员要保持通讯畅通。');

    // The offline paragraph is on this machine: a new editor (after a restart, say) starts from it.
    await waitFor(async () => {
      const { updateBase64 } = await api.documents.localBody({ documentId });
      const copy = new Y.Doc({ gc: false });
      if (updateBase64) Y.applyUpdate(copy, Buffer.from(updateBase64, 'base64'));
      return textOf(copy).includes('通讯畅通');
    }, 'the local copy holds the offline paragraph');
    const reopened = openBody(api, documentId);
    await reopened.sync.loadLocal();
    expect(textOf(reopened.doc)).toBe('在线写下：各单位要落实领导带班制度。\n断网后写下：值班人员要保持通讯畅通。');
    reopened.sync.destroy();

    server = await startServer({ dataDir: serverDir, port, demo: true, log: false });
    await body.reached('synced', 40_000);
    await waitFor(async () => (await api.documents.outgoing({ id: documentId })).bodyText.includes('通讯畅通'), 'the server merged the offline paragraph', 30_000);
    body.sync.destroy();
  }, 120_000);

  it('asks for a new ticket when the workflow moves, and then edits no more', async () => {
    const body = openBody(api, documentId);
    await body.sync.loadLocal();
    body.sync.connect();
    await body.reached('synced');
    expect(body.states.at(-1)!.access).toBe('write');

    await api.documents.act({ documentId, expectedStep: 'draft', action: OutgoingAction.parse({ kind: 'submit', reviewerId: bob!.id }) });
    await waitFor(async () => (await api.documents.outgoing({ id: documentId })).workflow.step === 'review', 'the document is at 核稿');
    body.sync.refresh();
    await waitFor(() => body.states.at(-1)?.access === 'read' && body.status() === 'synced', 'a read-only ticket');
    body.sync.destroy();
  }, 60_000);

  it('converges one body edited at once by a stock y-websocket client and two app clients', async () => {
    const fields = DocumentFields.parse({ type: '通知', direction: '下行文', title: '关于三方同时编辑的测试' });
    const [unit] = await api.documents.myUnits({});
    const { id } = await api.documents.create({ unitId: unit!.id, templateId: null, fields });
    await waitFor(async () => (await api.outbox.list({})).length === 0, 'the draft reaches the server');

    // A second desktop of the same drafter: its own core, its own local store.
    const secondDir = tempDir();
    const second = await createCore({ dataDir: secondDir, serverUrl: server.url, secrets: new FileSecretStore(path.join(secondDir, 'secrets.json')) });
    const secondApi = createApi({ invoke: (channel, input) => dispatch(second.handlers, channel, input), onEvent: () => () => {} });
    await secondApi.session.login({ username: alice!.username, password: demo.demoPassword });
    await waitFor(async () => (await secondApi.documents.outgoing({ id })).id === id, 'the second client has the draft');

    const one = openBody(api, id);
    const two = openBody(secondApi, id);
    for (const body of [one, two]) {
      await body.sync.loadLocal();
      body.sync.connect();
      await body.reached('synced');
    }
    const ticket = await api.documents.bodyTicket({ documentId: id });
    const stockDoc = new Y.Doc();
    const roomBase = ticket.url.slice(0, ticket.url.lastIndexOf('/'));
    const stock = new WebsocketProvider(roomBase, `doc:${id}`, stockDoc, { params: { token: ticket.token }, disableBc: true });
    await waitFor(() => stock.synced, 'the stock client synced');

    for (let round = 0; round < 5; round++) {
      writeParagraph(one.doc, `一号客户端第${round + 1}段`);
      writeParagraph(two.doc, `二号客户端第${round + 1}段`);
      writeParagraph(stockDoc, `标准客户端第${round + 1}段`);
    }
    await waitFor(() => {
      const texts = [textOf(one.doc), textOf(two.doc), textOf(stockDoc)];
      return texts[0]!.split('\n').length === 15 && texts.every((t) => t === texts[0]);
    }, 'all three hold the same fifteen paragraphs');
    stock.destroy();
    one.sync.destroy();
    two.sync.destroy();
    await second.close();
  }, 60_000);
});
