/**
 * URL rules of the shell, free of Electron so they are unit-tested: what counts as the app's own
 * page, which links may leave for the system browser, and the Content-Security-Policy.
 */

/** The renderer is served from app://xietong/ (see protocol.ts for why not file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'xietong';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
}

/**
 * Links the system browser may open: http(s) only, with a host, no user:password@ part (a classic
 * way to disguise the real host), not absurdly long.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > 2048) return false;
  const u = parse(url);
  if (!u) return false;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (!u.hostname || u.username || u.password) return false;
  return true;
}

/**
 * The policy for every page of the app. antd writes inline styles, hence 'unsafe-inline' for
 * styles only; scripts come from the app's own files. connect-src allows only the configured
 * server (http(s) and ws(s)), which the editor reaches over y-websocket; in development that is
 * the local server on 127.0.0.1. No wildcard loopback ports: the core talks to the page over
 * IPC, and a page that could reach any local port could probe local services.
 */
export function contentSecurityPolicy(serverOrigins: string[]): string {
  const connect = ["'self'", ...serverOrigins];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${[...new Set(connect)].join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Maps a request path under app://xietong/ to a file below the renderer directory, or null. */
export function rendererFileFor(url: string): string | null {
  const u = parse(url);
  if (!u || u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const parts = path.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p === '.')) return null;
  // Client-side routes (no file extension) get the single page.
  if (parts.length === 0 || !/\.[a-z0-9]+$/i.test(parts[parts.length - 1]!)) return 'index.html';
  return parts.join('/');
}

const MIME: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  wasm: 'application/wasm',
  map: 'application/json',
  txt: 'text/plain; charset=utf-8',
};

export function mimeFor(file: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  return MIME[ext] ?? 'application/octet-stream';
}
