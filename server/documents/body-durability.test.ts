/* eslint-disable @typescript-eslint/no-explicit-any -- replies are read loosely in tests */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newId } from '../../shared/ids';
import { freePortBase, serverProcess } from '../../tests/e2e/processes';
import { connectClient, type TestClient, whenSynced } from '../yjs/test-clients';

const dir = mkdtempSync(join(tmpdir(), 'xt-body-durability-'));
// The real server (demo organisation, templates and seals) as one plain node process we can kill.
const server = serverProcess(freePortBase(), dir);
const clients: TestClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.stop('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function post(url: string, path: string, body: unknown, token?: string): Promise<any> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const reply = await res.json();
  if (res.status !== 200) throw new Error(`${path}: ${JSON.stringify(reply)}`);
  return reply;
}

function paragraphs(client: TestClient): string[] {
  return client.doc
    .getXmlFragment('default')
    .toArray()
    .map((p) => (p as Y.XmlElement).toArray().map((t) => (t as Y.XmlText).toString()).join(''));
}

it('loses no body update another editor has seen when the server is killed mid-drafting', async () => {
  await server.start();
  const url = server.url;
  const port = Number(new URL(url).port);
  const { token } = await post(url, '/api/v1/auth/login', { username: 'liuhongliang', password: 'Xietong@2026' });
  const tree = (await (await fetch(`${url}/api/v1/directory/tree`, { headers: { authorization: `Bearer ${token}` } })).json()) as any;
  const unitId = tree.orgs.find((o: any) => o.name === '市政府办公室').id;
  const documentId = newId();
  await post(url, '/api/v1/commands', { id: newId(), type: 'document.create', input: { id: documentId, unitId, templateId: null, fields: { type: '通知', direction: '下行文', title: '断电测试' } } }, token);
  const ticket = async (url: string) => (await post(url, `/api/v1/documents/${documentId}/ticket`, undefined, token)).token as string;
  const writer = connectClient(port, `doc:${documentId}`, await ticket(url));
  const observer = connectClient(port, `doc:${documentId}`, await ticket(url));
  clients.push(writer, observer);
  await Promise.all([whenSynced(writer), whenSynced(observer)]);

  const body = writer.doc.getXmlFragment('default');
  for (let burst = 0; burst < 30; burst++) {
    for (let i = 0; i < 5; i++) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`第${burst * 5 + i + 1}段：做好冬季安全生产工作。`)]);
      body.insert(body.length, [paragraph]);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const expected = paragraphs(writer);
  let killed: Promise<void> | null = null;
  const killWhenSeen = () => {
    if (paragraphs(observer).length === expected.length) killed ??= server.stop('SIGKILL');
  };
  observer.doc.on('update', killWhenSeen);
  killWhenSeen();
  await expect.poll(() => killed !== null).toBe(true);
  await killed;
  expect(paragraphs(observer)).toEqual(expected);
  // Reconnecting clients would push their copies back and hide a loss: they go first.
  for (const gone of clients.splice(0)) gone.destroy();

  await server.start();
  const reader = connectClient(port, `doc:${documentId}`, await ticket(url));
  clients.push(reader);
  await whenSynced(reader);
  expect(paragraphs(reader)).toEqual(expected);
}, 60_000);
