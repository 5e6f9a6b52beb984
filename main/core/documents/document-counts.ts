import { documentBoxes, type DocumentCounts } from '../../../shared/documents/api-types';
import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';
import { boxCondition, overdueCondition } from './document-boxes';

/** The navigation badges: each box's size, and how much of my 待办 is overdue. */
export function documentCounts(db: LocalDb, me: string, now: number): DocumentCounts {
  const boxes = documentBoxes.map((box) => `(SELECT COUNT(*) FROM documents d WHERE ${boxCondition[box]}) AS ${box}`);
  const overdue = `(SELECT COUNT(*) FROM documents d WHERE ${boxCondition.todo} AND ${overdueCondition}) AS overdue`;
  return prepared(db, `SELECT ${[...boxes, overdue].join(', ')}`).get({ me, now }) as DocumentCounts;
}
