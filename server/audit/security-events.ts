import type { Clock } from '../config';
import type { Writer } from '../sync/writer';
import type { AuditEntry, AuditLog } from './audit-log';

/**
 * Records security events that change nothing else (a refused download, a denied request, a
 * refused app token) in the audit log, each in a write of its own. Events that do change state
 * are appended inside the transaction that makes the change, by the service that makes it.
 */
export class SecurityEvents {
  constructor(
    private readonly writer: Writer,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async record(entry: Omit<AuditEntry, 'at'>): Promise<void> {
    await this.writer.write(() => this.audit.append({ ...entry, at: this.clock.now() }));
  }
}
