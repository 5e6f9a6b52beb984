import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { AppToken } from '../../shared/auth/schemas';
import { useApi } from '../api/context';
import { useApiQuery } from '../api/useApiQuery';
import { usePeopleLookup } from '../api/usePeople';
import { useAction } from '../common/useAction';

/** 应用令牌 for other systems pushing 工作通知: create (shown once), list, revoke. */
export function TokenAdmin() {
  const api = useApi();
  const run = useAction();
  const person = usePeopleLookup();
  const tokens = useApiQuery('directory', (a) => a.admin.appTokens({}));
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [form] = Form.useForm<{ name: string }>();

  const create = async () => {
    const { name } = await form.validateFields();
    await run(null, async () => {
      const t = await api.admin.createAppToken({ name: name.trim() });
      setCreating(false);
      form.resetFields();
      setCreated({ name: t.name, token: t.token });
      tokens.refetch();
    });
  };
  const revoke = async (t: AppToken) => {
    if (await run(`已吊销 ${t.name}`, () => api.admin.revokeAppToken({ id: t.id }))) tokens.refetch();
  };

  return (
    <Card className="xt-card-wide" title="应用令牌" extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="admin-create-token">创建令牌</Button>}>
      <Typography.Paragraph type="secondary">其他业务系统凭应用令牌向“工作通知”推送消息。令牌只在创建时显示一次，请妥善保存；不再使用时请立即吊销。</Typography.Paragraph>
      <Table<AppToken>
        rowKey="id"
        size="small"
        loading={!tokens.data && !tokens.error}
        dataSource={tokens.data ?? []}
        pagination={false}
        onRow={(t) => ({ 'data-testid': 'admin-token-row', 'data-token-id': t.id }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '名称', dataIndex: 'name', render: (n: string) => (<span><KeyOutlined /> {n}</span>) },
          { title: '创建人', dataIndex: 'createdBy', width: 120, render: (id: string) => person(id)?.name ?? '' },
          { title: '创建时间', dataIndex: 'createdAt', width: 170, render: (t: number) => dayjs(t).format('YYYY-MM-DD HH:mm') },
          { title: '状态', width: 190, render: (_, t) => (t.revokedAt ? <Tag>已吊销 {dayjs(t.revokedAt).format('MM-DD HH:mm')}</Tag> : <Tag color="green">有效</Tag>) },
          {
            title: '',
            width: 80,
            render: (_, t) =>
              !t.revokedAt && (
                <Popconfirm title={`吊销 ${t.name}？使用它的系统将无法再推送通知。`} onConfirm={() => revoke(t)}>
                  <Button type="link" danger size="small" data-testid="admin-revoke-token">吊销</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal open={creating} title="创建应用令牌" okText="创建" onOk={() => create().catch(() => undefined)} onCancel={() => setCreating(false)} forceRender>
        <Form form={form} layout="vertical">
          <Form.Item name="name" label="用途 / 系统名称" rules={[{ required: true, whitespace: true, message: '请输入名称' }]}>
            <Input maxLength={64} placeholder="如：公文系统推送" data-testid="admin-token-name" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={created !== null} title="令牌已创建" onCancel={() => setCreated(null)} footer={<Button type="primary" onClick={() => setCreated(null)} data-testid="admin-token-done">我已保存</Button>}>
        <Alert type="warning" showIcon title="令牌只显示这一次，关闭后无法再次查看。" style={{ marginBottom: 12 }} />
        <div className="xt-muted">{created?.name}</div>
        <Typography.Paragraph copyable={{ text: created?.token ?? '', tooltips: ['复制', '已复制'] }} code className="xt-token" data-testid="admin-token-value">
          {created?.token}
        </Typography.Paragraph>
      </Modal>
    </Card>
  );
}
