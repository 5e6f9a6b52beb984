import type { Logger } from 'pino';
import type { NoticeService } from './notice-service';

/** A 工作通知 title holds 100 characters; a long 事项 or 节点 name is cut rather than refused. */
const titleLimit = 100;
const fitTitle = (title: string): string => ([...title].length > titleLimit ? `${[...title].slice(0, titleLimit - 1).join('')}…` : title);

/**
 * Tells the people whose turn it now is, through 工作通知 from one module (公文办理, 督查督办), so
 * nothing waits unseen.
 */
export class StepNotices {
  constructor(
    private readonly notices: NoticeService,
    private readonly source: string,
    private readonly log: Pick<Logger, 'warn'>,
  ) {}

  /** Sends once per key: a repeat with the same key (after a crash, say) sends nothing again. */
  async deliver(key: string, userIds: readonly string[], title: string, text: string): Promise<void> {
    if (userIds.length === 0) return;
    await this.notices.push({ clientId: key, source: this.source, to: { userIds: [...userIds], orgIds: [], conversationIds: [] }, title: fitTitle(title), text, link: null });
  }

  /** For notices sent after a step is committed: a failed one is logged, never undoes the step. */
  send(key: string, userIds: readonly string[], title: string, text: string): void {
    this.deliver(key, userIds, title, text).catch((error: unknown) => this.log.warn({ err: error, key, source: this.source }, 'could not send a 工作通知'));
  }
}
