import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { VersionDiff } from '../../shared/documents/api-types';
import { bodyFragmentName, bodyFromFragment, bodyPlainText } from '../../shared/documents/body';
import { encodeUpdate } from './protocol';
import { connectClient, type TestClient, waitFor, whenSynced } from './test-clients';
import { startYjsTestServer, type YjsTestServer, type YjsTestServerOptions } from './test-harness';

// 痕迹保留 end to end: stock y-websocket clients edit a TipTap-shaped body (paragraph elements
// holding XmlText, as y-tiptap writes them) through the real rooms and SQLite store. Tokens w1
// and w2 are the users "w1" and "w2"; r1 reads.

const docId = 'doc:tracked';
let dir: string;
let server: YjsTestServer | undefined;
const clients: TestClient[] = [];
const warnings: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yjs-history-'));
  warnings.length = 0;
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.stop();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: YjsTestServerOptions = {}): Promise<YjsTestServer> {
  server = await startYjsTestServer(join(dir, 'xietong.db'), {
    idleUnloadMs: 50,
    keepHistory: (id) => id.startsWith('doc:'),
    logger: { warn: (_details, message) => warnings.push(message), error: (_details, message) => warnings.push(message) },
    ...options,
  });
  return server;
}

async function editor(token: string): Promise<TestClient> {
  const client = connectClient(server!.port, docId, token);
  clients.push(client);
  await whenSynced(client);
  return client;
}

const bodyOf = (client: TestClient) => client.doc.getXmlFragment(bodyFragmentName);
const textOf = (client: TestClient) => bodyPlainText(bodyFromFragment(bodyOf(client)));
const serverText = () => server!.rooms.bodies.bodyText(docId);

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  content.insert(0, text);
  element.insert(0, [content]);
  return element;
}

/** The XmlText of the n-th paragraph. */
const runOf = (client: TestClient, index: number) => (bodyOf(client).get(index) as Y.XmlElement).get(0) as Y.XmlText;

/** Drafts v1 (by w1, with an addition by w2), then edits it: w1 adds a paragraph, w2 deletes "请遵照". */
async function draftAndEdit(): Promise<{ a: TestClient; b: TestClient; v1: Uint8Array; v1Text: string }> {
  const a = await editor('w1');
  bodyOf(a).insert(0, [paragraph('第一段：通知内容。'), paragraph('第二段：请遵照执行。')]);
  const b = await editor('w2');
  await waitFor(() => bodyOf(b).length === 2);
  runOf(b, 0).insert('第一段：通知内容。'.length, '（补充）');
  const v1Text = '第一段：通知内容。（补充）\n第二段：请遵照执行。';
  await waitFor(async () => (await serverText()) === v1Text);
  const v1 = await server!.rooms.bodies.snapshot(docId);

  bodyOf(a).insert(2, [paragraph('第三段：新增要求。')]);
  runOf(b, 1).delete('第二段：'.length, '请遵照'.length);
  await waitFor(async () => (await serverText()) === '第一段：通知内容。（补充）\n第二段：执行。\n第三段：新增要求。');
  return { a, b, v1, v1Text };
}

const sinceV1: VersionDiff = {
  blocks: [
    { type: 'paragraph', runs: [{ text: '第一段：通知内容。（补充）', change: null, authorId: null }] },
    {
      type: 'paragraph',
      runs: [
        { text: '第二段：', change: null, authorId: null },
        { text: '请遵照', change: 'removed', authorId: 'w2' },
        { text: '执行。', change: null, authorId: null },
      ],
    },
    { type: 'paragraph', runs: [{ text: '第三段：新增要求。', change: 'added', authorId: 'w1' }] },
  ],
  authorIds: ['w2', 'w1'],
};

