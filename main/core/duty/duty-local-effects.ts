import type { LocalDb } from '../store/open-local-db';
import { deleteDutyRecord, putDutyRecord, type DutyEntity, type DutyRecords } from './duty-rows';

/**
 * What a duty command written here does when it leaves the outbox. The optimistic write kept the
 * record it replaced as its undo (null for a new record): discarding puts that back, a refusal
 * leaves the write in place, marked by its outbox entry with the reason, and the server's answer
 * replaces it.
 */
export function dutyWriteEffect<E extends DutyEntity>(entity: E, idOf: (input: never) => string) {
  return {
    discarded: (db: LocalDb, input: unknown, undo: unknown) => {
      if (undo) putDutyRecord(db, entity, undo as DutyRecords[E]);
      else deleteDutyRecord(db, entity, idOf(input as never));
    },
    accepted: (db: LocalDb, output: DutyRecords[E]) => putDutyRecord(db, entity, output),
  };
}

/** Workflow steps are the server's to decide: nothing moves here until it answers. */
export function dutyDecisionEffect<E extends DutyEntity>(entity: E) {
  return { accepted: (db: LocalDb, output: DutyRecords[E]) => putDutyRecord(db, entity, output) };
}
