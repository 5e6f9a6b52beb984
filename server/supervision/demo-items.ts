import { isoDateInChina } from '../../shared/documents/dates';
import type { Person } from '../../shared/directory/schemas';
import { evaluationGrades } from '../../shared/supervision/kinds';
import type { SupervisionAction } from '../../shared/supervision/actions';
import { applySupervisionAction, newSupervisionItem } from '../../shared/supervision/lifecycle';
import type { SupervisionItem } from '../../shared/supervision/records';
import { CreateSupervisionInput } from '../../shared/supervision/actions';
import { demoId, Random } from '../demo/organization';
import type { DirectoryStore } from '../directory/directory-store';
import type { UnitRoles } from '../directory/unit-roles';
import type { WriteScope } from '../sync/writer';
import { demoItemSpecs, type DemoItemSpec } from './demo-item-specs';
import type { ReminderLedger } from './reminder-ledger';
import { reminderLogEntry } from './reminder-scheduler';
import type { SupervisionNumbers } from './supervision-numbers';
import type { SupervisionPeople } from './supervision-people';
import type { SupervisionStore } from './supervision-store';

export interface DemoItemDeps {
  store: SupervisionStore;
  numbers: SupervisionNumbers;
  people: SupervisionPeople;
  roles: UnitRoles;
  directory: DirectoryStore;
  ledger: ReminderLedger;
  returnWindowWorkingDays: number;
}

const hour = 3_600_000;
const day = 24 * hour;

/** One step of an item's history: when, who, what (worked out from the item then, for ids made on the way). */
interface Step {
  at: number;
  by: Person;
  action: SupervisionAction | ((item: SupervisionItem) => SupervisionAction);
}

const progressTexts: [number, string][] = [
  [30, '已召开专题会议研究部署，制定工作方案，明确责任分工和时间节点。'],
  [60, '各项任务正在有序推进，已完成阶段性目标，正在协调解决资金、用地等问题。'],
  [90, '主体工作基本完成，正在开展查漏补缺和验收准备工作。'],
  [101, '各项任务已全部完成，相关材料已整理归档。'],
];
const progressText = (percent: number): string => progressTexts.find(([below]) => percent < below)![1];

/**
 * Demo start-up: the 督查室 of 市政府办公室 (单晓光) and a year of its work, about 40 items from every
 * source across the city's units. Each is built by replaying its history through the lifecycle
 * (签收, 反馈, 节点, 延期, 办结, 评价, 归档) at dates relative to now, so the records are consistent,
 * some are red or yellow today, and the dashboard has a trend. Automatic 催办 that would have
 * gone out before today are recorded as sent, as a server running all year would have done.
 */
