import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Logger } from 'pino';
import { addCalendarDays } from '../../shared/calendar/working-days';
import { formatChineseDate, isoDateInChina } from '../../shared/documents/dates';
import { deadlineLabels, incidentDeadlines } from '../../shared/duty/incident-deadlines';
import type { Incident, IncidentDeadlineKind } from '../../shared/duty/records';
import { shiftLabels } from '../../shared/duty/roster-frame';
import { chinaInstant, shiftWindow } from '../../shared/duty/shift-times';
import type { Clock } from '../config';
import type { StepNotices } from '../notices/step-notices';
import type { Writer } from '../sync/writer';
import type { DutyPeople } from './duty-people';
import type { DutyRosters } from './duty-rosters';
import type { DutyStore } from './duty-store';
import { chinaDateTime, postName, slotText } from './wording';

export interface DutySchedulerDeps {
  db: Database;
  store: DutyStore;
  rosters: DutyRosters;
  people: DutyPeople;
  notices: StepNotices;
  writer: Writer;
  clock: Clock;
  /** China time on the day before a shift when its people are reminded. */
  eveRemindAt: string;
  log: Pick<Logger, 'warn'>;
}

const hour = 3_600_000;

/** A reminder the ledger records once it went out; its notice key is a hash because a key holds 64 characters. */
interface Reminder {
  key: string;
  to: string[];
  title: string;
  text: string;
}

const noticeKey = (ledgerKey: string): string => `duty:${createHash('sha256').update(ledgerKey).digest('base64url').slice(0, 40)}`;

/**
 * What the duty office must not miss, sent whether or not anyone has the app open: 突发事件 whose
 * phone or written report is overdue go to the 带班领导 on duty (once each, recorded on the
 * incident), each person on a published roster is reminded the afternoon before and when the shift
 * starts, and units owing a holiday 日报告 are reminded an hour before it is due. Reminders missed
 * while the server was down are not sent late in a burst: each has a window it is useful in.
 */
