import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api } from './createApi';
import { useApiContext } from './context';
import type { Area } from './events';

export interface QueryResult<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  refetch: () => void;
}

/**
 * Reads through the API and reads again whenever the core says one of `areas` changed.
 * Keeps showing the last data while a re-read is under way; drops answers that arrive late.
 */
export function useApiQuery<T>(areas: Area | Area[], fetcher: (api: Api) => Promise<T>, deps: readonly unknown[] = [], enabled = true): QueryResult<T> {
  const { api, events } = useApiContext();
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [loading, setLoading] = useState(enabled);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  const generation = useRef(0);
  const areaKey = Array.isArray(areas) ? areas.join(',') : areas;

  const run = useCallback(() => {
    if (!enabled) return;
    const mine = ++generation.current;
    setLoading(true);
    fetcherRef.current(api).then(
      (value) => {
        if (mine !== generation.current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (err: unknown) => {
        if (mine !== generation.current) return;
        setError(err instanceof Error ? err : new Error(String(err)));
        setLoading(false);
      },
    );
  }, [api, enabled, ...deps]);

  useEffect(() => {
    setData(undefined);
    run();
  }, [run]);

  useEffect(() => {
    const wanted = areaKey.split(',');
    return events.on((event) => {
      if (event.type === 'changed' && event.areas.some((a) => wanted.includes(a))) run();
    });
  }, [events, areaKey, run]);

  return { data, error, loading, refetch: run };
}
