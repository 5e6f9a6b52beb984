import type { Logger } from 'pino';
import { formatChineseDate, isoDateInChina } from '../../shared/documents/dates';
import type { Clock } from '../config';
import type { NoticeService } from '../notices/notice-service';
import type { Writer } from '../sync/writer';
import type { DocumentStore } from './document-store';

/**
 * Finds 承办 items past their deadline and tells the people responsible, once: the notice's
 * clientId makes a repeat after a crash a no-op, and the item is marked so later passes skip it.
 */
export class OverdueScanner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly deps: { store: DocumentStore; notices: NoticeService; writer: Writer; clock: Clock; log: Pick<Logger, 'warn'> },
  ) {}

  start(intervalMs = 60_000): void {
    this.timer = setInterval(() => void this.scan(), intervalMs);
    this.timer.unref();
    void this.scan();
  }

  /** One pass; resolves to how many items were flagged. Passes never overlap. */
  scan(): Promise<number> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async pass(): Promise<number> {
    const { store, notices, writer, clock, log } = this.deps;
    const now = clock.now();
    let flagged = 0;
    for (const item of store.overdueIncoming(now)) {
      try {
        const due = formatChineseDate(isoDateInChina(item.dueAt!));
        const to = [...new Set([...item.workflow.handlerIds, ...(item.workflow.leaderId ? [item.workflow.leaderId] : [])])];
        await notices.push({
          clientId: `in:${item.id}:overdue`,
          source: '公文办理',
          to: { userIds: to, orgIds: [], conversationIds: [] },
          title: '收文办理已超期',
          text: `《${item.fields.title || '（无标题）'}》（${item.registerNumber ?? ''}）办理期限为${due}，现已超期，请尽快办结。`,
          link: null,
        });
        await writer.write((scope) => {
          const current = store.incoming(item.id);
          if (current && current.overdueNotifiedAt === null) store.saveIncoming(scope, { ...current, overdueNotifiedAt: now, updatedAt: now });
        });
        flagged++;
      } catch (error) {
        log.warn({ err: error, incomingId: item.id }, 'could not flag an overdue 收文');
      }
    }
    return flagged;
  }
}
