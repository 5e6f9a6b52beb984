import { Button, Card, Empty, Popconfirm, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import type { OutboxEntry } from '../../shared/desktop-api';
import { useApi } from '../api/context';
import { useApiQuery } from '../api/useApiQuery';
import { useAction } from '../common/useAction';

const typeLabels: Record<string, string> = {
  'message.send': '发送消息',
  'message.recall': '撤回消息',
  'conversation.create': '创建会话',
  'conversation.rename': '修改群名',
  'conversation.addMembers': '添加群成员',
  'conversation.removeMember': '移出群成员',
  'conversation.leave': '退出群聊',
  'conversation.markRead': '标记已读',
  'org.create': '新建部门',
  'org.update': '修改部门',
  'person.create': '新增人员',
  'person.update': '修改人员',
  'person.resetPassword': '重置密码',
};

/** What is still waiting to reach the server, and what it refused, with 重试 / 放弃. */
export function OutboxView() {
  const api = useApi();
  const run = useAction();
  const outbox = useApiQuery('outbox', (a) => a.outbox.list({}));
  const act = async (what: 'retry' | 'discard', id: string) => {
    if (await run(null, () => (what === 'retry' ? api.outbox.retry({ id }) : api.outbox.discard({ id })))) outbox.refetch();
  };
  return (
    <Card className="xt-card-wide" title="待发送与发送失败" data-testid="outbox">
      <Table<OutboxEntry>
        rowKey="id"
        size="small"
        loading={!outbox.data}
        dataSource={outbox.data ?? []}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="所有操作均已同步到服务器" /> }}
        onRow={(e) => ({ 'data-testid': 'outbox-entry', 'data-status': e.status }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '操作', dataIndex: 'type', width: 110, render: (t: string) => typeLabels[t] ?? t },
          { title: '内容', dataIndex: 'summary', ellipsis: true },
          { title: '时间', dataIndex: 'createdAt', width: 150, render: (t: number) => dayjs(t).format('MM-DD HH:mm:ss') },
          {
            title: '状态',
            width: 220,
            render: (_, e) =>
              e.status === 'pending' ? (
                <Tag color="processing">等待发送{e.attempts > 0 ? `（已尝试 ${e.attempts} 次）` : ''}</Tag>
              ) : (
                <span>
                  <Tag color="error">被拒绝</Tag>
                  <span className="xt-error xt-small">{e.reason}</span>
                </span>
              ),
          },
          {
            title: '',
            width: 130,
            render: (_, e) => (
              <span>
                <Button size="small" type="link" onClick={() => void act('retry', e.id)} data-testid="outbox-retry">
                  重试
                </Button>
                <Popconfirm title="放弃这项操作？放弃后不会再发送。" onConfirm={() => act('discard', e.id)}>
                  <Button size="small" type="link" danger data-testid="outbox-discard">
                    放弃
                  </Button>
                </Popconfirm>
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
