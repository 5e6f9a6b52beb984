import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { SupervisionItem } from '../../shared/supervision/records';
import type { RecordAccess } from '../documents/record-access';
import type { ChangeLog, RecordScope } from '../sync/change-log';
import type { WriteScope } from '../sync/writer';
import type { SupervisionPeople } from './supervision-people';

export const supervisionScope = (itemId: string): RecordScope => `sup:${itemId}`;

/** The first day an item may owe an automatic 催办 it has not had yet; null when it owes none. */
export type NextReminderDay = (item: SupervisionItem) => string | null;

/**
 * 督办事项, kept whole. Every save grants the people the item now involves (access only grows: a
 * unit that was replaced still sees what became of the item) and appends it to the change log
 * under its own scope, so they pull it on their next sync.
 */
export class SupervisionStore {
  private readonly getOne;
  private readonly put;
  private readonly dueRows;
  private readonly workingRows;
  private readonly setNextDay;
  private readonly visibleRows;

  constructor(
    db: Database,
    private readonly changeLog: ChangeLog,
    private readonly access: RecordAccess,
    private readonly people: SupervisionPeople,
    private readonly nextReminderDay: NextReminderDay,
  ) {
    this.getOne = db.prepare<[string], { data: string }>('SELECT data FROM supervision_items WHERE id = ?');
    this.put = db.prepare(
      `INSERT INTO supervision_items (id, owner_unit_id, status, deadline, next_reminder_on, data, updated_at)
       VALUES (@id, @ownerUnitId, @status, @deadline, @nextReminderOn, @data, @updatedAt)
       ON CONFLICT (id) DO UPDATE SET owner_unit_id = excluded.owner_unit_id, status = excluded.status, deadline = excluded.deadline,
         next_reminder_on = excluded.next_reminder_on, data = excluded.data, updated_at = excluded.updated_at`,
    );
    this.dueRows = db.prepare<[string], { data: string }>('SELECT data FROM supervision_items WHERE next_reminder_on <= ?');
    this.workingRows = db.prepare<[string, number], { id: string; data: string }>(
      "SELECT id, data FROM supervision_items WHERE status IN ('assigned', 'handling') AND id > ? ORDER BY id LIMIT ?",
    );
    this.setNextDay = db.prepare<[string | null, string]>('UPDATE supervision_items SET next_reminder_on = ? WHERE id = ?');
    this.visibleRows = db.prepare<[string], { data: string }>(
      "SELECT i.data FROM supervision_items i JOIN record_access a ON a.scope = 'sup:' || i.id WHERE a.user_id = ?",
    );
  }

  item(id: string): SupervisionItem | null {
    const row = this.getOne.get(id);
    return row ? (JSON.parse(row.data) as SupervisionItem) : null;
  }

  /** Someone the item does not involve gets the same answer as for a missing one. */
  visibleItem(id: string, userId: string): SupervisionItem {
    const item = this.item(id);
    if (!item || !this.access.has(supervisionScope(id), userId)) throw new AppError('not_found', '督办事项不存在或无权查看');
    return item;
  }

  save(scope: WriteScope, item: SupervisionItem): SupervisionItem {
    this.access.grant(supervisionScope(item.id), this.people.audience(item));
    return this.saveForSameAudience(scope, item);
  }

  /** For changes that cannot change who the item involves (automatic 催办 lines in its log): no granting. */
  saveForSameAudience(scope: WriteScope, item: SupervisionItem): SupervisionItem {
    this.put.run({
      id: item.id,
      ownerUnitId: item.ownerUnitId,
      status: item.status,
      deadline: item.deadline,
      nextReminderOn: this.nextReminderDay(item),
      data: JSON.stringify(item),
      updatedAt: item.updatedAt,
    });
    this.changeLog.put(scope.changes, 'supervisionItem', item, supervisionScope(item.id));
    return item;
  }

  /** Items owing an automatic 催办 by this day: only these are read, so a pass stays cheap. */
  owingReminders(todayIso: string): SupervisionItem[] {
    return this.dueRows.all(todayIso).map((row) => JSON.parse(row.data) as SupervisionItem);
  }

  /** Items the units are working on, a page at a time in id order: `after` is the last id of the previous page. */
  workingItems(after: string, limit: number): SupervisionItem[] {
    return this.workingRows.all(after, limit).map((row) => JSON.parse(row.data) as SupervisionItem);
  }

  /** Works out the item's next reminder day again (the rules or the reminders sent have changed), nothing else. */
  reschedule(item: SupervisionItem): void {
    this.setNextDay.run(this.nextReminderDay(item), item.id);
  }

  visibleTo(userId: string): SupervisionItem[] {
    return this.visibleRows.all(userId).map((row) => JSON.parse(row.data) as SupervisionItem);
  }
}
