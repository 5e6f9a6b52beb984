import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { ChatPage } from '../chat/ChatPage';
import { ConversationsProvider } from '../chat/conversations';
import { DirectoryPage } from '../directory/DirectoryPage';
import { MePage } from '../me/MePage';
import { NavBar } from './NavBar';
import { NavigationProvider, useNavigation } from './navigation';
import { StatusStrip } from './StatusStrip';
import { useNotifications } from './useNotifications';
import { useStatus } from './useStatus';

const AdminPage = lazy(() => import('../admin/AdminPage').then((m) => ({ default: m.AdminPage })));
// The 公文 screens carry the editor (TipTap, Yjs): loaded when first opened.
const DocumentsPage = lazy(() => import('../documents/DocumentsPage').then((m) => ({ default: m.DocumentsPage })));
const DutyPage = lazy(() => import('../duty/DutyPage').then((m) => ({ default: m.DutyPage })));
const SupervisionPage = lazy(() => import('../supervision/SupervisionPage').then((m) => ({ default: m.SupervisionPage })));

function Screens() {
  const { tab } = useNavigation();
  const status = useStatus();
  useNotifications();
  return (
    <div className="xt-shell">
      <NavBar unreadTotal={status.unreadTotal} />
      <main className="xt-main">
        <StatusStrip online={status.online} />
        <div className="xt-screen">
          {tab === 'chat' && <ChatPage />}
          {tab === 'docs' && (
            <Suspense fallback={<Spin className="xt-center" />}>
              <DocumentsPage />
            </Suspense>
          )}
          {tab === 'supervision' && (
            <Suspense fallback={<Spin className="xt-center" />}>
              <SupervisionPage />
            </Suspense>
          )}
          {tab === 'duty' && (
            <Suspense fallback={<Spin className="xt-center" />}>
              <DutyPage />
            </Suspense>
          )}
          {tab === 'contacts' && <DirectoryPage />}
          {tab === 'me' && <MePage />}
          {tab === 'admin' && (
            <Suspense fallback={<Spin className="xt-center" />}>
              <AdminPage />
            </Suspense>
          )}
        </div>
      </main>
    </div>
  );
}

export function Shell() {
  return (
    <NavigationProvider>
      <ConversationsProvider>
        <Screens />
      </ConversationsProvider>
    </NavigationProvider>
  );
}
