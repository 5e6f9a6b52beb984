import { ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import type { ConversationSummary, LocalMessage } from '../../shared/desktop-api';
import { useApi } from '../api/context';
import { useAction } from '../common/useAction';
import { ReadReceipt } from './ReadReceipt';

/** Under my message: 发送中, or the refusal with 重试/删除, or the read receipt. */
export function MessageStatusLine({ message: m, summary }: { message: LocalMessage; summary: ConversationSummary }) {
  const api = useApi();
  const run = useAction();

  if (m.status === 'pending') {
    return (
      <div className="xt-msg-status pending" data-testid="message-pending">
        <ClockCircleOutlined /> 发送中
      </div>
    );
  }
  if (m.status === 'rejected') {
    const act = (what: 'retry' | 'discard') => run(null, () => (what === 'retry' ? api.outbox.retry({ id: m.clientId }) : api.outbox.discard({ id: m.clientId })));
    return (
      <div className="xt-msg-status rejected" data-testid="message-rejected">
        <ExclamationCircleFilled /> <span data-testid="message-rejected-reason">发送失败{m.rejectedReason ? `：${m.rejectedReason}` : ''}</span>
        <Button size="small" type="link" onClick={() => void act('retry')} data-testid="message-retry">
          重试
        </Button>
        <Popconfirm title="删除这条未发出的消息？" onConfirm={() => act('discard')}>
          <Button size="small" type="link" danger data-testid="message-discard">
            删除
          </Button>
        </Popconfirm>
      </div>
    );
  }
  return <ReadReceipt message={m} summary={summary} />;
}
