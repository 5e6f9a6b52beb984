import type { Logger } from 'pino';
import type { NoticeService } from '../notices/notice-service';

/**
 * Tells the people whose turn it now is, through 工作通知, so a 公文 never waits unseen. Sent after
 * the step is committed; a failed notice is logged, never undoes the step.
 */
export class StepNotices {
  constructor(
    private readonly notices: NoticeService,
    private readonly log: Pick<Logger, 'warn'>,
  ) {}

  send(key: string, userIds: readonly string[], title: string, text: string): void {
    if (userIds.length === 0) return;
    this.notices
      .push({ clientId: key, source: '公文办理', to: { userIds: [...userIds], orgIds: [], conversationIds: [] }, title, text, link: null })
      .catch((error: unknown) => this.log.warn({ err: error, key }, 'could not send a 公文 工作通知'));
  }
}
