import type WebSocket from 'ws';
import { BridgeMessage, BridgeRequest } from '../../shared/contract/bridge';
import type { Core } from '../core/core';
import { dispatch } from '../core/dispatch';

/** One renderer tab: its requests go through dispatch(), and it receives every core event. */
export function serveBridge(socket: WebSocket, core: Core): void {
  const post = (message: BridgeMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  const unsubscribe = core.onEvent((event) => post({ kind: 'event', event }));
  socket.on('close', unsubscribe);
  socket.on('message', (data, isBinary) => {
    if (isBinary) return;
    let json: unknown;
    try {
      json = JSON.parse(String(data));
    } catch {
      return;
    }
    const request = BridgeRequest.safeParse(json);
    if (!request.success) {
      const id = (json as { id?: unknown } | null)?.id;
      if (typeof id === 'number' && Number.isInteger(id)) {
        post({ kind: 'result', id, outcome: { ok: false, error: { code: 'bad_request', message: '请求格式不正确' } } });
      }
      return;
    }
    void dispatch(core.handlers, request.data.channel, request.data.input).then((outcome) =>
      post({ kind: 'result', id: request.data.id, outcome }),
    );
  });
}
