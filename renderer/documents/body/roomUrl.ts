/**
 * A ticket names the room by its full address (ws://host/yjs/doc:{id}); y-websocket wants the
 * server part and the room name apart, and appends the query (the ticket) itself.
 */
export function splitRoomUrl(url: string): { serverUrl: string; room: string } {
  const withoutQuery = url.split('?')[0]!;
  const slash = withoutQuery.lastIndexOf('/');
  if (slash < 0 || slash === withoutQuery.length - 1) throw new Error(`正文协同地址不正确：${url}`);
  return { serverUrl: withoutQuery.slice(0, slash), room: withoutQuery.slice(slash + 1) };
}

/** How long to wait before the n-th consecutive retry: quick at first, then every 15 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(15_000, 1_000 * 2 ** Math.max(0, attempt));
}
