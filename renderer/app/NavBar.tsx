import { AuditOutlined, CalendarOutlined, ContactsOutlined, FileTextOutlined, MessageOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import type { ReactNode } from 'react';
import { PersonAvatar } from '../common/PersonAvatar';
import { useDocumentCounts } from '../documents/useDocumentCounts';
import { useSupervisionCounts } from '../supervision/useSupervisionCounts';
import { useDutyCounts, dutyBadge } from '../duty/useDutyCounts';
import { useNavigation, type Tab } from './navigation';
import { useMe } from './session';

interface Item {
  key: Tab;
  label: string;
  icon: ReactNode;
  badge?: number;
}

function NavItem({ item, active, onClick }: { item: Item; active: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      className={`xt-nav-item${active ? ' active' : ''}`}
      onClick={onClick}
      aria-label={item.label}
      aria-current={active ? 'page' : undefined}
      data-testid={`nav-${item.key}`}
    >
      <Badge count={item.badge} size="small" overflowCount={99} offset={[4, 0]}>
        <span className="xt-nav-icon">{item.icon}</span>
      </Badge>
      <span className="xt-nav-label">{item.label}</span>
    </button>
  );
}

export function NavBar({ unreadTotal }: { unreadTotal: number }) {
  const me = useMe();
  const { tab, setTab } = useNavigation();
  const documentCounts = useDocumentCounts();
  const supervisionCounts = useSupervisionCounts();
  const dutyCounts = useDutyCounts();
  const items: Item[] = [
    { key: 'chat', label: '消息', icon: <MessageOutlined />, badge: unreadTotal },
    { key: 'docs', label: '公文', icon: <FileTextOutlined />, badge: documentCounts?.todo },
    { key: 'supervision', label: '督办', icon: <AuditOutlined />, badge: supervisionCounts?.mine },
    { key: 'duty', label: '值班', icon: <CalendarOutlined />, badge: dutyBadge(dutyCounts) },
    { key: 'contacts', label: '通讯录', icon: <ContactsOutlined /> },
    { key: 'me', label: '我的', icon: <UserOutlined /> },
  ];
  if (me.roles.includes('sysadmin')) items.push({ key: 'admin', label: '管理', icon: <SettingOutlined /> });
  return (
    <nav className="xt-nav" aria-label="主导航">
      <div className="xt-nav-items">
        {items.map((item) => (
          <NavItem key={item.key} item={item} active={item.key === tab} onClick={() => setTab(item.key as Tab)} />
        ))}
      </div>
      <button type="button" className="xt-nav-me" onClick={() => setTab('me')} aria-label={`当前用户 ${me.name}`} data-testid="nav-avatar">
        <PersonAvatar name={me.name} id={me.id} size={34} />
      </button>
    </nav>
  );
}
