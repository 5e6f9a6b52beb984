import { useSyncExternalStore } from 'react';
import type { Person } from '../../shared/directory/schemas';
import { useApiContext } from './context';

/** Looks a person up by id; re-renders when the directory answers. */
export function usePerson(id: string | null | undefined): Person | undefined {
  const { people } = useApiContext();
  useSyncExternalStore(people.subscribe, people.getVersion);
  return id ? people.get(id) : undefined;
}

/** A name lookup function for lists that show many people. */
export function usePeopleLookup(): (id: string | null | undefined) => Person | undefined {
  const { people } = useApiContext();
  useSyncExternalStore(people.subscribe, people.getVersion);
  return (id) => (id ? people.get(id) : undefined);
}
