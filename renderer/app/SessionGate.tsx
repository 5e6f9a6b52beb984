import { Spin } from 'antd';
import { useApiQuery } from '../api/useApiQuery';
import { LoginScreen } from './LoginScreen';
import { Shell } from './Shell';
import { SessionProvider } from './session';

/** Login screen until the core has a user, then the shell. */
export function SessionGate() {
  const session = useApiQuery('session', (api) => api.session.state({}));
  if (!session.data) {
    return (
      <div className="xt-center" data-testid="app-loading">
        <Spin size="large" />
      </div>
    );
  }
  const { user } = session.data;
  if (!user) return <LoginScreen state={session.data} onLoggedIn={session.refetch} />;
  return (
    <SessionProvider state={session.data} user={user} refetch={session.refetch}>
      <Shell />
    </SessionProvider>
  );
}
