import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

export type RoomRequest = { docId: string; token: string | null } | { status: 400 | 404 };

const roomPath = '/yjs/';
const docIdPattern = /^[A-Za-z0-9:_.-]{1,200}$/;

/** Reads `/yjs/{docId}?token=…`, the URL a stock y-websocket client builds from server URL, room name and params. */
export function parseRoomRequest(requestUrl: string | undefined): RoomRequest {
  const url = new URL(requestUrl ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(roomPath)) return { status: 404 };
  let docId: string;
  try {
    docId = decodeURIComponent(url.pathname.slice(roomPath.length));
  } catch {
    return { status: 400 };
  }
  if (!docIdPattern.test(docId)) return { status: 400 };
  return { docId, token: url.searchParams.get('token') || null };
}

/** Answers an upgrade request with a plain HTTP error instead of switching protocols. */
export function rejectUpgrade(socket: Duplex, status: number): void {
  const text = STATUS_CODES[status] ?? 'Error';
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
  );
}
