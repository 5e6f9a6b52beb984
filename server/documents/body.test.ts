/* eslint-disable @typescript-eslint/no-explicit-any -- replies are read loosely in tests */
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodyPlainText } from '../../shared/documents/body';
import type { OutgoingDocument } from '../../shared/documents/records';
import { TestServer } from '../testing/api-harness';
import { connectClient, type TestClient, waitFor, whenSynced } from '../yjs/test-clients';
import { documentsFixture, type DocumentsFixture, type Someone } from './test-fixture';

let server: TestServer;
let f: DocumentsFixture;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await TestServer.start();
  f = await documentsFixture(server);
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.stop();
});

/** A stock y-websocket client in the body's room, admitted with a ticket as the app's editor is. */
async function open(who: Someone, document: OutgoingDocument): Promise<TestClient & { access: string }> {
  const ticket = await server.call('documentTicket', { params: { id: document.id } }, who.token);
  expect(ticket.status).toBe(200);
  const client = connectClient(server.server.port, `doc:${document.id}`, ticket.body.token);
  clients.push(client);
  await whenSynced(client);
  return { ...client, access: ticket.body.access };
}

/** Appends a paragraph the way TipTap's y-prosemirror binding stores one. */
function addParagraph(client: TestClient, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const body = client.doc.getXmlFragment('default');
  body.insert(body.length, [paragraph]);
}

const textOf = (client: TestClient) =>
  client.doc
    .getXmlFragment('default')
    .toArray()
    .map((p) => (p as Y.XmlElement).toArray().map((t) => (t as Y.XmlText).toString()).join(''))
    .join('\n');

const current = async (who: Someone, id: string): Promise<OutgoingDocument> => {
  const changes = (await server.call('changes', { query: { after: 0, limit: 1000 } }, who.token)).body.changes as any[];
  return changes.filter((c) => c.entity === 'document' && c.data.id === id).at(-1)!.data;
};

it('keeps who wrote what: a reviewer sees the changes since the last step by author, restores a version, and the signed body is frozen', async () => {
  let doc = await f.draft();
  const drafter = await open(f.drafter, doc);
  expect(drafter.access).toBe('write');
  addParagraph(drafter, '各县区人民政府，市政府各部门：');
  addParagraph(drafter, '为做好今冬明春安全生产工作，现将有关事项通知如下。');
  doc = await f.act(f.drafter, doc, { kind: 'submit', reviewerId: f.clerk.person.id, opinion: '' });

  // Still readable by the drafter, writable by the reviewer whose step it is.
  const reviewer = await open(f.clerk, doc);
  expect(reviewer.access).toBe('write');
  expect(textOf(reviewer)).toBe(textOf(drafter));
  const second = reviewer.doc.getXmlFragment('default').get(1) as Y.XmlElement;
  (second.get(0) as Y.XmlText).delete(0, 2);
  addParagraph(reviewer, '请各单位认真贯彻落实。');
  await waitFor(() => textOf(drafter).includes('认真贯彻落实'));

  const [submitted] = doc.versions;
  const diff = (await server.call('documentDiff', { params: { id: doc.id }, query: { from: submitted!.id } }, f.clerk.token)).body;
  const runs = diff.blocks.flatMap((b: any) => b.runs);
  expect(runs).toContainEqual({ text: '请各单位认真贯彻落实。', change: 'added', authorId: f.clerk.person.id });
  expect(runs).toContainEqual({ text: '为做', change: 'removed', authorId: f.clerk.person.id });
  expect(diff.authorIds).toEqual([f.clerk.person.id]);

  await server.command(f.clerk.token, 'document.restoreVersion', { documentId: doc.id, versionId: submitted!.id });
  await waitFor(() => textOf(drafter) === '各县区人民政府，市政府各部门：\n为做好今冬明春安全生产工作，现将有关事项通知如下。');
  // The searchable text follows the body once edits settle.
  await waitFor(async () => (await current(f.drafter, doc.id)).bodyText.includes('今冬明春'), 10_000);

  doc = await f.act(f.clerk, await current(f.clerk, doc.id), { kind: 'approve', signerId: f.leader.person.id, countersignerIds: [], opinion: '' });
  doc = await f.act(f.leader, doc, { kind: 'sign', opinion: '同意' });
  expect(bodyPlainText(doc.signedBody!)).toBe(textOf(drafter));
  const afterSigning = await open(f.leader, doc);
  expect(afterSigning.access).toBe('read');
  addParagraph(afterSigning, '签发后偷偷加的一段');
  // The refused edit never reaches anyone else; the reviewer's still-open socket was downgraded too.
  addParagraph(reviewer, '核稿人在签发后加的一段');
  const late = await open(f.drafter, doc);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(textOf(late)).toBe(bodyPlainText(doc.signedBody!));
});

it('lets nobody outside the document open its body', async () => {
  const doc = await f.draft();
  const refused = await server.call('documentTicket', { params: { id: doc.id } }, f.outsider.token);
  expect(refused.status).toBe(404);
});
