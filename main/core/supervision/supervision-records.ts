import type { PendingChange } from '../../../shared/sync/pending-change';
import { AppError } from '../../../shared/errors';
import type { SupervisionItem } from '../../../shared/supervision/records';
import type { LocalDb } from '../store/open-local-db';
import { pendingChanges } from './pending-changes';
import { itemRow } from './supervision-rows';

/** An item as this machine holds it, with my change to it that the server has not accepted yet. */
export function supervisionItem(db: LocalDb, id: string): SupervisionItem & { pending: PendingChange | null } {
  const row = itemRow(db, id);
  if (!row) throw new AppError('not_found', '督办事项不存在，或您无权查看');
  return { ...(JSON.parse(row.data) as SupervisionItem), pending: pendingChanges(db, [id]).get(id) ?? null };
}
