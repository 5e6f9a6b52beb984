import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../shared/errors';
import { routes } from '../../shared/http/routes';
import { newId } from '../../shared/ids';
import type { Conversation } from '../../shared/messages/schemas';
import { TestServer } from '../testing/api-harness';

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('HTTP boundary', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await TestServer.start({ config: { uploadLimitBytes: 64 * 1024, maxJsonBodyBytes: 16 * 1024 } });
  });
  afterEach(async () => {
    await t.stop();
  });

  it('rejects unknown fields with 400 and says where', async () => {
    const reply = await t.call('login', { body: { username: 'admin', password: 'x', remember: true } });
    expect(reply.status).toBe(400);
    expect(ErrorBody.parse(reply.body).error.issues).toEqual([expect.objectContaining({ path: '(root)' })]);
    expect(reply.body.error.issues[0].message).toMatch(/remember/);
    const query = await t.call('changes', { query: { after: 0, extra: 1 } }, t.admin.token);
    expect(query.status).toBe(400);
    const command = await t.tryCommand(t.admin.token, 'org.create', { id: newId(), parentId: null, name: '单位', kind: 'unit', colour: 'red' });
    expect(command.status).toBe(400);
  });

  it('answers malformed JSON with 400, an unknown route with 404, both as JSON', async () => {
    const malformed = await t.raw('POST', '/api/v1/auth/login', '{"username": ');
    expect(malformed).toEqual({ status: 400, body: { error: { code: 'bad_request', message: '请求体不是合法的 JSON' } } });
    const unknown = await t.raw('GET', '/api/v1/nothing-here');
    expect(unknown.status).toBe(404);
    expect(ErrorBody.parse(unknown.body).error.code).toBe('not_found');
  });

  it('refuses a body over the JSON limit with 413', async () => {
    const big = JSON.stringify({ username: 'admin', password: 'x'.repeat(20 * 1024) });
    const reply = await t.raw('POST', '/api/v1/auth/login', big);
    expect(reply.status).toBe(413);
    expect(reply.body.error).toEqual({ code: 'too_large', message: '请求体超过 16 KB 的上限' });
    expect((await t.call('me', {}, t.admin.token)).status).toBe(200);
  });

  it('requires a valid bearer token', async () => {
    expect((await t.call('me')).status).toBe(401);
    expect((await t.call('me', {}, 'xts_forged')).status).toBe(401);
  });

  it('survives garbage: every route, random bodies, paths and headers, and still serves afterwards', async () => {
    const samples = [
      '',
      'null',
      '[]',
      '"x"',
      '{"__proto__":{"admin":true}}',
      '{"a":' + '['.repeat(5000),
      '\u0000\uffff',
      JSON.stringify({ id: 1, type: 'message.send', input: { conversationId: 'x' } }),
      JSON.stringify({ id: 'abcdefgh', type: 'nope', input: null }),
      JSON.stringify({ id: 'abcdefgh', type: 'org.update', input: { id: newId(), parentId: 12 } }),
    ];
    const statuses = new Set<number>();
    // Logging out would end the admin session the rest of the loop uses.
    for (const spec of Object.values(routes).filter((r) => r !== routes.logout)) {
      const path = spec.path.replace(/\{\w+\}/g, () => (Math.random() < 0.5 ? '%E0%A4%A' : newId()));
      for (const body of samples) {
        for (const token of [undefined, t.admin.token]) {
          const reply = await t.raw(spec.method, path + (Math.random() < 0.3 ? '?limit=-1&q=%ZZ' : ''), spec.method === 'GET' ? undefined : body, token);
          statuses.add(reply.status);
          expect(reply.status).toBeLessThan(500);
          if (reply.status >= 400) expect(ErrorBody.safeParse(reply.body).success).toBe(true);
        }
      }
    }
    for (let i = 0; i < 50; i++) {
      const reply = await t.raw('POST', '/api/v1/commands', randomBytes(1 + (i % 40)).toString('latin1'), t.admin.token);
      expect([400, 413]).toContain(reply.status);
    }
    expect((await t.call('me', {}, t.admin.token)).status).toBe(200);
  });

  it('serves OpenAPI 3.1 generated from the route table, with every route', async () => {
    const reply = await t.raw('GET', '/api/v1/openapi.json');
    expect(reply.status).toBe(200);
    expect(reply.body.openapi).toBe('3.1.0');
    for (const [name, spec] of Object.entries(routes)) {
      const operation = reply.body.paths[spec.path]?.[spec.method.toLowerCase()];
      expect(operation, name).toBeDefined();
      expect(operation.operationId).toBe(name);
    }
    expect(reply.body.components.securitySchemes.sessionToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(reply.body.paths['/api/v1/auth/login'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('username');
    expect(reply.body.paths['/api/v1/sync/changes'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['after', 'limit']);
  });

  describe('files', () => {
    const upload = (token: string, data: Buffer, hash = sha(data), name = encodeURIComponent('会议纪要.pdf')) =>
      t.raw('PUT', `/api/v1/files/${hash}`, data, token, { 'content-type': 'application/pdf', 'x-file-name': name });

    it('stores an upload under its hash and lets only the uploader and members of a conversation that references it download it', async () => {
      const a = await t.person('zhangsan', '张三');
      const b = await t.person('lisi', '李四');
      const c = await t.person('wangwu', '王五');
      const data = randomBytes(10_000);
      const ref = await upload(a.token, data);
      expect(ref).toEqual({ status: 200, body: { id: sha(data), name: '会议纪要.pdf', size: 10_000, mime: 'application/pdf' } });
      const download = (token: string) => fetch(`${t.server.url}/api/v1/files/${sha(data)}`, { headers: { authorization: `Bearer ${token}` } });
      expect((await download(b.token)).status).toBe(404);
      const chat = (await t.call<Conversation>('createConversation', { body: { clientId: newId(), kind: 'direct', memberIds: [b.person.id] } }, a.token)).body;
      const sent = await t.call('sendMessage', { params: { id: chat.id }, body: { clientId: newId(), file: ref.body } }, a.token);
      expect(sent.body).toMatchObject({ kind: 'file', file: ref.body });
      const got = await download(b.token);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-disposition')).toContain(encodeURIComponent('会议纪要.pdf'));
      expect(Buffer.from(await got.arrayBuffer()).equals(data)).toBe(true);
      expect((await download(c.token)).status).toBe(404);
    });

    it('refuses a body whose hash does not match, and a file over the limit with the limit in the message', async () => {
      const data = randomBytes(1000);
      const mismatch = await upload(t.admin.token, data, sha(Buffer.from('other')));
      expect(mismatch.status).toBe(400);
      const tooBig = await upload(t.admin.token, randomBytes(64 * 1024 + 1));
      expect(tooBig.status).toBe(413);
      expect(tooBig.body.error.message).toBe('文件超过 64 KB 的上传上限，无法上传');
      const chunked = await fetch(`${t.server.url}/api/v1/files/${sha(Buffer.alloc(70_000))}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${t.admin.token}`, 'x-file-name': 'a.bin' },
        body: new ReadableStream({
          start(controller) {
            for (let i = 0; i < 7; i++) controller.enqueue(new Uint8Array(10_000));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      expect(chunked.status).toBe(413);
      expect((await t.call('me', {}, t.admin.token)).status).toBe(200);
    });
  });
});
