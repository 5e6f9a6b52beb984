import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { isoDateInChina } from '../../shared/documents/dates';
import type { SupervisionItem, SupervisionLogEntry } from '../../shared/supervision/records';
import type { Reminder } from '../../shared/supervision/reminders';
import type { Clock } from '../config';
import type { StepNotices } from '../notices/step-notices';
import type { Writer } from '../sync/writer';
import type { ReminderLedger } from './reminder-ledger';
import type { SupervisionPeople } from './supervision-people';
import type { SupervisionStore } from './supervision-store';

export interface ReminderSchedulerDeps {
  store: SupervisionStore;
  ledger: ReminderLedger;
  people: SupervisionPeople;
  notices: StepNotices;
  writer: Writer;
  clock: Clock;
  log: Pick<Logger, 'warn'>;
}

/** Items whose next reminder day is worked out again per write when the scheduler starts (about 0.1 s each). */
const refreshPage = 500;

/** Items being reminded at once in a pass: enough for group commits to fill, few enough to keep each short. */
const itemsInFlight = 128;

export interface OwedReminders {
  item: SupervisionItem;
  reminders: Reminder[];
}

/**
 * The notice's key, the same whenever it is sent: a pass that sent it and stopped before recording
 * it sends nothing again. Hashed because a notice key holds 64 characters.
 */
export const reminderNoticeKey = (itemId: string, reminderKey: string): string =>
  `sup:${createHash('sha256').update(`${itemId}\n${reminderKey}`).digest('base64url').slice(0, 40)}`;

const audienceLabels: Record<Reminder['audience'], string> = { owners: '责任人', leaders: '承办单位领导' };

/** The line an automatic 催办 leaves in its item's log, so the people on it see it went out. */
export function reminderLogEntry(reminder: Reminder, at: number): SupervisionLogEntry {
  return { at, actorId: null, action: 'urge', text: `系统自动催办：${reminder.title}，已通知${audienceLabels[reminder.audience]}` };
}

/**
 * Automatic 催办, sent by the server whether or not anyone has the app open: every pass sends each
 * item the reminders that have fallen due (dueReminders), records each key so it goes out once,
 * and notes it in the item's log. Only items whose next reminder day has come are read.
 */
export class ReminderScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(private readonly deps: ReminderSchedulerDeps) {}

  /** Reschedules every working item (the rules may have changed since the last start), then passes every interval. */
  start(intervalMs: number): void {
    this.running = this.refresh()
      .then(() => this.pass())
      .catch((error: unknown) => {
        this.deps.log.warn({ err: error }, 'could not start the 督办 reminder scheduler');
        return 0;
      })
      .finally(() => (this.running = null));
    this.timer = setInterval(() => void this.scan(), intervalMs);
    this.timer.unref();
  }

  /** One pass; resolves to how many reminders went out. Passes never overlap. */
  scan(): Promise<number> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Works out every working item's next reminder day again, a page per write. */
  async refresh(): Promise<void> {
    const { store, writer } = this.deps;
    for (let after = ''; ; ) {
      const page = await writer.write(() => {
        const items = store.workingItems(after, refreshPage);
        for (const item of items) store.reschedule(item);
        return items;
      });
      if (page.length < refreshPage) return;
      after = page[page.length - 1]!.id;
    }
  }

  /** What has fallen due by this day: each item whose next reminder day has come, with the reminders it has not had. */
  owed(todayIso: string): OwedReminders[] {
    const { store, ledger } = this.deps;
    return store.owingReminders(todayIso).map((item) => ({ item, reminders: ledger.owed(item, todayIso) }));
  }

  /**
   * A few items at a time, so each group commit stays short and requests keep being served while
   * the turn of a day sends its thousands of reminders.
   */
  private async pass(): Promise<number> {
    const owed = this.owed(isoDateInChina(this.deps.clock.now()));
    let next = 0;
    let sent = 0;
    const worker = async (): Promise<void> => {
      while (next < owed.length) {
        const entry = owed[next++]!;
        const count = await this.remind(entry).catch((error: unknown) => {
          this.deps.log.warn({ err: error, itemId: entry.item.id }, 'could not record automatic 催办');
          return 0;
        });
        sent += count;
      }
    };
    await Promise.all(Array.from({ length: itemsInFlight }, worker));
    return sent;
  }

  /** Sends the item what it owes, in date order, then records what went out in one write. */
  private async remind({ item, reminders }: OwedReminders): Promise<number> {
    const { store, ledger, people, notices, writer, clock, log } = this.deps;
    const sent: Reminder[] = [];
    for (const reminder of reminders) {
      const to = reminder.audience === 'owners' ? people.ownersOf(item) : people.leadersOfUnits(item);
      try {
        await notices.deliver(reminderNoticeKey(item.id, reminder.key), to, reminder.title, reminder.text);
        sent.push(reminder);
      } catch (error) {
        // Not recorded, so the next pass tries it again.
        log.warn({ err: error, itemId: item.id, reminder: reminder.key }, 'could not send an automatic 催办');
        break;
      }
    }
    await writer.write((scope) => {
      const current = store.item(item.id)!;
      const now = clock.now();
      const fresh = sent.filter((reminder) => ledger.record(item.id, reminder.key, now));
      if (fresh.length === 0) return store.reschedule(current);
      const entries = fresh.map((reminder) => reminderLogEntry(reminder, now));
      store.saveForSameAudience(scope, { ...current, updatedAt: now, log: [...current.log, ...entries] });
    });
    return sent.length;
  }
}
