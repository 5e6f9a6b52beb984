import { useCallback, useState } from 'react';
import type { CoreEvent } from '../../shared/desktop-api';
import { useCoreEvent } from '../api/context';
import { useConversations } from '../chat/conversations';
import { useSession } from './session';

/** Online state and total unread: first from the session and conversation list, then from status events. */
export function useStatus(): { online: boolean; unreadTotal: number } {
  const { state } = useSession();
  const [pushed, setPushed] = useState<{ online: boolean; unreadTotal: number } | null>(null);
  const conversations = useConversations();
  useCoreEvent(
    useCallback((event: CoreEvent) => {
      if (event.type === 'status') setPushed({ online: event.online, unreadTotal: event.unreadTotal });
    }, []),
  );
  const counted = conversations.loaded ? conversations.list.reduce((sum, c) => sum + c.unread, 0) : undefined;
  return {
    online: pushed?.online ?? state.online,
    unreadTotal: counted ?? pushed?.unreadTotal ?? 0,
  };
}
