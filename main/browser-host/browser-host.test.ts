import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { BridgeMessage } from '../../shared/contract/bridge';
import { BrowserHost, startBrowserHost } from './index';

const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'xietong-host-'));

function rendererDir(): string {
  const dir = temp();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>协同办公</title>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(temp(), 'secret.txt'), 'no');
  return dir;
}

let host: BrowserHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(dataDir = temp(), renderer = rendererDir()) {
  host = await startBrowserHost({ port: 0, dataDir, serverUrl: 'http://127.0.0.1:9', rendererDir: renderer });
  return host;
}

function openBridge(url: string, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url.replace('http', 'ws') + 'bridge', { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(String(res.statusCode))));
    ws.once('error', reject);
  });
}

function call(ws: WebSocket, id: number, channel: string, input: unknown): Promise<BridgeMessage> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = BridgeMessage.parse(JSON.parse(String(data)));
      if (message.kind === 'result' && message.id === id) {
        ws.off('message', onMessage);
        resolve(message);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ id, channel, input }));
  });
}

describe('browser host', () => {
  it('serves the renderer with MIME types, CSP, a profile cookie and SPA fallback', async () => {
    const { url } = await start();
    const page = await fetch(url);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('set-cookie')).toMatch(/^xietong_profile=[0-9a-f]{32}; Path=\/; HttpOnly; SameSite=Strict/);
    expect((await fetch(url + 'assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await (await fetch(url + 'chat/some-route')).text()).toContain('协同办公');
    expect((await fetch(url + 'assets/missing.js')).status).toBe(404);
  });

  it('never serves files outside the renderer directory', async () => {
    const { url } = await start();
    for (const attempt of ['..%2f..%2fetc%2fpasswd', '%2e%2e/%2e%2e/etc/passwd', '..%5c..%5cetc%5cpasswd']) {
      const body = await (await fetch(url + attempt)).text();
      expect(body).not.toContain('root:');
    }
  });

  it('refuses bridge connections from other origins or without a profile', async () => {
    const { url } = await start();
    const origin = url.replace(/\/$/, '');
    const cookie = (await fetch(url)).headers.get('set-cookie')!.split(';')[0]!;
    await expect(openBridge(url, { origin: 'http://evil.example', cookie })).rejects.toThrow('403');
    await expect(openBridge(url, { origin })).rejects.toThrow('401');
    const ws = await openBridge(url, { origin, cookie });
    const result = await call(ws, 1, 'session.state', {});
    expect(result).toMatchObject({ kind: 'result', id: 1, outcome: { ok: true, value: { user: null, online: false } } });
    expect(await call(ws, 2, 'nope.nothing', {})).toMatchObject({ outcome: { ok: false, error: { code: 'bad_request' } } });
    expect(await call(ws, 3, 'chat.conversations', {})).toMatchObject({ outcome: { ok: false, error: { code: 'unauthenticated' } } });
    ws.close();
  });

  it('gives each profile its own data directory', async () => {
    const dataDir = temp();
    const { url } = await start(dataDir);
    const origin = url.replace(/\/$/, '');
    for (const page of [await fetch(url), await fetch(url)]) {
      const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
      const ws = await openBridge(url, { origin, cookie });
      await call(ws, 1, 'session.state', {});
      ws.close();
    }
    expect(fs.readdirSync(path.join(dataDir, 'profiles'))).toHaveLength(2);
  });

  it('brings back the same profile after the host restarts', async () => {
    const dataDir = temp();
    const renderer = rendererDir();
    const first = await start(dataDir, renderer);
    const cookie = (await fetch(first.url)).headers.get('set-cookie')!.split(';')[0]!;
    const ws = await openBridge(first.url, { origin: first.url.replace(/\/$/, ''), cookie });
    await call(ws, 1, 'session.state', {});
    await first.close();
    const second = await start(dataDir, renderer);
    const page = await fetch(second.url, { headers: { cookie } });
    expect(page.headers.get('set-cookie')).toBeNull();
    const again = await openBridge(second.url, { origin: second.url.replace(/\/$/, ''), cookie });
    await call(again, 1, 'session.state', {});
    again.close();
    expect(fs.readdirSync(path.join(dataDir, 'profiles'))).toEqual([cookie.split('=')[1]]);
  });
});
