import { WebSocket } from 'ws';

export type Access = 'read' | 'write';

/** One client socket in one room, with what it may do and which awareness states it owns. */
export class Connection {
  /**
   * Awareness client ids this socket introduced: only it may set or remove their states, and they
   * are removed for everyone when it leaves.
   */
  readonly awarenessClients = new Set<number>();
  refusedUpdates = 0;
  /** Awareness entries it sent for other sockets' client ids, dropped. */
  forgedAwareness = 0;

  constructor(
    readonly socket: WebSocket,
    /** Changes when the document's access is re-decided while the socket is open (a document is signed). */
    public access: Access,
    /** Who the socket's token belongs to: the author of everything it writes. */
    readonly userId: string,
  ) {}

  send(message: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(message);
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }
}
