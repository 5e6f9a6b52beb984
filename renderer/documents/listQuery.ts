import type { Dayjs } from 'dayjs';
import type { DocumentBox, DocumentListQuery } from '../../shared/documents/api-types';
import type { DocumentType, Urgency } from '../../shared/documents/kinds';

/** What the filter bar holds; empty values mean "any". */
export interface ListFilters {
  type?: DocumentType;
  step?: string;
  urgency?: Urgency;
  unitId?: string;
  range?: [Dayjs, Dayjs] | null;
  q: string;
}

export const emptyFilters: ListFilters = { q: '' };

/** The filter bar and page as the core's list query; a date range covers whole days. */
export function toListQuery(box: DocumentBox, filters: ListFilters, page: number, pageSize: number): DocumentListQuery {
  const q = filters.q.trim();
  return {
    box,
    type: filters.type,
    step: filters.step,
    urgency: filters.urgency,
    unitId: filters.unitId,
    from: filters.range ? filters.range[0].startOf('day').valueOf() : undefined,
    to: filters.range ? filters.range[1].endOf('day').valueOf() : undefined,
    q: q.length > 0 ? q.slice(0, 64) : undefined,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
}
