import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { bearerToken } from '../auth/authenticator';

/** WebSocket clients cannot always set headers (browsers), so `?token=` is accepted as well. */
export function upgradeToken(req: IncomingMessage): string | null {
  const url = new URL(req.url ?? '/', 'http://localhost');
  return url.searchParams.get('token') ?? bearerToken(req.headers.authorization);
}

export function refuseUpgrade(socket: Duplex, status: 401 | 403 | 404, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

export function clientDescription(req: IncomingMessage): string {
  const agent = String(req.headers['x-client'] ?? req.headers['user-agent'] ?? '').slice(0, 120);
  return `${req.socket.remoteAddress ?? '?'} ${agent}`.trim();
}
