import { Alert, Button, Space } from 'antd';
import type { PendingChange } from '../../shared/documents/api-types';
import { useApi } from '../api/context';
import { useAction } from '../common/useAction';

/**
 * My change to this document still in the outbox: 待同步 while it waits for the server, or
 * refused with the server's reason, to retry or discard. A queued action does not move the
 * document, so without this the page would look as if nothing had happened.
 */
export function PendingBanner({ pending }: { pending: PendingChange | null }) {
  const api = useApi();
  const run = useAction();
  if (!pending) return null;
  if (pending.status === 'pending') {
    return <Alert type="info" showIcon title={`待同步：${pending.summary}`} description="网络恢复后自动提交；若公文已被他人推进到其他环节，将被退回并说明原因。" data-testid="doc-pending" data-status="pending" />;
  }
  return (
    <Alert
      type="error"
      showIcon
      title={`未能提交：${pending.summary}`}
      description={pending.reason}
      data-testid="doc-pending"
      data-status="rejected"
      action={
        <Space orientation="vertical">
          <Button size="small" onClick={() => void run('已重新提交', () => api.outbox.retry({ id: pending.outboxId }))} data-testid="doc-pending-retry">
            重试
          </Button>
          <Button size="small" danger onClick={() => void run('已放弃', () => api.outbox.discard({ id: pending.outboxId }))} data-testid="doc-pending-discard">
            放弃
          </Button>
        </Space>
      }
    />
  );
}
