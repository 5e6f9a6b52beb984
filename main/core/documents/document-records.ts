import type { PendingChange } from '../../../shared/sync/pending-change';
import type { IncomingDocument, OutgoingDocument } from '../../../shared/documents/records';
import { AppError } from '../../../shared/errors';
import type { LocalDb } from '../store/open-local-db';
import { documentRow } from './document-rows';
import { pendingChanges } from './pending-changes';

type WithPending<T> = T & { pending: PendingChange | null };

/** A 发文 as this machine holds it, with my change to it that the server has not accepted yet. */
export function outgoingDocument(db: LocalDb, id: string): WithPending<OutgoingDocument> {
  const row = documentRow(db, id);
  if (row?.kind !== 'outgoing') throw new AppError('not_found', '公文不存在，或您无权查看');
  return { ...(JSON.parse(row.data) as OutgoingDocument), pending: pendingChanges(db, id).get(id) ?? null };
}

export function incomingDocument(db: LocalDb, id: string): WithPending<IncomingDocument> {
  const row = documentRow(db, id);
  if (row?.kind !== 'incoming') throw new AppError('not_found', '收文不存在，或您无权查看');
  return { ...(JSON.parse(row.data) as IncomingDocument), pending: pendingChanges(db, id).get(id) ?? null };
}
