import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Tab = 'chat' | 'contacts' | 'me' | 'admin';

interface Navigation {
  tab: Tab;
  conversationId: string | null;
  setTab: (tab: Tab) => void;
  openConversation: (id: string) => void;
  closeConversation: () => void;
}

const NavigationContext = createContext<Navigation | null>(null);

/** Which screen is showing and which chat is open; there is no URL routing in a desktop client. */
export function NavigationProvider({ children }: { children: ReactNode }) {
  const [tab, setTab] = useState<Tab>('chat');
  const [conversationId, setConversationId] = useState<string | null>(null);
  const openConversation = useCallback((id: string) => {
    setConversationId(id);
    setTab('chat');
  }, []);
  const closeConversation = useCallback(() => setConversationId(null), []);
  const value = useMemo(() => ({ tab, conversationId, setTab, openConversation, closeConversation }), [tab, conversationId, openConversation, closeConversation]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('NavigationProvider missing');
  return value;
}
