import { useEffect } from 'react';
import { useApi } from '../api/context';

/** Marks the chat read while it is on screen and the window has focus. */
export function useMarkRead(conversationId: string, unread: number): void {
  const api = useApi();
  useEffect(() => {
    const mark = () => {
      if (document.visibilityState === 'visible' && document.hasFocus()) void api.chat.markRead({ conversationId }).catch(() => undefined);
    };
    if (unread > 0) mark();
    const onFocus = () => {
      if (unread > 0) mark();
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [api, conversationId, unread]);
}
