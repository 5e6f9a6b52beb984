import { SearchOutlined } from '@ant-design/icons';
import { Empty, Input } from 'antd';
import { useEffect, useState } from 'react';
import { OrgTreeView } from './OrgTreeView';
import { PeopleList } from './PeopleList';
import { PersonCard } from './PersonCard';
import { useDirectoryTree } from './useDirectoryTree';
import { useOrgMembers, usePeopleSearch } from './usePeopleSearch';

/** 通讯录: org tree, the members of the chosen org (or search results), and a person card. */
export function DirectoryPage() {
  const tree = useDirectoryTree();
  const [orgId, setOrgId] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const members = useOrgMembers(orgId);
  const search = usePeopleSearch(q);
  useEffect(() => {
    if (!orgId && tree.roots[0]) setOrgId(tree.roots[0].key);
  }, [orgId, tree.roots]);
  const people = search.active ? search.results : members;
  const org = orgId ? tree.orgs.get(orgId) : undefined;

  return (
    <div className="xt-directory">
      <aside className="xt-directory-tree">
        <div className="xt-pane-title">组织架构</div>
        <div className="xt-scroll">
          <OrgTreeView
            roots={tree.roots}
            loaded={tree.loaded}
            selected={search.active ? null : orgId}
            onSelect={(id) => {
              setOrgId(id);
              setQ('');
            }}
          />
        </div>
      </aside>
      <section className="xt-directory-list">
        <div className="xt-pane-top">
          <Input allowClear prefix={<SearchOutlined className="xt-muted" />} placeholder="搜索姓名、拼音、首字母、手机号、部门" value={q} onChange={(e) => setQ(e.target.value)} aria-label="搜索通讯录" data-testid="directory-search" />
        </div>
        <div className="xt-pane-caption xt-muted xt-small">{search.active ? `搜索“${q.trim()}”${people ? `，共 ${people.length} 人` : ''}` : org ? `${org.name}${people ? `（${people.length}人）` : ''}` : ''}</div>
        <PeopleList people={people} orgs={tree.orgs} orgId={search.active ? null : orgId} selected={personId} onSelect={setPersonId} />
      </section>
      <section className="xt-directory-card">{personId ? <PersonCard personId={personId} orgs={tree.orgs} /> : <Empty className="xt-empty-pad" description="选择一位同事查看名片" />}</section>
    </div>
  );
}
