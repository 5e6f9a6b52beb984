import type { Access, Connection } from './connection';

// The stock client reconnects after any close; its token is then refused at the upgrade.
const closeAccessRevoked = 1008;

/** Applies a new decision on what each open socket may do; those left without access are disconnected. */
export function reauthorize(connections: Iterable<Connection>, decide: (userId: string) => Access | null): void {
  for (const connection of [...connections]) {
    const access = decide(connection.userId);
    // A socket being closed may still deliver what it had sent: as a reader's, its updates are refused.
    connection.access = access ?? 'read';
    if (access === null) connection.close(closeAccessRevoked, 'access revoked');
  }
}
