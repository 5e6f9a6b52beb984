import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME, mimeFor, rendererFileFor } from './urls';

/**
 * Serves the built renderer from app://xietong/ instead of file://.
 * Why: a file:// page has an opaque origin, so CSP 'self' means little, any file on disk is the
 * same "origin", and Vite's absolute /assets/ paths break. A privileged standard scheme gives the
 * app a real origin, confines reads to dist/renderer (rendererFileFor refuses '..'), and lets us
 * attach the CSP header to every response ourselves. Electron's security checklist recommends it.
 */
export function registerAppScheme(): void {
  // Must run before app 'ready'.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string, csp: () => string): void {
  const root = resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const rel = rendererFileFor(request.url);
    if (rel === null || request.method !== 'GET') return new Response('Not found', { status: 404 });
    const file = resolve(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) return new Response('Forbidden', { status: 403 });
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        headers: {
          'Content-Type': mimeFor(rel),
          'Content-Security-Policy': csp(),
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
