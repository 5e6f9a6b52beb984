import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import { contentSecurityPolicy } from '../shell/urls';
import { serveBridge } from './bridge-socket';
import { createProfileCores, newProfileCookie, profileIdFrom } from './profiles';
import { looksLikeAsset, mimeTypeOf, resolveStaticFile } from './static-files';

export interface BrowserHostOptions {
  /** 0 = any free port. */
  port?: number;
  host?: '127.0.0.1';
  dataDir: string;
  serverUrl: string;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
}

export interface BrowserHost {
  url: string;
  close(): Promise<void>;
}

/**
 * Browser mode: serves the built renderer and the core's API over WebSocket /bridge, on the
 * loopback only. Only pages from this very origin may open the bridge.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const host = options.host ?? '127.0.0.1';
  const cores = createProfileCores({ dataDir: options.dataDir, serverUrl: options.serverUrl });
  const serverOrigin = new URL(options.serverUrl);
  const serverOrigins = [serverOrigin.origin, `${serverOrigin.protocol === 'https:' ? 'wss' : 'ws'}://${serverOrigin.host}`];
  let csp = '';
  let ownOrigins = new Set<string>();
  let ownHosts = new Set<string>();

  const server = http.createServer((req, res) => {
    if (!ownHosts.has(req.headers.host ?? '')) {
      // A page on another site that resolves its name to 127.0.0.1 (DNS rebinding) gets nothing.
      res.writeHead(421).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = new URL(req.url ?? '/', 'http://host').pathname;
    let file = resolveStaticFile(options.rendererDir, urlPath === '/' ? '/index.html' : urlPath);
    if (!file && looksLikeAsset(urlPath)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('未找到');
      return;
    }
    file ??= resolveStaticFile(options.rendererDir, '/index.html');
    if (!file) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('界面尚未构建（缺少 index.html）');
      return;
    }
    const headers: http.OutgoingHttpHeaders = {
      'content-type': mimeTypeOf(file),
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
    };
    if (file.endsWith('.html') && !profileIdFrom(req.headers.cookie)) headers['set-cookie'] = newProfileCookie().header;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });

  const bridge = new WebSocketServer({ noServer: true, maxPayload: 40 * 1024 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const refuse = (status: number) => {
      socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`);
    };
    const urlPath = new URL(req.url ?? '/', 'http://host').pathname;
    if (urlPath !== '/bridge') return refuse(404);
    if (!ownHosts.has(req.headers.host ?? '') || !ownOrigins.has(req.headers.origin ?? '')) return refuse(403);
    const profileId = profileIdFrom(req.headers.cookie);
    if (!profileId) return refuse(401);
    cores.coreFor(profileId).then(
      (core) => bridge.handleUpgrade(req, socket, head, (ws) => serveBridge(ws, core)),
      () => refuse(500),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  ownHosts = new Set([`${host}:${port}`, `localhost:${port}`]);
  ownOrigins = new Set([...ownHosts].map((h) => `http://${h}`));
  // 'self' covers ws: to the same host in CSP 3 browsers; naming the bridge keeps older ones working.
  csp = contentSecurityPolicy([...serverOrigins, ...[...ownHosts].map((h) => `ws://${h}`)]);
  fs.mkdirSync(path.resolve(options.dataDir), { recursive: true, mode: 0o700 });

  return {
    url: `http://${host}:${port}/`,
    async close() {
      for (const client of bridge.clients) client.terminate();
      bridge.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await cores.closeAll();
    },
  };
}
