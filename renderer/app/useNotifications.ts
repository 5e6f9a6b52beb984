import { App } from 'antd';
import { useCallback, useRef } from 'react';
import type { CoreEvent } from '../../shared/desktop-api';
import { useApiContext, useCoreEvent } from '../api/context';
import { useNavigation } from './navigation';

/**
 * notify → an in-app notification, plus a system one in browser mode (the desktop shell shows
 * native ones itself); clicking either opens the chat. openConversation → go there.
 */
export function useNotifications(): void {
  const { notification } = App.useApp();
  const { desktop } = useApiContext();
  const nav = useNavigation();
  const current = useRef(nav);
  current.current = nav;

  useCoreEvent(
    useCallback(
      (event: CoreEvent) => {
        if (event.type === 'openConversation') {
          current.current.openConversation(event.conversationId);
          return;
        }
        if (event.type !== 'notify') return;
        const { tab, conversationId } = current.current;
        const looking = document.hasFocus() && tab === 'chat' && conversationId === event.conversationId;
        if (looking) return;
        const open = () => current.current.openConversation(event.conversationId);
        const key = `notify-${event.conversationId}`;
        notification.open({
          key,
          title: event.title,
          description: event.body,
          placement: 'bottomRight',
          duration: 4.5,
          onClick: () => {
            notification.destroy(key);
            open();
          },
          style: { cursor: 'pointer' },
          props: { 'data-testid': 'in-app-notification' } as Record<string, string>,
        });
        if (!desktop && typeof Notification !== 'undefined' && Notification.permission === 'granted' && !document.hasFocus()) {
          const n = new Notification(event.title, { body: event.body, tag: key });
          n.onclick = () => {
            window.focus();
            open();
            n.close();
          };
        }
      },
      [desktop, notification],
    ),
  );
}
