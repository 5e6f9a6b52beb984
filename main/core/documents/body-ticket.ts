import type { BodyTicket } from '../../../shared/documents/api-types';
import type { ApiClient } from '../http/api-client';

/**
 * The body's Yjs room as a stock y-websocket client names it: server URL + "/yjs/" + room name,
 * the room being "doc:<id>" (see server/yjs/room-request.ts). The renderer adds ?token=.
 */
export function bodyRoomUrl(serverUrl: string, documentId: string): string {
  return `${serverUrl.replace(/^http/, 'ws')}/yjs/doc:${documentId}`;
}

/** Online only: the server issues the ticket, so offline this fails with AppError 'offline'. */
export async function bodyTicket(http: ApiClient, documentId: string): Promise<BodyTicket & { url: string }> {
  const ticket = await http.call('documentTicket', { params: { id: documentId } });
  return { ...ticket, url: bodyRoomUrl(http.serverUrl, documentId) };
}
