import { useMemo } from 'react';
import type { Org } from '../../shared/directory/schemas';
import { useApiQuery } from '../api/useApiQuery';
import { buildOrgTree, type OrgNode } from './orgTree';

export interface DirectoryTree {
  roots: OrgNode[];
  orgs: Map<string, Org>;
  loaded: boolean;
  error: Error | undefined;
}

export function useDirectoryTree(): DirectoryTree {
  const query = useApiQuery('directory', (api) => api.directory.tree({}));
  return useMemo(() => {
    const orgs = query.data?.orgs ?? [];
    return {
      roots: buildOrgTree(orgs, query.data?.counts),
      orgs: new Map(orgs.map((o) => [o.id, o])),
      loaded: query.data !== undefined,
      error: query.error,
    };
  }, [query.data, query.error]);
}