export function seedSupervisionItems(scope: WriteScope, now: number, deps: DemoItemDeps): void {
  const { store, numbers, people, roles, directory, ledger, returnWindowWorkingDays } = deps;
  const supervisorRow = directory.personRowByUsername('shanxiaoguang');
  if (!supervisorRow) return;
  const supervisor = directory.toPerson(supervisorRow);
  const ownerUnitId = roles.unitsOf(supervisor)[0]!;
  const unitIds = new Map(directory.orgs().filter((org) => org.kind === 'unit').map((org) => [org.name, org.id]));
  const root = directory.orgs().find((org) => org.parentId === null)!;
  const cityLeaders = directory.people(roles.withRole(root.id, 'leader'));
  const random = new Random('supervision-demo');
  const person = (id: string): Person => directory.person(id)!;
  const signerOf = (unitId: string): Person => person(people.leadersOf(unitId)[0] ?? people.signersOf(unitId)[0]!);
  const ownerOf = (unitId: string): Person => {
    const members = roles.activeMembers(unitId);
    return members.find((p) => !p.roles.includes('leader')) ?? members[members.length - 1]!;
  };
  const today = isoDateInChina(now);
  // Mornings in China: the day `ago` days before today, at 09:00 (01:00 UTC).
  const startOfToday = Date.parse(`${today}T09:00:00+08:00`);

  [...demoItemSpecs]
    .sort((a, b) => b.ago - a.ago)
    .forEach((spec, index) => {
      const createdAt = startOfToday - spec.ago * day;
      const at = (days: number, hours = 0): number => createdAt + days * day + hours * hour;
      const lead = unitIds.get(spec.lead)!;
      const support = (spec.support ?? []).map((name) => unitIds.get(name)!);
      const input = CreateSupervisionInput.parse({
        id: demoId(`supervision:${index}`),
        ownerUnitId,
        source: spec.source,
        instructingLeaderId: spec.source === '领导批示' || spec.source === '会议议定事项' ? random.pick(cityLeaders).id : null,
        title: spec.title,
        originalText: spec.originalText,
        requirements: spec.requirements,
        priority: spec.priority,
        cadence: spec.cadence,
        deadline: isoDateInChina(at(spec.days)),
        milestones: (spec.milestones ?? []).map((title, i, all) => ({
          id: demoId(`supervision:${index}:milestone:${i}`),
          title,
          due: isoDateInChina(at(Math.round((spec.days * 0.8 * (i + 1)) / all.length))),
        })),
        units: [{ unitId: lead, role: 'lead' }, ...support.map((unitId) => ({ unitId, role: 'support' }))],
      });
      const year = Number(isoDateInChina(createdAt).slice(0, 4));
      let item = newSupervisionItem(input, { year, serial: numbers.next(year, input.id) }, supervisor.id, createdAt);
      let seq = 0;
      const steps = historyOf(spec, item, { supervisor, signerOf, ownerOf, at, random }).filter((step) => step.at < now);
      for (const step of steps.sort((a, b) => a.at - b.at)) {
        const action = typeof step.action === 'function' ? step.action(item) : step.action;
        const result = applySupervisionAction(item, action, people.actorFor(step.by, item), {
          now: step.at,
          todayIso: isoDateInChina(step.at),
          returnWindowWorkingDays,
          newId: () => demoId(`supervision:${index}:${seq++}`),
          unitName: (unitId) => roles.unitName(unitId),
        });
        if (!result.ok) throw new Error(`demo item "${spec.title}": ${action.kind} refused: ${result.reason}`);
        item = result.item;
      }
      store.save(scope, withPastReminders(item, today, ledger));
    });
}

/** Marks the automatic 催办 dated before today as sent, with their lines in the item's log. */
function withPastReminders(item: SupervisionItem, today: string, ledger: ReminderLedger): SupervisionItem {
  const past = ledger.owed(item, today).filter((reminder) => reminder.dueDate < today);
  if (past.length === 0) return item;
  const entries = past.map((reminder) => {
    const at = Date.parse(`${reminder.dueDate}T08:30:00+08:00`);
    ledger.record(item.id, reminder.key, at);
    return reminderLogEntry(reminder, at);
  });
  return { ...item, log: [...item.log, ...entries].sort((a, b) => a.at - b.at) };
}

interface Cast {
  supervisor: Person;
  signerOf(unitId: string): Person;
  ownerOf(unitId: string): Person;
  at(days: number, hours?: number): number;
  random: Random;
}

