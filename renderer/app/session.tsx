import { createContext, useContext, type ReactNode } from 'react';
import type { Person } from '../../shared/directory/schemas';
import type { SessionState } from '../../shared/desktop-api';

interface SessionValue {
  state: SessionState;
  user: Person;
  refetch: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children, ...value }: SessionValue & { children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('SessionProvider missing');
  return value;
}

export function useMe(): Person {
  return useSession().user;
}
