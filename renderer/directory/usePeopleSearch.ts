import { useEffect, useState } from 'react';
import type { Person } from '../../shared/directory/schemas';
import { useApiQuery } from '../api/useApiQuery';

/** Debounced directory search by name, pinyin, initials, phone or department. */
export function usePeopleSearch(q: string): { results: Person[] | undefined; active: boolean } {
  const [term, setTerm] = useState(q.trim());
  useEffect(() => {
    const t = setTimeout(() => setTerm(q.trim()), 200);
    return () => clearTimeout(t);
  }, [q]);
  const query = useApiQuery('directory', (api) => (term ? api.directory.search({ q: term, limit: 100 }) : Promise.resolve([])), [term]);
  return { results: term ? query.data : undefined, active: q.trim().length > 0 };
}

export function useOrgMembers(orgId: string | null): Person[] | undefined {
  const query = useApiQuery('directory', (api) => (orgId ? api.directory.orgMembers({ orgId }) : Promise.resolve([])), [orgId]);
  return query.data;
}
