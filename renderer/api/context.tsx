import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { DesktopBridge } from '../../shared/contract/bridge';
import { createApi, type Api } from './createApi';
import { EventHub, type Listener } from './events';
import { PeopleCache } from './peopleCache';

export interface ApiContextValue {
  api: Api;
  events: EventHub;
  people: PeopleCache;
  desktop: boolean;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ bridge, desktop, children }: { bridge: DesktopBridge; desktop: boolean; children: ReactNode }) {
  const value = useMemo<ApiContextValue>(() => {
    const api = createApi(bridge);
    const events = new EventHub();
    return { api, events, people: new PeopleCache(api, events), desktop };
  }, [bridge, desktop]);
  useEffect(() => bridge.onEvent((event) => value.events.emit(event)), [bridge, value]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('ApiProvider missing');
  return value;
}

export function useApi(): Api {
  return useApiContext().api;
}

export function useCoreEvent(listener: Listener): void {
  const { events } = useApiContext();
  useEffect(() => events.on(listener), [events, listener]);
}
