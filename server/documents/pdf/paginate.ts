import { linesPerPage } from './page-geometry';

export interface Placed<T> {
  line: T;
  /** Zero-based page and grid line. */
  page: number;
  row: number;
}

export interface Pagination<T> {
  placed: Placed<T>[];
  /** The page the flow ends on and its first free grid line (linesPerPage when full). */
  lastPage: number;
  nextRow: number;
}

/**
 * Lays groups of grid lines onto pages of 22 lines, the first page starting at `firstRow` (below
 * the 版头). A group that does not fit in what is left of a page starts the next one; blank lines
 * are never carried to the top of a page; a group longer than a page simply runs on.
 */
export function paginate<T>(groups: T[][], firstRow: number, isBlank: (line: T) => boolean): Pagination<T> {
  const placed: Placed<T>[] = [];
  let page = 0;
  let row = firstRow;
  for (const group of groups) {
    if (row + group.length > linesPerPage && group.length <= linesPerPage) {
      page += 1;
      row = 0;
    }
    for (const line of group) {
      if (row >= linesPerPage) {
        page += 1;
        row = 0;
      }
      if (row === 0 && page > 0 && isBlank(line)) continue;
      placed.push({ line, page, row });
      row += 1;
    }
  }
  return { placed, lastPage: page, nextRow: row };
}