export class DutyScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private readonly sentKey;
  private readonly record;

  constructor(private readonly deps: DutySchedulerDeps) {
    this.sentKey = deps.db.prepare<[string], { one: number }>('SELECT 1 AS one FROM duty_reminders_sent WHERE key = ?');
    this.record = deps.db.prepare<[string, number]>('INSERT OR IGNORE INTO duty_reminders_sent (key, sent_at) VALUES (?, ?)');
  }

  start(intervalMs: number): void {
    void this.scan();
    this.timer = setInterval(() => void this.scan(), intervalMs);
    this.timer.unref();
  }

  /** One pass; resolves to how many notices went out. Passes never overlap. */
  scan(): Promise<number> {
    this.running ??= this.pass()
      .catch((error: unknown) => {
        this.deps.log.warn({ err: error }, 'duty scheduler pass failed');
        return 0;
      })
      .finally(() => (this.running = null));
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async pass(): Promise<number> {
    const now = this.deps.clock.now();
    let sent = await this.escalate(now);
    for (const reminder of [...this.dutyReminders(now), ...this.dailyReportReminders(now)]) {
      if (this.sentKey.get(reminder.key)) continue;
      try {
        await this.deps.notices.deliver(noticeKey(reminder.key), reminder.to, reminder.title, reminder.text);
      } catch (error) {
        // Not recorded, so the next pass tries it again.
        this.deps.log.warn({ err: error, key: reminder.key }, 'could not send a duty reminder');
        continue;
      }
      await this.deps.writer.write(() => this.record.run(reminder.key, this.deps.clock.now()));
      sent++;
    }
    return sent;
  }

  /** Overdue deadlines without an escalation: recorded on the incident in the write that decides to send. */
  private async escalate(now: number): Promise<number> {
    const { store, writer, notices } = this.deps;
    let sent = 0;
    for (const candidate of store.openIncidents()) {
      for (const kind of this.overdueKinds(candidate, now)) {
        const escalation = await writer.write((scope) => {
          const incident = store.incident(candidate.id)!;
          if (incident.status !== 'open' || !this.overdueKinds(incident, now).includes(kind)) return null;
          const toIds = this.leadersOnDuty(incident.unitId, now);
          const entry = { kind, at: now, toIds };
          store.saveIncident(scope, { ...incident, escalations: [...incident.escalations, entry], updatedAt: now }, []);
          return { incident, toIds };
        });
        if (!escalation) continue;
        const { incident, toIds } = escalation;
        const label = deadlineLabels[kind];
        const due = kind === 'phone' ? incident.phoneDueAt : incident.writtenDueAt;
        const text = `${this.deps.people.unitName(incident.unitId)}「${incident.facts.title}」${label}已超时（接报 ${chinaDateTime(incident.receivedAt)}，应于 ${chinaDateTime(due)} 前完成），请督促报送。`;
        // Recorded before sending, so it never goes out twice; a failed send is logged for the duty office to follow up.
        try {
          await notices.deliver(`inc:${incident.id}:esc:${kind}`, toIds, `突发事件${label}超时`, text);
          sent++;
        } catch (error) {
          this.deps.log.warn({ err: error, incidentId: incident.id, kind }, 'could not send an incident escalation');
        }
      }
    }
    return sent;
  }

  private overdueKinds(incident: Incident, now: number): IncidentDeadlineKind[] {
    return incidentDeadlines(incident, now)
      .filter((deadline) => deadline.state === 'overdue' && !incident.escalations.some((e) => e.kind === deadline.kind))
      .map((deadline) => deadline.kind);
  }

  /** The 带班领导 on the roster now, or the unit's leaders when nobody is on it. */
  private leadersOnDuty(unitId: string, now: number): string[] {
    const onDuty = this.deps.rosters.leadersOnDutyAt(unitId, now);
    return onDuty.length > 0 ? onDuty : this.deps.people.leadersOf(unitId);
  }

  /** The evening before a shift (from eveRemindAt until it starts) and its first hour. */
  private dutyReminders(now: number): Reminder[] {
    const { store, rosters, eveRemindAt } = this.deps;
    const today = isoDateInChina(now);
    const reminders: Reminder[] = [];
    for (const setup of store.setups()) {
      for (const date of [addCalendarDays(today, -1), today, addCalendarDays(today, 1)]) {
        const roster = rosters.coveringPublished(setup.unitId, date);
        for (const slot of roster?.slots ?? []) {
          if (slot.date !== date || !slot.personId) continue;
          const window = shiftWindow(setup.shifts, slot);
          const eveAt = chinaInstant(addCalendarDays(date, -1), eveRemindAt);
          const when = `${formatChineseDate(date)}${shiftLabels[slot.shift]}`;
          const key = `${roster!.id}|${date}|${slot.shift}|${slot.postId}|${slot.personId}`;
          if (eveAt <= now && now < window.start) {
            reminders.push({ key: `${key}|eve`, to: [slot.personId], title: '明日值班提醒', text: `您${when}在「${postName(setup, slot.postId)}」岗位值班（${chinaDateTime(window.start)}起），请按时到岗。` });
          }
          if (window.start <= now && now < Math.min(window.start + hour, window.end)) {
            reminders.push({ key: `${key}|start`, to: [slot.personId], title: '值班开始提醒', text: `您的值班（${slotText(setup, slot)}）已开始，请到岗并做好交接。` });
          }
        }
      }
    }
    return reminders;
  }

  /** An hour before the day's 日报告 is due, units that have not filed hear through their people on duty. */
  private dailyReportReminders(now: number): Reminder[] {
    const { store, rosters, people } = this.deps;
    const today = isoDateInChina(now);
    const reminders: Reminder[] = [];
    for (const call of store.calls()) {
      if (!call.dailyReportBy || today < call.from || today > call.to) continue;
      const dueAt = chinaInstant(today, call.dailyReportBy);
      if (now < dueAt - hour || now >= dueAt) continue;
      for (const unitId of call.unitIds) {
        if (store.ofUnit('dailyReport', unitId).some((report) => report.date === today)) continue;
        const onDuty = rosters.peopleOnDutyAt(unitId, now);
        const to = onDuty.length > 0 ? onDuty : people.dutyOfficersOf(unitId);
        const text = `${call.title}：今日（${formatChineseDate(today)}）的日报告（无事报平安）请于 ${call.dailyReportBy} 前报送${people.unitName(call.ownerUnitId)}。`;
        reminders.push({ key: `daily|${call.id}|${unitId}|${today}`, to, title: '日报告提醒', text });
      }
    }
    return reminders;
  }
}
