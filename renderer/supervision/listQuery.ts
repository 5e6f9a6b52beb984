import type { Dayjs } from 'dayjs';
import type { SupervisionListQuery } from '../../shared/supervision/api-types';
import type { Light, SupervisionPriority, SupervisionSource, SupervisionStatus } from '../../shared/supervision/kinds';

export type SupervisionSort = NonNullable<SupervisionListQuery['sort']>;

/** What the 台账 filter bar holds; empty values mean "any". */
export interface SupervisionFilters {
  status?: SupervisionStatus;
  light?: Light;
  source?: SupervisionSource;
  priority?: SupervisionPriority;
  unitId?: string;
  leaderId?: string;
  /** 期限 within these days. */
  range?: [Dayjs, Dayjs] | null;
  q: string;
  mine: boolean;
  sort: SupervisionSort;
}

export const emptySupervisionFilters: SupervisionFilters = { q: '', mine: false, sort: 'light' };

/** The filters as the core's query without paging: what 导出台账 exports is what the list selects. */
export function toLedgerQuery(filters: SupervisionFilters): Omit<SupervisionListQuery, 'limit' | 'offset'> {
  const q = filters.q.trim();
  return {
    status: filters.status,
    light: filters.light,
    source: filters.source,
    priority: filters.priority,
    unitId: filters.unitId,
    instructingLeaderId: filters.leaderId,
    from: filters.range?.[0].format('YYYY-MM-DD'),
    to: filters.range?.[1].format('YYYY-MM-DD'),
    q: q.length > 0 ? q.slice(0, 64) : undefined,
    mine: filters.mine,
    sort: filters.sort,
  };
}

export function toSupervisionListQuery(filters: SupervisionFilters, page: number, pageSize: number): SupervisionListQuery {
  return { ...toLedgerQuery(filters), limit: pageSize, offset: (page - 1) * pageSize };
}
