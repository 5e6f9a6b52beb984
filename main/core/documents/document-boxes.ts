import type { DocumentBox } from '../../../shared/documents/api-types';

const mine = (relation: 'todo' | 'participant') =>
  `d.rowid IN (SELECT document_rowid FROM document_people WHERE person_id = @me AND relation = '${relation}')`;
const notMine = (relation: 'todo') =>
  `d.rowid NOT IN (SELECT document_rowid FROM document_people WHERE person_id = @me AND relation = '${relation}')`;

/**
 * Which documents each box holds for me (@me), as SQL over `documents d`. 待办, 在办 and 已办 do not
 * overlap: what waits on me is 待办 even when it is filed (an unread 传阅). 已办 holds what is over,
 * filed or, for a 收文, sent back: both need nothing more from anyone.
 */
export const boxCondition: Record<DocumentBox, string> = {
  todo: mine('todo'),
  inProgress: `${mine('participant')} AND d.closed = 0 AND ${notMine('todo')}`,
  done: `${mine('participant')} AND d.closed = 1 AND ${notMine('todo')}`,
  incoming: "d.kind = 'incoming'",
  outgoing: "d.kind = 'outgoing'",
};

/** Past its deadline (@now) and not yet handled to the end. */
export const overdueCondition = '(d.due_at IS NOT NULL AND d.due_at < @now AND d.completed = 0)';