describe('tracked changes in 公文 bodies', () => {
  it('shows who added and who removed what since a version, and from the start', async () => {
    await start();
    const { v1 } = await draftAndEdit();
    const { bodies } = server!.rooms;
    expect(await bodies.diff(docId, v1, null)).toEqual(sinceV1);
    expect(await bodies.diff(docId, null, v1)).toEqual({
      blocks: [
        {
          type: 'paragraph',
          runs: [
            { text: '第一段：通知内容。', change: 'added', authorId: 'w1' },
            { text: '（补充）', change: 'added', authorId: 'w2' },
          ],
        },
        { type: 'paragraph', runs: [{ text: '第二段：请遵照执行。', change: 'added', authorId: 'w1' }] },
      ],
      authorIds: ['w1', 'w2'],
    });
    expect(await bodies.bodyJson(docId)).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '第一段：通知内容。（补充）' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '第二段：执行。' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '第三段：新增要求。' }] },
      ],
    });
  });

  it('restores an earlier version as a new edit by the person restoring, sent to every editor', async () => {
    await start();
    const { a, b, v1, v1Text } = await draftAndEdit();
    const { bodies } = server!.rooms;
    const beforeRestore = await bodies.snapshot(docId);
    await bodies.restore(docId, v1, 'r1');
    expect(await serverText()).toBe(v1Text);
    await waitFor(() => textOf(a) === v1Text && textOf(b) === v1Text);
    expect(await bodies.diff(docId, beforeRestore, null)).toEqual({
      blocks: [
        { type: 'paragraph', runs: [{ text: '第一段：通知内容。（补充）', change: null, authorId: null }] },
        {
          type: 'paragraph',
          runs: [
            { text: '第二段：', change: null, authorId: null },
            { text: '请遵照', change: 'added', authorId: 'r1' },
            { text: '执行。', change: null, authorId: null },
          ],
        },
        { type: 'paragraph', runs: [{ text: '第三段：新增要求。', change: 'removed', authorId: 'r1' }] },
      ],
      authorIds: ['r1'],
    });
    // Text written again as it was reads as unchanged.
    expect(await bodies.diff(docId, v1, null)).toEqual({
      blocks: [
        { type: 'paragraph', runs: [{ text: '第一段：通知内容。（补充）', change: null, authorId: null }] },
        { type: 'paragraph', runs: [{ text: '第二段：请遵照执行。', change: null, authorId: null }] },
      ],
      authorIds: [],
    });
    // Restoring the version the body already equals changes nothing.
    const afterRestore = await bodies.snapshot(docId);
    await bodies.restore(docId, v1, 'r1');
    expect(await bodies.snapshot(docId)).toEqual(afterRestore);
    // Editing goes on from the restored text.
    runOf(a, 1).insert(0, '（续）');
    await waitFor(() => textOf(b) === '第一段：通知内容。（补充）\n（续）第二段：请遵照执行。');
  });

  it("refuses an update written under another user's client id", async () => {
    const { store } = await start();
    const a = await editor('w1');
    bodyOf(a).insert(0, [paragraph('甲的文字')]);
    await waitFor(async () => (await serverText()) === '甲的文字');
    // User w2 writes under w1's client id. (A stock client cannot be made to: Yjs picks a new id
    // as soon as it receives structs under its own.)
    const forgerDoc = new Y.Doc();
    Y.applyUpdate(forgerDoc, Y.encodeStateAsUpdate(a.doc));
    forgerDoc.clientID = a.doc.clientID;
    let forged: Uint8Array | undefined;
    forgerDoc.on('update', (update: Uint8Array) => (forged = update));
    forgerDoc.getXmlFragment(bodyFragmentName).insert(1, [paragraph('冒名的文字')]);
    const forger = new WebSocket(`ws://127.0.0.1:${server!.port}/yjs/${docId}?token=w2`);
    await new Promise((resolve) => forger.once('open', resolve));
    forger.send(encodeUpdate(forged!));
    await waitFor(() => warnings.includes("refused a document update written under another user's Yjs client id"));
    // w2 under its own client id is still welcome.
    const b = await editor('w2');
    runOf(b, 0).insert(0, '乙：');
    await waitFor(async () => (await serverText()) === '乙：甲的文字');
    forger.close();
    expect(textOf(a)).toBe('乙：甲的文字');
    const stored = new Y.Doc();
    for (const update of (await store.load(docId)).updates) Y.applyUpdate(stored, update);
    expect(bodyPlainText(bodyFromFragment(stored.getXmlFragment(bodyFragmentName)))).toBe('乙：甲的文字');
  });

  it('keeps deleted text and its attribution through compaction and a restart', async () => {
    await start({ compactAfterUpdates: 1 });
    const { v1 } = await draftAndEdit();
    for (const client of clients.splice(0)) client.destroy();
    await server!.stop();
    const db = (await start({ compactAfterUpdates: 1 })).db;
    expect(db.prepare('SELECT count(*) AS n FROM yjs_snapshots').get()).toEqual({ n: 1 });
    expect((db.prepare('SELECT count(*) AS n FROM yjs_updates').get() as { n: number }).n).toBeLessThanOrEqual(1);
    expect(await server!.rooms.bodies.diff(docId, v1, null)).toEqual(sinceV1);
    // The restarted server still knows w1 owns its client id.
    const a = await editor('w1');
    runOf(a, 2).insert(0, '（甲）');
    await waitFor(async () => (await serverText()).endsWith('（甲）第三段：新增要求。'));
    const diff = await server!.rooms.bodies.diff(docId, v1, null);
    expect(diff.blocks[2]!.runs).toEqual([{ text: '（甲）第三段：新增要求。', change: 'added', authorId: 'w1' }]);
  });

  it('turns writers into readers and disconnects those who lose access', async () => {
    await start();
    const a = await editor('w1');
    const b = await editor('w2');
    bodyOf(a).insert(0, [paragraph('签发稿')]);
    await waitFor(async () => (await serverText()) === '签发稿');
    const closed: number[] = [];
    b.provider.on('connection-close', (event) => closed.push(event?.code ?? 0));
    await server!.rooms.bodies.setAccess(docId, (userId) => (userId === 'w1' ? 'read' : null));
    await waitFor(() => closed.includes(1008));
    runOf(a, 0).insert(0, '改动');
    await waitFor(() => warnings.includes('refused a document update from a read-only connection'));
    expect(await serverText()).toBe('签发稿');
  });

  it('says a body changed once its edits settle', async () => {
    await start({ settleMs: 100 });
    const settled: string[] = [];
    server!.rooms.bodies.onBodyChanged((id) => {
      settled.push(id);
    });
    const a = await editor('w1');
    bodyOf(a).insert(0, [paragraph('一')]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    runOf(a, 0).insert(1, '二');
    await waitFor(() => settled.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(settled).toEqual([docId]);
    expect(await serverText()).toBe('一二');
  });

  it('refuses versions of other documents, documents without history, and calls after closing', async () => {
    await start();
    await draftAndEdit();
    const other = new Y.Doc();
    other.getText('x').insert(0, 'x');
    await expect(server!.rooms.bodies.diff(docId, Y.encodeSnapshot(Y.snapshot(other)), null)).rejects.toThrow(/not one of this document/);
    await expect(server!.rooms.bodies.snapshot('minutes:1')).rejects.toThrow(/not a document whose history is kept/);
    // Once the rooms are closed, nothing loads a document again.
    const { bodies } = server!.rooms;
    await server!.stop();
    server = undefined;
    await expect(bodies.snapshot(docId)).rejects.toThrow(/closed/);
  });
});
