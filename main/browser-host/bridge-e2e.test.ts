import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { BridgeMessage } from '../../shared/contract/bridge';
import { startServer, type RunningServer } from '../../server/app';
import { generateDemoOrganization } from '../../server/demo/organization';
import { BrowserHost, startBrowserHost } from './index';

/** The renderer's path into the core in browser mode, against the real server. */
describe('bridge to a real server', () => {
  const demo = generateDemoOrganization();
  const person = demo.people.find((p) => !p.roles.includes('sysadmin'))!;
  let server: RunningServer;
  let host: BrowserHost;

  beforeAll(async () => {
    server = await startServer({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'xietong-server-')), port: 0, demo: true, log: false });
    const renderer = fs.mkdtempSync(path.join(os.tmpdir(), 'xietong-renderer-'));
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>');
    host = await startBrowserHost({ port: 0, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'xietong-host-')), serverUrl: server.url, rendererDir: renderer });
  });

  afterAll(async () => {
    await host?.close();
    await server?.close();
  });

  it('signs in, reads the synced directory and receives core events over /bridge', async () => {
    const cookie = (await fetch(host.url)).headers.get('set-cookie')!.split(';')[0]!;
    const ws = new WebSocket(host.url.replace('http', 'ws') + 'bridge', { headers: { origin: host.url.replace(/\/$/, ''), cookie } });
    const messages: BridgeMessage[] = [];
    ws.on('message', (data) => messages.push(BridgeMessage.parse(JSON.parse(String(data)))));
    await new Promise((resolve) => ws.once('open', resolve));
    const call = async (id: number, channel: string, input: unknown) => {
      ws.send(JSON.stringify({ id, channel, input }));
      for (let i = 0; i < 200; i++) {
        const found = messages.find((m) => m.kind === 'result' && m.id === id);
        if (found && found.kind === 'result') return found.outcome;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`no answer to ${channel}`);
    };
    expect(await call(1, 'session.login', { username: person.username, password: 'wrong' })).toMatchObject({ ok: false });
    expect(await call(2, 'session.login', { username: person.username, password: demo.demoPassword })).toMatchObject({ ok: true, value: { id: person.id } });
    let found: unknown[] = [];
    for (let i = 0; i < 100 && found.length === 0; i++) {
      const outcome = await call(10 + i, 'directory.search', { q: person.name });
      found = outcome.ok ? (outcome.value as unknown[]) : [];
      if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(found).toContainEqual(expect.objectContaining({ id: person.id }));
    expect(messages.some((m) => m.kind === 'event' && m.event.type === 'changed')).toBe(true);
    ws.close();
  });
});
