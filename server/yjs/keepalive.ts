import type { WebSocket } from 'ws';

/**
 * Pings every socket each interval and terminates those that did not answer the previous ping,
 * so a peer that vanished without a FIN does not hold its room open forever.
 */
export class Keepalive {
  private readonly answered = new WeakSet<WebSocket>();
  private readonly timer: NodeJS.Timeout;

  constructor(sockets: () => Iterable<WebSocket>, intervalMs: number) {
    this.timer = setInterval(() => {
      for (const socket of sockets()) {
        if (!this.answered.has(socket)) {
          socket.terminate();
          continue;
        }
        this.answered.delete(socket);
        socket.ping();
      }
    }, intervalMs);
    this.timer.unref();
  }

  watch(socket: WebSocket): void {
    this.answered.add(socket);
    socket.on('pong', () => this.answered.add(socket));
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
