/**
 * 督办 reminder scheduler benchmark: a server database filled directly with 100,000 items across
 * 200 units (a quarter of them still being worked on, the rest closed over the past three years),
 * every reminder before yesterday already sent. The real server then starts on it and the figures
 * are the scheduler's own: the refresh it does at start, the pass at the turn of a working day
 * (sending that day's reminders), and the pass every minute after it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isoDateInChina } from '../shared/documents/dates';
import { newId } from '../shared/ids';
import { newSupervisionItem } from '../shared/supervision/lifecycle';
import { defaultReminderRules } from '../shared/supervision/reminders';
import type { SupervisionItem } from '../shared/supervision/records';
import { supervisionSources } from '../shared/supervision/kinds';
import { startServer } from '../server/app';
import { openDatabase } from '../server/storage/database';
import { ReminderLedger } from '../server/supervision/reminder-ledger';
import { ManualClock } from '../server/testing/api-harness';
import { round } from './stats';

const day = 86_400_000;

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

interface Unit {
  id: string;
  leaderId: string;
  ownerId: string;
}

/** Root, 市政府办公室 with its 督查员, and `count` units each with a leader and a staff member. */
function fillDirectory(db: ReturnType<typeof openDatabase>, count: number, now: number): { officeId: string; supervisorId: string; units: Unit[] } {
  const org = db.prepare("INSERT INTO orgs (id, parent_id, name, kind, sort, updated_at) VALUES (?, ?, ?, ?, 0, ?)");
  const person = db.prepare("INSERT INTO people (id, username, name, pinyin, initials, roles, password_hash, updated_at) VALUES (?, ?, ?, '', '', ?, 'x', ?)");
  const post = db.prepare("INSERT INTO posts (person_id, org_id, title, sort, position) VALUES (?, ?, '', 0, 0)");
  const addPerson = (orgId: string, username: string, roles: string[]): string => {
    const id = newId();
    person.run(id, username, username, JSON.stringify(roles), now);
    post.run(id, orgId);
    return id;
  };
  const rootId = newId();
  org.run(rootId, null, '滨州市人民政府', 'unit', now);
  const officeId = newId();
  org.run(officeId, rootId, '市政府办公室', 'unit', now);
  const supervisorId = addPerson(officeId, 'supervisor', ['supervisor']);
  const units = Array.from({ length: count }, (_, i): Unit => {
    const id = newId();
    org.run(id, rootId, `单位${i + 1}`, 'unit', now);
    return { id, leaderId: addPerson(id, `leader${i}`, ['leader']), ownerId: addPerson(id, `owner${i}`, []) };
  });
  return { officeId, supervisorId, units };
}

/** An item as the lifecycle would have left it: signed, with reports and reached milestones, or closed. */
function benchItem(rand: () => number, units: Unit[], officeId: string, supervisorId: string, serial: number, today: number): SupervisionItem {
  const open = rand() < 0.25;
  const createdAt = today - Math.floor((open ? 1 + rand() * 150 : 30 + rand() * 1000) * day);
  const deadlineAt = open ? Math.max(createdAt + 5 * day, today + Math.floor((rand() * 150 - 30) * day)) : createdAt + Math.floor((10 + rand() * 90) * day);
  const lead = units[Math.floor(rand() * units.length)]!;
  const support = rand() < 0.5 ? [units[Math.floor(rand() * units.length)]!].filter((u) => u !== lead) : [];
  const milestoneCount = Math.floor(rand() * 4);
  const milestones = Array.from({ length: milestoneCount }, (_, i) => ({
    id: newId(),
    title: `第${i + 1}阶段任务完成`,
    due: isoDateInChina(createdAt + ((deadlineAt - createdAt) * (i + 1)) / (milestoneCount + 1)),
  }));
  const base = newSupervisionItem(
    {
      id: newId(), ownerUnitId: officeId, source: supervisionSources[serial % supervisionSources.length]!, sourceDocumentId: null, instructingLeaderId: null,
      title: `关于加快推进第${serial}项重点工作落实的批示`, originalText: '请牵头单位会同有关部门抓紧研究，确保按期完成。', requirements: '请于每周五前报送办理进展。',
      priority: '一般', cadence: 'weekly', deadline: isoDateInChina(deadlineAt), milestones,
      units: [{ unitId: lead.id, role: 'lead' }, ...support.map((u) => ({ unitId: u.id, role: 'support' as const }))],
    },
    { year: Number(isoDateInChina(createdAt).slice(0, 4)), serial },
    supervisorId,
    createdAt,
  );
  const acceptedAt = createdAt + day;
  const owners = new Map([lead, ...support].map((u) => [u.id, u.ownerId]));
  const signed = rand() < 0.9 || !open;
  const reports = Array.from({ length: signed ? Math.floor(rand() * 6) : 0 }, (_, i) => ({
    id: newId(), unitId: lead.id, byId: lead.ownerId, at: acceptedAt + (i + 1) * 7 * day, text: '已完成方案制定，正在组织实施，预计按期完成。', percent: 10 * (i + 1),
    fileIds: [], milestoneId: null, status: 'accepted' as const, reviewOpinion: '', reviewedBy: supervisorId,
  }));
  const reached = (due: string) => !open || (due < isoDateInChina(today) && rand() < 0.8);
  return {
    ...base,
    status: open ? (signed ? 'handling' : 'assigned') : rand() < 0.5 ? 'archived' : 'closed',
    units: base.units.map((u) => (signed ? { ...u, status: 'accepted', ownerId: owners.get(u.unitId)!, acceptedAt, lastReportAt: reports.at(-1)?.at ?? null } : u)),
    milestones: base.milestones.map((m) => (reached(m.due) ? { ...m, doneAt: Date.parse(`${m.due}T10:00:00+08:00`) } : m)),
    reports,
    closedAt: open ? null : deadlineAt - day,
    log: [...base.log, ...reports.map((r) => ({ at: r.at, actorId: r.byId, action: 'report', text: `反馈进展，完成 ${r.percent}%` }))],
  };
}

