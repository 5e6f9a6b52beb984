import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { TestServer } from './testing/api-harness';
import { resolveDocumentAccess, type DocumentAccessResolver } from './yjs-access';

/** Opens a room socket and reports the HTTP outcome of the upgrade. */
function openRoom(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', reject);
  });
}

describe('Yjs room access', () => {
  let t: TestServer;
  let userId = '';
  const resolvers: DocumentAccessResolver[] = [
    { prefix: 'doc:', access: (uid, docId) => (uid === userId && docId === 'doc:mine' ? 'write' : null) },
    { prefix: 'doc:public:', access: () => 'read' },
  ];

  beforeEach(async () => {
    t = await TestServer.start({ documentAccess: resolvers });
  });
  afterEach(async () => {
    await t.stop();
  });

  it('admits a token only to documents a resolver grants, and nobody to documents no resolver claims', async () => {
    const a = await t.person('zhangsan', '张三');
    userId = a.person.id;
    const base = t.server.url.replace('http', 'ws');
    expect(await openRoom(`${base}/yjs/doc:mine?token=${a.token}`)).toBe(101);
    expect(await openRoom(`${base}/yjs/doc:public:notes?token=${a.token}`)).toBe(101);
    expect(await openRoom(`${base}/yjs/doc:theirs?token=${a.token}`)).toBe(403);
    expect(await openRoom(`${base}/yjs/minutes:1?token=${a.token}`)).toBe(403);
    expect(await openRoom(`${base}/yjs/doc:mine?token=forged`)).toBe(403);
    expect(await openRoom(`${base}/yjs/doc:mine`)).toBe(401);
    expect(await openRoom(`${base}/elsewhere?token=${a.token}`)).toBe(404);
    // A signed-in person refused a document is in the audit log; an unknown token has nobody to name.
    const refused = t.server.db
      .prepare("SELECT actor_id AS actorId, target FROM audit_log WHERE action = 'document.accessRefused' ORDER BY seq")
      .all();
    expect(refused).toEqual([
      { actorId: a.person.id, target: 'doc:theirs' },
      { actorId: a.person.id, target: 'minutes:1' },
    ]);
  });

  it('lets the most specific prefix decide', () => {
    expect(resolveDocumentAccess(resolvers, 'someone', 'doc:public:x')).toBe('read');
    expect(resolveDocumentAccess(resolvers, 'someone', 'doc:x')).toBeNull();
    expect(resolveDocumentAccess([], 'someone', 'doc:x')).toBeNull();
  });
});
