import { DisconnectOutlined, SyncOutlined } from '@ant-design/icons';
import { useApiQuery } from '../api/useApiQuery';
import { useNavigation } from './navigation';

/** Shown only when something is off: offline, or commands still waiting in the outbox. */
export function StatusStrip({ online }: { online: boolean }) {
  const { setTab } = useNavigation();
  const outbox = useApiQuery('outbox', (api) => api.outbox.list({}));
  const pending = outbox.data?.filter((e) => e.status === 'pending').length ?? 0;
  const rejected = outbox.data?.filter((e) => e.status === 'rejected').length ?? 0;
  if (online && pending === 0 && rejected === 0) return null;
  return (
    <div className={`xt-status-strip${online ? '' : ' offline'}`} role="status" data-testid="status-strip">
      {!online && (
        <span data-testid="offline-banner">
          <DisconnectOutlined /> 网络已断开，消息将在恢复后发送
        </span>
      )}
      {pending > 0 && (
        <button type="button" className="xt-link-button" onClick={() => setTab('me')} data-testid="outbox-pending-count">
          <SyncOutlined spin={online} /> {pending} 条待发送
        </button>
      )}
      {rejected > 0 && (
        <button type="button" className="xt-link-button danger" onClick={() => setTab('me')} data-testid="outbox-rejected-count">
          {rejected} 条发送失败
        </button>
      )}
    </div>
  );
}
