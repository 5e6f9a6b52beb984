import type { Logger } from 'pino';
import type { NoticeService } from './notice-service';

/**
 * Tells the people whose turn it now is, through 工作通知 from one module (公文办理, 督查督办), so
 * nothing waits unseen. Sent after the step is committed; a failed notice is logged, never undoes
 * the step.
 */
export class StepNotices {
  constructor(
    private readonly notices: NoticeService,
    private readonly source: string,
    private readonly log: Pick<Logger, 'warn'>,
  ) {}

  send(key: string, userIds: readonly string[], title: string, text: string): void {
    if (userIds.length === 0) return;
    this.notices
      .push({ clientId: key, source: this.source, to: { userIds: [...userIds], orgIds: [], conversationIds: [] }, title, text, link: null })
      .catch((error: unknown) => this.log.warn({ err: error, key, source: this.source }, 'could not send a 工作通知'));
  }
}
