import type { Database } from 'better-sqlite3';
import type { SupervisionItem } from '../../shared/supervision/records';
import { dueReminders, type Reminder, type ReminderRules } from '../../shared/supervision/reminders';

/** Later than any reminder can fall: asking for the reminders due by then lists all of them. */
const endOfTime = '9999-12-31';

/**
 * The automatic 催办 each item has had, one row per reminder key, so each goes out once however
 * often the scheduler runs and whenever the server restarts.
 */
export class ReminderLedger {
  private readonly keysOf;
  private readonly insert;

  constructor(
    db: Database,
    private readonly rules: ReminderRules,
  ) {
    this.keysOf = db.prepare<[string], { key: string }>('SELECT key FROM supervision_reminders_sent WHERE item_id = ?');
    this.insert = db.prepare<[string, string, number]>('INSERT OR IGNORE INTO supervision_reminders_sent (item_id, key, sent_at) VALUES (?, ?, ?)');
  }

  /** Reminders due by this day that the item has not had. */
  owed(item: SupervisionItem, todayIso: string): Reminder[] {
    const sent = this.sentKeys(item.id);
    return dueReminders(item, todayIso, this.rules).filter((reminder) => !sent.has(reminder.key));
  }

  /** The first day the item will owe a reminder it has not had (today or earlier when one is late); null when none. */
  nextDay(item: SupervisionItem): string | null {
    return this.owed(item, endOfTime)[0]?.dueDate ?? null;
  }

  /** True when this call recorded it (false when it was already there). */
  record(itemId: string, key: string, at: number): boolean {
    return this.insert.run(itemId, key, at).changes > 0;
  }

  private sentKeys(itemId: string): Set<string> {
    return new Set(this.keysOf.all(itemId).map((row) => row.key));
  }
}
