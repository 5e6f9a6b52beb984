import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Seal } from '../../shared/documents/records';
import { useApi } from '../api/context';
import { useApiQuery } from '../api/useApiQuery';
import { usePeopleLookup } from '../api/usePeople';
import { readAsBase64 } from '../common/fileData';
import { useAction } from '../common/useAction';
import { FormDialog } from '../documents/FormDialog';
import { PeoplePickField } from '../documents/PeoplePickField';
import { useDirectoryTree } from '../directory/useDirectoryTree';
import { UnitSelect } from './UnitSelect';

interface NewSealValues {
  name: string;
  holderIds: string[];
  image: string | null;
}

/** A scanned seal, optional: without one the server draws the standard round red seal. */
function SealImageInput({ value, onChange }: { value?: string | null; onChange?: (v: string | null) => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Space align="center">
      {value && <img src={value} alt="印章图像" width={64} height={64} />}
      <label className="ant-btn ant-btn-default ant-btn-sm xt-file-label">
        <UploadOutlined /> {value ? '更换' : '上传 PNG（可选）'}
        <input
          type="file"
          accept="image/png"
          hidden
          data-testid="seal-image-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            if (file.type !== 'image/png' || file.size > 1_400_000) {
              setProblem('请上传 1 MB 以内的 PNG 图像');
              return;
            }
            setProblem(null);
            void readAsBase64(file).then((b64) => onChange?.(`data:image/png;base64,${b64}`));
          }}
        />
      </label>
      {value && (
        <Button size="small" type="link" onClick={() => onChange?.(null)}>
          改用标准圆章
        </Button>
      )}
      {problem && <span className="xt-error">{problem}</span>}
    </Space>
  );
}

/**
 * 电子印章: each unit's seal and who may press it (用印). The key pair is made on the server and
 * its private half never leaves it; a disabled seal can no longer be used, and documents it sealed
 * still verify.
 */
export function SealAdmin() {
  const api = useApi();
  const run = useAction();
  const person = usePeopleLookup();
  const tree = useDirectoryTree();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [holdersOf, setHoldersOf] = useState<Seal | null>(null);
  const seals = useApiQuery('documents', (a) => a.documents.seals({}));
  const rows = (seals.data ?? []).filter((s) => s.unitId === unitId);
  const unitName = unitId ? (tree.orgs.get(unitId)?.name ?? '') : '';

  const create = (v: NewSealValues) => {
    if (!unitId) return Promise.resolve(false);
    return run('印章已创建', () => api.documents.createSeal({ unitId, name: v.name.trim(), holderIds: v.holderIds ?? [], image: v.image ?? null }));
  };
  const setHolders = (seal: Seal, holderIds: string[]) => run('用印人已更新', () => api.documents.updateSeal({ id: seal.id, holderIds }));
  const setDisabled = (seal: Seal, disabled: boolean) => run(disabled ? `已停用 ${seal.name}` : `已启用 ${seal.name}`, () => api.documents.updateSeal({ id: seal.id, disabled }));

  return (
    <Card
      className="xt-card-wide"
      title={
        <Space>
          电子印章
          <UnitSelect value={unitId} onChange={setUnitId} testId="admin-seal-unit" />
        </Space>
      }
      extra={
        <Button type="primary" icon={<PlusOutlined />} disabled={!unitId} onClick={() => setCreating(true)} data-testid="admin-add-seal">
          新建印章
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">用印时服务器以本单位印章私钥对定稿的字段和正文签名（ECDSA P-256），私钥不出服务器；任何客户端都可用公钥验证，内容改动后显示“已被篡改”。只有用印人可以用印。</Typography.Paragraph>
      <Table<Seal>
        rowKey="id"
        size="small"
        loading={!seals.data && !seals.error}
        dataSource={rows}
        pagination={false}
        rowClassName={(s) => (s.disabled ? 'xt-row-disabled' : '')}
        onRow={(s) => ({ 'data-testid': 'admin-seal-row', 'data-seal-id': s.id, 'data-disabled': s.disabled }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '印章', width: 90, render: (_, s) => <img src={s.image} alt={s.name} width={64} height={64} style={{ opacity: s.disabled ? 0.35 : 1 }} data-testid="admin-seal-image" /> },
          { title: '名称', dataIndex: 'name' },
          { title: '用印人', render: (_, s) => (s.holderIds.length === 0 ? <span className="xt-muted">未指定</span> : s.holderIds.map((id) => <Tag key={id}>{person(id)?.name ?? '…'}</Tag>)) },
          { title: '状态', width: 80, render: (_, s) => (s.disabled ? <Tag>已停用</Tag> : <Tag color="green">启用</Tag>) },
          { title: '创建时间', dataIndex: 'createdAt', width: 140, render: (t: number) => dayjs(t).format('YYYY-MM-DD HH:mm') },
          {
            title: '',
            width: 170,
            render: (_, s) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setHoldersOf(s)} data-testid="admin-seal-holders">
                  设置用印人
                </Button>
                {s.disabled ? (
                  <Button type="link" size="small" onClick={() => void setDisabled(s, false)} data-testid="admin-enable-seal">
                    启用
                  </Button>
                ) : (
                  <Popconfirm title={`停用 ${s.name}？停用后不能再用印，已用印的公文仍可验证。`} onConfirm={() => setDisabled(s, true)}>
                    <Button type="link" size="small" danger data-testid="admin-disable-seal">
                      停用
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormDialog<NewSealValues> open={creating} title={`新建印章：${unitName}`} okText="创建" testId="seal-create" initialValues={{ name: unitName, holderIds: [], image: null }} onSubmit={create} onClose={() => setCreating(false)}>
        <Form.Item name="name" label="印章名称" rules={[{ required: true, whitespace: true, message: '请输入印章名称' }]}>
          <Input maxLength={60} data-testid="seal-name" />
        </Form.Item>
        <Form.Item name="holderIds" label="用印人">
          <PeoplePickField multiple title="选择用印人" testId="seal-holders" />
        </Form.Item>
        <Form.Item name="image" label="印章图像">
          <SealImageInput />
        </Form.Item>
      </FormDialog>
      <FormDialog<{ holderIds: string[] }>
        open={holdersOf !== null}
        title={`用印人：${holdersOf?.name ?? ''}`}
        okText="保存"
        testId="seal-holders"
        initialValues={{ holderIds: holdersOf?.holderIds ?? [] }}
        onSubmit={(v) => (holdersOf ? setHolders(holdersOf, v.holderIds ?? []) : Promise.resolve(false))}
        onClose={() => setHoldersOf(null)}
      >
        <Form.Item name="holderIds" label="用印人">
          <PeoplePickField multiple title="选择用印人" testId="seal-holders-pick" />
        </Form.Item>
      </FormDialog>
    </Card>
  );
}