export async function benchSupervisionScheduler(total = 100_000, unitCount = 200): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'xt-bench-supervision-'));
  // Tuesday 2026-11-24, 09:00 in China: the day before the measured turn of the day.
  const clock = new ManualClock(Date.UTC(2026, 10, 24, 1, 0, 0));
  const yesterday = isoDateInChina(clock.now() - day);
  const rand = seededRandom(7);

  const fillStarted = performance.now();
  const db = openDatabase(dataDir);
  const ledger = new ReminderLedger(db, defaultReminderRules);
  const insertItem = db.prepare('INSERT INTO supervision_items (id, owner_unit_id, status, deadline, next_reminder_on, data, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  let open = 0;
  db.transaction(() => {
    const { officeId, supervisorId, units } = fillDirectory(db, unitCount, clock.now());
    for (let serial = 1; serial <= total; serial++) {
      const item = benchItem(rand, units, officeId, supervisorId, serial, clock.now());
      if (item.status === 'assigned' || item.status === 'handling') open++;
      // What a server running all along would have sent already.
      for (const reminder of ledger.owed(item, yesterday)) ledger.record(item.id, reminder.key, clock.now() - day);
      insertItem.run(item.id, item.ownerUnitId, item.status, item.deadline, ledger.nextDay(item), JSON.stringify(item), item.updatedAt);
    }
  })();
  db.close();
  const fillSeconds = (performance.now() - fillStarted) / 1000;

  const server = await startServer({ dataDir, clock, log: false });
  try {
    await server.supervisionReminders.scan(); // the start's own refresh and pass (the day before's reminders)
    let started = performance.now();
    await server.supervisionReminders.refresh();
    const refreshMs = performance.now() - started;

    // The turn of the day: first what is owed (reading the items due and working out their reminders), then the pass that sends it.
    clock.advance(day);
    started = performance.now();
    const owed = server.supervisionReminders.owed(isoDateInChina(clock.now()));
    const findMs = performance.now() - started;
    const stalls = monitorEventLoopDelay({ resolution: 5 });
    stalls.enable();
    started = performance.now();
    const sentAtTurn = await server.supervisionReminders.scan();
    const turnMs = performance.now() - started;
    stalls.disable();

    started = performance.now();
    const sentAfter = await server.supervisionReminders.scan();
    const minuteMs = performance.now() - started;
    const ahead = (server.db.prepare('SELECT COUNT(*) AS n FROM supervision_items WHERE next_reminder_on IS NOT NULL').get() as { n: number }).n;

    return {
      items: total,
      units: unitCount,
      openItems: open,
      itemsWithAReminderAhead: ahead,
      fillSeconds: round(fillSeconds, 1),
      startRefreshMs: round(refreshMs, 0),
      dayTurn: {
        itemsOwing: owed.length,
        remindersOwed: owed.reduce((sum, entry) => sum + entry.reminders.length, 0),
        findMs: round(findMs, 0),
        passMs: round(turnMs, 0),
        remindersSent: sentAtTurn,
        longestEventLoopStallMs: round(stalls.max / 1e6, 0),
      },
      minutePass: { ms: round(minuteMs, 1), remindersSent: sentAfter },
    };
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
