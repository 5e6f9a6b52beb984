import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { roleLabels, type Person } from '../../shared/directory/schemas';
import { useApi } from '../api/context';
import { useAction } from '../common/useAction';
import { OrgTreeView } from '../directory/OrgTreeView';
import { postLine } from '../directory/primaryPost';
import { useDirectoryTree } from '../directory/useDirectoryTree';
import { useOrgMembers, usePeopleSearch } from '../directory/usePeopleSearch';
import { PersonEditor } from './PersonEditor';
import { ResetPassword } from './ResetPassword';

/** 人员管理: by department or search; add, edit posts, disable/enable, reset password. */
export function PeopleAdmin() {
  const api = useApi();
  const run = useAction();
  const tree = useDirectoryTree();
  const [orgId, setOrgId] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Person | null | undefined>(undefined);
  const [resetting, setResetting] = useState<Person | null>(null);
  // Disabled people stay listed here (greyed, last) so they can be found and re-enabled.
  const members = useOrgMembers(orgId, { includeDisabled: true });
  const search = usePeopleSearch(q, { includeDisabled: true });
  useEffect(() => {
    if (!orgId && tree.roots[0]) setOrgId(tree.roots[0].key);
  }, [orgId, tree.roots]);
  const rows = search.active ? search.results : members;

  const setDisabled = (p: Person, disabled: boolean) => run(disabled ? `已停用 ${p.name}` : `已启用 ${p.name}`, () => api.admin.updatePerson({ id: p.id, disabled }));

  return (
    <div className="xt-admin-split">
      <aside className="xt-admin-tree">
        <OrgTreeView roots={tree.roots} loaded={tree.loaded} selected={search.active ? null : orgId} onSelect={(id) => { setOrgId(id); setQ(''); }} />
      </aside>
      <section className="xt-admin-main">
        <Space style={{ marginBottom: 12 }}>
          <Input allowClear prefix={<SearchOutlined />} placeholder="搜索人员" value={q} onChange={(e) => setQ(e.target.value)} style={{ width: 260 }} data-testid="admin-people-search" />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="admin-add-person">
            新增人员
          </Button>
        </Space>
        <Table<Person>
          rowKey="id"
          size="small"
          loading={!rows}
          tableLayout="fixed"
          dataSource={rows ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          rowClassName={(p) => (p.disabled ? 'xt-row-disabled' : '')}
          onRow={(p) => ({ 'data-testid': 'admin-person-row', 'data-person-id': p.id, 'data-disabled': p.disabled }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 120, render: (name: string, p) => (<span>{name}{p.disabled && <Tag style={{ marginLeft: 6 }}>已停用</Tag>}</span>) },
            { title: '账号', dataIndex: 'username', width: 130, ellipsis: true },
            { title: '任职', ellipsis: true, render: (_, p) => (p.posts.length > 1 ? `${postLine(p, tree.orgs, search.active ? null : orgId)} 等 ${p.posts.length} 个` : postLine(p, tree.orgs)) },
            { title: '角色', width: 120, render: (_, p) => p.roles.map((r) => <Tag key={r}>{roleLabels[r]}</Tag>) },
            { title: '手机', dataIndex: 'phone', width: 120 },
            {
              title: '操作',
              width: 190,
              render: (_, p) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(p)} data-testid="admin-edit-person">编辑</Button>
                  <Button type="link" size="small" onClick={() => setResetting(p)} data-testid="admin-reset-password">重置密码</Button>
                  {p.disabled ? (
                    <Button type="link" size="small" onClick={() => void setDisabled(p, false)} data-testid="admin-enable-person">启用</Button>
                  ) : (
                    <Popconfirm title={`停用 ${p.name}？停用后无法登录，已登录的会话将结束。`} onConfirm={() => setDisabled(p, true)}>
                      <Button type="link" size="small" danger data-testid="admin-disable-person">停用</Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </section>
      <PersonEditor open={editing !== undefined} person={editing ?? null} defaultOrgId={orgId} roots={tree.roots} onClose={() => setEditing(undefined)} />
      <ResetPassword person={resetting} onClose={() => setResetting(null)} />
    </div>
  );
}