/** The steps that take a new item to where its fate says it is today. */
function historyOf(spec: DemoItemSpec, item: SupervisionItem, cast: Cast): Step[] {
  const { supervisor, signerOf, ownerOf, at, random } = cast;
  const steps: Step[] = [];
  const add = (when: number, by: Person, action: Step['action']) => steps.push({ at: when, by, action });
  const [lead, ...support] = item.units;
  const fate = spec.fate;
  if (fate === 'assigned') return steps;

  for (const part of item.units) {
    if (fate === 'returned' && part.role === 'support' && part === item.units[item.units.length - 1]) {
      add(at(1, 2), signerOf(part.unitId), { kind: 'return', unitId: part.unitId, reason: '该项任务已由县住房城乡建设部门单独承担，不属县政府办公室办理范围，请调整承办单位。' });
    } else {
      add(at(1, random.int(6)), signerOf(part.unitId), { kind: 'accept', unitId: part.unitId, ownerId: ownerOf(part.unitId).id });
    }
  }
  if (fate === 'returned') return steps;

  const closing = ['archived', 'evaluated', 'extended', 'late', 'redone', 'reviewing'].includes(fate);
  // The day the lead unit files its 办结申请 (counted from 立项), or today's offset for items at work.
  const closeDay = fate === 'extended' ? spec.days + 10 : fate === 'late' ? spec.days + 5 : closing ? Math.floor(spec.days * 0.9) : spec.ago;
  const workEnd = at(closeDay);

  // Progress reports on the cadence (now and then one late or missing, as in real life), each
  // reviewed a few hours later: the lead unit's by the 督查室, a 配合单位's by the lead unit.
  const report = (when: number, unitId: string, role: string, percent: number, milestoneId: string | null) => {
    const text = role === 'lead' ? progressText(percent) : '我单位按分工配合推进，相关情况已报牵头单位。';
    add(when, ownerOf(unitId), { kind: 'report', unitId, text, percent, fileIds: [], milestoneId });
    const accept = role === 'support' || random.float() > 0.1;
    add(when + 3 * hour, role === 'lead' ? supervisor : ownerOf(lead!.unitId), (current) => ({
      kind: 'reviewReport',
      reportId: current.reports.find((r) => r.unitId === unitId && r.at === when)!.id,
      accept,
      opinion: accept ? '' : '进展情况过于笼统，请补充量化数据后重新报送。',
    }));
  };
  if (item.cadence === 'milestone') {
    for (const milestone of item.milestones) {
      const when = Date.parse(`${milestone.due}T15:00:00+08:00`) - 2 * day;
      if (when < workEnd - day) report(when, lead!.unitId, 'lead', Math.round((100 * (when - at(0))) / (spec.days * day)), milestone.id);
    }
  } else {
    const every = item.cadence === 'monthly' ? 30 : 7;
    for (let d = 3; at(d) < workEnd - day; d += every) {
      const percent = Math.min(95, Math.round((100 * d) / Math.max(closeDay, spec.days)));
      for (const part of [lead!, ...support]) {
        const when = at(d + random.int(2), 3 + random.int(5));
        if (random.float() >= 0.12 && when < workEnd - day) report(when, part.unitId, part.role, percent, null);
      }
    }
  }

  // 节点: each reached the day before it falls due; an overdue item leaves its last one open.
  item.milestones.forEach((milestone, i) => {
    const last = i === item.milestones.length - 1;
    if (fate === 'urged' && last) return;
    const reachedAt = Date.parse(`${milestone.due}T10:00:00+08:00`) - day;
    if (reachedAt < workEnd) add(reachedAt, ownerOf(lead!.unitId), { kind: 'completeMilestone', milestoneId: milestone.id });
  });

  if (fate === 'extended') {
    add(at(spec.days - 3), ownerOf(lead!.unitId), { kind: 'requestExtension', unitId: lead!.unitId, newDeadline: isoDateInChina(at(spec.days + 20)), milestoneId: null, reason: '受施工季节影响，部分项目需顺延，申请延期20天。' });
    add(at(spec.days - 2), supervisor, (current) => ({ kind: 'decideExtension', extensionId: current.extensions[0]!.id, approve: true, opinion: '同意，请抓紧推进。' }));
  }
  if (fate === 'extensionPending') {
    add(at(spec.ago - 1), ownerOf(lead!.unitId), { kind: 'requestExtension', unitId: lead!.unitId, newDeadline: isoDateInChina(at(spec.days + 30)), milestoneId: null, reason: '需征求相关代表意见并开展试点，申请延期30天。' });
  }
  if (fate === 'urged') add(at(spec.ago - 1, 1), supervisor, { kind: 'urge', text: '该事项已超过办理期限，请于3个工作日内报送办理情况及超期原因。' });
  if (!closing) return steps;

  for (const part of support) add(workEnd - 2 * day, ownerOf(part.unitId), { kind: 'completePart', unitId: part.unitId });
  const closure = (when: number) => add(when, ownerOf(lead!.unitId), { kind: 'requestClosure', report: `${spec.title.replace(/^关于/, '')}各项任务已全部完成，现申请办结。`, fileIds: [] });
  closure(workEnd);
  if (fate === 'reviewing') return steps;
  let closedAt = workEnd + day;
  if (fate === 'redone') {
    add(closedAt, supervisor, { kind: 'reviewClosure', accept: false, opinion: '办结报告缺少量化成效，请补充后重新报送。' });
    closure(closedAt + 3 * day);
    closedAt += 4 * day;
  }
  add(closedAt, supervisor, { kind: 'reviewClosure', accept: true, opinion: '' });
  add(closedAt + 2 * day, supervisor, { kind: 'evaluate', grade: random.pick(evaluationGrades.slice(0, 3)), comment: '' });
  if (fate === 'archived') add(closedAt + 7 * day, supervisor, { kind: 'archive' });
  return steps;
}
