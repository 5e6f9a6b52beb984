import { useEffect, useState } from 'react';
import type { Person } from '../../shared/directory/schemas';
import { useApiQuery } from '../api/useApiQuery';

/** Everyone's directory lists active people only; 管理 also asks for disabled ones. */
export interface PeopleListing {
  includeDisabled?: boolean;
}

/** Debounced directory search by name, pinyin, initials, phone or department. */
export function usePeopleSearch(q: string, { includeDisabled = false }: PeopleListing = {}): { results: Person[] | undefined; active: boolean } {
  const [term, setTerm] = useState(q.trim());
  useEffect(() => {
    const t = setTimeout(() => setTerm(q.trim()), 200);
    return () => clearTimeout(t);
  }, [q]);
  const query = useApiQuery('directory', (api) => (term ? api.directory.search({ q: term, limit: 100, includeDisabled }) : Promise.resolve([])), [term, includeDisabled]);
  return { results: term ? query.data : undefined, active: q.trim().length > 0 };
}

export function useOrgMembers(orgId: string | null, { includeDisabled = false }: PeopleListing = {}): Person[] | undefined {
  const query = useApiQuery('directory', (api) => (orgId ? api.directory.orgMembers({ orgId, includeDisabled }) : Promise.resolve([])), [orgId, includeDisabled]);
  return query.data;
}
