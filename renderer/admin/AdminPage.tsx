import { Tabs } from 'antd';
import { OrgAdmin } from './OrgAdmin';
import { PeopleAdmin } from './PeopleAdmin';
import { SealAdmin } from './SealAdmin';
import { TemplateAdmin } from './TemplateAdmin';
import { TokenAdmin } from './TokenAdmin';

/** 管理 (system administrators only; the server checks every command again). */
export function AdminPage() {
  return (
    <div className="xt-page" data-testid="admin-page">
      <Tabs
        className="xt-page-tabs"
        destroyOnHidden
        items={[
          { key: 'people', label: <span data-testid="admin-tab-people">人员管理</span>, children: <PeopleAdmin /> },
          { key: 'orgs', label: <span data-testid="admin-tab-orgs">部门管理</span>, children: <OrgAdmin /> },
          { key: 'templates', label: <span data-testid="admin-tab-templates">公文模板</span>, children: <TemplateAdmin /> },
          { key: 'seals', label: <span data-testid="admin-tab-seals">电子印章</span>, children: <SealAdmin /> },
          { key: 'tokens', label: <span data-testid="admin-tab-tokens">应用令牌</span>, children: <TokenAdmin /> },
        ]}
      />
    </div>
  );
}
