import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useMe } from './session';

export type Tab = 'chat' | 'docs' | 'supervision' | 'duty' | 'contacts' | 'me' | 'admin';

/** A 公文 open in the 公文 screen: an outgoing draft or a received document. */
export interface DocRef {
  kind: 'outgoing' | 'incoming';
  id: string;
}

/** A message to bring into view once its chat is open (a search hit); the nonce repeats a request for the same one. */
export interface MessageFocus {
  conversationId: string;
  messageId: string;
  seq: number;
  nonce: number;
}

interface Navigation {
  tab: Tab;
  conversationId: string | null;
  /** The chat came back from the last session rather than being opened now; it may be gone. */
  restored: boolean;
  focus: MessageFocus | null;
  /** The 公文 shown in the 公文 screen; null shows the lists. */
  openDoc: DocRef | null;
  /** The 督办 item shown in the 督办 screen; null shows the 台账 and statistics. */
  openSupItem: string | null;
  setTab: (tab: Tab) => void;
  openConversation: (id: string, message?: { id: string; seq: number }) => void;
  closeConversation: () => void;
  focusDone: (nonce: number) => void;
  openDocument: (doc: DocRef | null) => void;
  openSupervisionItem: (id: string | null) => void;
}

const NavigationContext = createContext<Navigation | null>(null);

/** Where the open chat is remembered, per signed-in user, so a reload or restart reopens it. */
const lastChatKey = (userId: string) => `xietong.lastConversation.${userId}`;

function readLastChat(userId: string): string | null {
  try {
    return localStorage.getItem(lastChatKey(userId));
  } catch {
    return null;
  }
}

function writeLastChat(userId: string, id: string | null): void {
  try {
    if (id) localStorage.setItem(lastChatKey(userId), id);
    else localStorage.removeItem(lastChatKey(userId));
  } catch {
    /* storage unavailable: nothing to remember */
  }
}

/** Which screen is showing, which chat, 公文 and 督办 item are open; there is no URL routing in a desktop client. */
export function NavigationProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const [tab, setTab] = useState<Tab>('chat');
  const [conversationId, setConversationId] = useState<string | null>(() => readLastChat(me.id));
  const [restored, setRestored] = useState(() => conversationId !== null);
  const [focus, setFocus] = useState<MessageFocus | null>(null);
  const [openDoc, setOpenDoc] = useState<DocRef | null>(null);
  const [openSupItem, setOpenSupItem] = useState<string | null>(null);
  const nonce = useRef(0);

  useEffect(() => writeLastChat(me.id, conversationId), [me.id, conversationId]);

  const openConversation = useCallback((id: string, message?: { id: string; seq: number }) => {
    setConversationId(id);
    setRestored(false);
    setFocus(message ? { conversationId: id, messageId: message.id, seq: message.seq, nonce: ++nonce.current } : null);
    setTab('chat');
  }, []);
  const closeConversation = useCallback(() => {
    setConversationId(null);
    setRestored(false);
    setFocus(null);
  }, []);
  const focusDone = useCallback((done: number) => setFocus((cur) => (cur?.nonce === done ? null : cur)), []);
  const openDocument = useCallback((doc: DocRef | null) => {
    setOpenDoc(doc);
    setTab('docs');
  }, []);
  const openSupervisionItem = useCallback((id: string | null) => {
    setOpenSupItem(id);
    setTab('supervision');
  }, []);
  const value = useMemo(
    () => ({ tab, conversationId, restored, focus, openDoc, openSupItem, setTab, openConversation, closeConversation, focusDone, openDocument, openSupervisionItem }),
    [tab, conversationId, restored, focus, openDoc, openSupItem, openConversation, closeConversation, focusDone, openDocument, openSupervisionItem],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('NavigationProvider missing');
  return value;
}
