import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Form, Input, Modal, Radio, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useApi } from '../api/context';
import { useAction } from '../common/useAction';
import { OrgTreeView } from '../directory/OrgTreeView';
import { useDirectoryTree } from '../directory/useDirectoryTree';
import { OrgSelect } from './OrgSelect';

interface NewOrg {
  name: string;
  kind: 'unit' | 'dept';
  parentId: string | null;
}

/** 部门管理: add under a parent, rename, move under another parent. */
export function OrgAdmin() {
  const api = useApi();
  const run = useAction();
  const tree = useDirectoryTree();
  const [selected, setSelected] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<NewOrg>();
  const org = selected ? tree.orgs.get(selected) : undefined;

  useEffect(() => {
    setName(org?.name ?? '');
    setParentId(org?.parentId ?? null);
  }, [org]);

  const create = async () => {
    const v = await form.validateFields();
    if (await run(`已添加 ${v.name}`, () => api.admin.createOrg({ name: v.name.trim(), kind: v.kind, parentId: v.parentId ?? null }))) {
      setAdding(false);
      form.resetFields();
    }
  };

  return (
    <div className="xt-admin-split">
      <aside className="xt-admin-tree">
        <Button type="primary" icon={<PlusOutlined />} block style={{ marginBottom: 8 }} onClick={() => { form.setFieldsValue({ parentId: selected, kind: 'dept', name: '' }); setAdding(true); }} data-testid="admin-add-org">
          新增部门
        </Button>
        <OrgTreeView roots={tree.roots} loaded={tree.loaded} selected={selected} onSelect={setSelected} />
      </aside>
      <section className="xt-admin-main">
        {!org ? (
          <Empty description="在左侧选择一个部门" />
        ) : (
          <Card title={org.name} className="xt-card-narrow" data-testid="admin-org-card">
            <div className="xt-form-label">名称</div>
            <Space.Compact style={{ width: '100%', marginBottom: 16 }}>
              <Input value={name} maxLength={64} onChange={(e) => setName(e.target.value)} data-testid="admin-org-name" />
              <Button type="primary" disabled={!name.trim() || name.trim() === org.name} onClick={() => void run('已重命名', () => api.admin.updateOrg({ id: org.id, name: name.trim() }))} data-testid="admin-org-rename">
                重命名
              </Button>
            </Space.Compact>
            <div className="xt-form-label">上级</div>
            <Space.Compact style={{ width: '100%' }}>
              <OrgSelect roots={tree.roots} value={parentId} onChange={setParentId} exclude={org.id} placeholder="（顶级）" allowClear data-testid="admin-org-parent" />
              <Button disabled={parentId === org.parentId} onClick={() => void run('已移动', () => api.admin.updateOrg({ id: org.id, parentId }))} data-testid="admin-org-move">
                移动
              </Button>
            </Space.Compact>
          </Card>
        )}
      </section>
      <Modal open={adding} title="新增部门" okText="添加" onOk={() => create().catch(() => undefined)} onCancel={() => setAdding(false)} forceRender>
        <Form form={form} layout="vertical" initialValues={{ kind: 'dept' }}>
          <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请输入名称' }]}>
            <Input maxLength={64} data-testid="admin-new-org-name" />
          </Form.Item>
          <Form.Item name="kind" label="类型">
            <Radio.Group options={[{ value: 'unit', label: '单位' }, { value: 'dept', label: '处室 / 部门' }]} />
          </Form.Item>
          <Form.Item name="parentId" label="上级">
            <OrgSelect roots={tree.roots} placeholder="（顶级）" allowClear />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
