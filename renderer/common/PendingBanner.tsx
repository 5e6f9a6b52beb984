import { Alert, Button, Space } from 'antd';
import type { PendingChange } from '../../shared/sync/pending-change';
import { useApi } from '../api/context';
import { useAction } from './useAction';

/**
 * My change to this record (a 公文, a 督办事项) still in the outbox: 待同步 while it waits for the
 * server, or refused with the server's reason, to retry or discard. A queued action does not move
 * the record, so without this the page would look as if nothing had happened.
 */
export function PendingBanner({ pending, record, testId }: { pending: PendingChange | null; record: string; testId: string }) {
  const api = useApi();
  const run = useAction();
  if (!pending) return null;
  if (pending.status === 'pending') {
    return <Alert type="info" showIcon title={`待同步：${pending.summary}`} description={`网络恢复后自动提交；若${record}已被他人推进到其他环节，将被退回并说明原因。`} data-testid={testId} data-status="pending" />;
  }
  return (
    <Alert
      type="error"
      showIcon
      title={`未能提交：${pending.summary}`}
      description={pending.reason}
      data-testid={testId}
      data-status="rejected"
      action={
        <Space orientation="vertical">
          <Button size="small" onClick={() => void run('已重新提交', () => api.outbox.retry({ id: pending.outboxId }))} data-testid={`${testId}-retry`}>
            重试
          </Button>
          <Button size="small" danger onClick={() => void run('已放弃', () => api.outbox.discard({ id: pending.outboxId }))} data-testid={`${testId}-discard`}>
            放弃
          </Button>
        </Space>
      }
    />
  );
}
