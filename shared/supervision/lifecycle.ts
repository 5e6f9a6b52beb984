import { formatChineseDate } from '../documents/dates';
import type { CreateSupervisionInput, SupervisionAction, SupervisionActionKind, UnitAssignment } from './actions';
import { supervisionActionLabels } from './actions';
import { unitRoleLabels } from './kinds';
import type { SupervisionItem, UnitPart } from './records';
import { actionRefusal, leadPart, partOf, type CheckContext, type SupervisionActor } from './permissions';
import { dayOfIso, isoOfDay } from './working-day-index';
import type { z } from 'zod';

export type { SupervisionActor } from './permissions';

/**
 * The 督查督办 lifecycle as one pure function: 交办中 (until every unit has signed) → 办理中 →
 * 审核中 (办结申请 under review; 退回重办 goes back to 办理中) → 已办结 → 已归档. The server feeds it
 * the stored item, the action and who acts, stores what comes back and sends the notices; clients
 * use the same rules to show which buttons apply.
 */
export interface SupervisionContext {
  now: number;
  todayIso: string;
  /** 退回 is allowed within this many working days of the unit's 交办. */
  returnWindowWorkingDays: number;
  newId(): string;
  /** Names units in log texts and refusals; the unit id when not given. */
  unitName?(unitId: string): string;
}

/** DOMAIN.md §2.1: a misassigned item goes back within 5–10 days; the stricter end by default. */
export const defaultReturnWindowWorkingDays = 5;

/**
 * A 工作通知 to send. `unitIds` are units with nobody named yet (a new 交办 or a 催办 before
 * 签收): the server sends to the people holding posts there.
 */
export interface SupervisionNotice {
  userIds: string[];
  unitIds: string[];
  title: string;
  text: string;
}

export type SupervisionTransition = { ok: true; item: SupervisionItem; notify: SupervisionNotice[] } | { ok: false; reason: string };

export function formatSupervisionNumber(year: number, serial: number): string {
  return `督〔${year}〕${serial}号`;
}

function pendingPart(assignment: UnitAssignment, at: number): UnitPart {
  return { ...assignment, status: 'pending', assignedAt: at, ownerId: null, acceptedAt: null, returnReason: '', percent: 0, lastReportAt: null, partDone: false };
}

/** 立项 and 交办 at once: every unit starts out waiting to sign. */
export function newSupervisionItem(
  input: z.output<typeof CreateSupervisionInput>,
  number: { year: number; serial: number },
  createdBy: string,
  now: number,
): SupervisionItem {
  return {
    id: input.id,
    number: formatSupervisionNumber(number.year, number.serial),
    year: number.year,
    serial: number.serial,
    ownerUnitId: input.ownerUnitId,
    createdBy,
    createdAt: now,
    updatedAt: now,
    source: input.source,
    sourceDocumentId: input.sourceDocumentId,
    instructingLeaderId: input.instructingLeaderId,
    title: input.title,
    originalText: input.originalText,
    requirements: input.requirements,
    priority: input.priority,
    cadence: input.cadence,
    deadline: input.deadline,
    originalDeadline: input.deadline,
    milestones: input.milestones.map((m) => ({ ...m, doneAt: null })),
    units: input.units.map((u) => pendingPart(u, now)),
    status: 'assigned',
    reports: [],
    extensions: [],
    closure: null,
    closedAt: null,
    evaluation: null,
    log: [{ at: now, actorId: createdBy, action: 'create', text: `立项并交办，办理期限 ${formatChineseDate(input.deadline)}` }],
  };
}

/** The kinds of action this actor could take now, given suitable details; what the client shows. */
export function availableSupervisionActions(
  item: SupervisionItem,
  actor: SupervisionActor,
  todayIso: string,
  returnWindowWorkingDays = defaultReturnWindowWorkingDays,
): SupervisionActionKind[] {
  const ctx: CheckContext = { todayIso, returnWindowWorkingDays, unitName: (id) => id };
  const kinds = new Set<SupervisionActionKind>();
  for (const probe of probes(item, actor, todayIso)) {
    if (!kinds.has(probe.kind) && actionRefusal(item, probe, actor, ctx) === null) kinds.add(probe.kind);
  }
  return [...kinds];
}

/** One action per kind and target (unit, report, milestone, extension), with details that pass. */
function probes(item: SupervisionItem, actor: SupervisionActor, todayIso: string): SupervisionAction[] {
  const dayAfter = (iso: string) => isoOfDay(dayOfIso(iso) + 1);
  const text = supervisionActionLabels.report;
  return [
    ...item.units.flatMap((u): SupervisionAction[] => [
      { kind: 'accept', unitId: u.unitId, ownerId: actor.personId },
      { kind: 'return', unitId: u.unitId, reason: text },
      { kind: 'report', unitId: u.unitId, text, percent: u.percent, fileIds: [], milestoneId: null },
      { kind: 'completePart', unitId: u.unitId },
      { kind: 'requestExtension', unitId: u.unitId, newDeadline: dayAfter(item.deadline), milestoneId: null, reason: text },
      ...item.milestones.map(
        (m): SupervisionAction => ({ kind: 'requestExtension', unitId: u.unitId, newDeadline: dayAfter(m.due), milestoneId: m.id, reason: text }),
      ),
    ]),
    { kind: 'reassign', units: item.units.map(({ unitId, role }) => ({ unitId, role })) },
    ...item.reports.map((r): SupervisionAction => ({ kind: 'reviewReport', reportId: r.id, accept: true, opinion: '' })),
    ...item.milestones.map((m): SupervisionAction => ({ kind: 'completeMilestone', milestoneId: m.id })),
    ...item.extensions.map((e): SupervisionAction => ({ kind: 'decideExtension', extensionId: e.id, approve: true, opinion: '' })),
    { kind: 'requestClosure', report: text, fileIds: [] },
    { kind: 'reviewClosure', accept: true, opinion: '' },
    { kind: 'evaluate', grade: '良好', comment: '' },
    { kind: 'archive' },
    { kind: 'urge', text: todayIso },
  ];
}

export function applySupervisionAction(
  item: SupervisionItem,
  action: SupervisionAction,
  actor: SupervisionActor,
  ctx: SupervisionContext,
): SupervisionTransition {
  const unitName = ctx.unitName ?? ((id: string) => id);
  const refusal = actionRefusal(item, action, actor, { todayIso: ctx.todayIso, returnWindowWorkingDays: ctx.returnWindowWorkingDays, unitName });
  if (refusal) return { ok: false, reason: refusal };
  const effect = effectOf(item, action, actor, ctx, unitName);
  const next: SupervisionItem = {
    ...item,
    ...effect.changes,
    updatedAt: ctx.now,
    log: [...item.log, { at: ctx.now, actorId: actor.personId, action: action.kind, text: effect.logText }],
  };
  const notify = effect.notify
    .map((n) => ({ ...n, userIds: [...new Set(n.userIds)].filter((id) => id !== actor.personId) }))
    .filter((n) => n.userIds.length > 0 || n.unitIds.length > 0);
  return { ok: true, item: next, notify };
}

interface Effect {
  changes: Partial<SupervisionItem>;
  logText: string;
  notify: SupervisionNotice[];
}

/** 交办中 until every unit has signed (a returned unit keeps it there until 调整承办单位). */
const statusForUnits = (units: readonly UnitPart[]): 'assigned' | 'handling' => (units.every((u) => u.status === 'accepted') ? 'handling' : 'assigned');

const ownerIds = (parts: readonly (UnitPart | undefined)[]): string[] => parts.flatMap((p) => (p?.ownerId ? [p.ownerId] : []));

function effectOf(item: SupervisionItem, action: SupervisionAction, actor: SupervisionActor, ctx: SupervisionContext, unitName: (id: string) => string): Effect {
  const notice = (userIds: (string | null)[], subject: string, text: string, unitIds: string[] = []): SupervisionNotice => ({
    userIds: userIds.filter((id): id is string => id !== null),
    unitIds,
    title: `${item.number} ${subject}`,
    text: `「${item.title}」${text}`,
  });
  const withPart = (unitId: string, change: Partial<UnitPart>): UnitPart[] => item.units.map((u) => (u.unitId === unitId ? { ...u, ...change } : u));
  switch (action.kind) {
    case 'accept': {
      const units = withPart(action.unitId, { status: 'accepted', ownerId: action.ownerId, acceptedAt: ctx.now });
      const logText = `${unitName(action.unitId)}签收，明确责任人`;
      return { changes: { units, status: statusForUnits(units) }, logText, notify: [notice([action.ownerId, item.createdBy], '已签收', logText)] };
    }
    case 'return': {
      const units = withPart(action.unitId, { status: 'returned', returnReason: action.reason });
      const logText = `${unitName(action.unitId)}退回：${action.reason}`;
      return { changes: { units }, logText, notify: [notice([item.createdBy], '被退回', logText)] };
    }
    case 'reassign':
      return reassignEffect(item, action.units, ctx.now, unitName, notice);
    case 'report': {
      const part = partOf(item, action.unitId)!;
      const report = { id: ctx.newId(), unitId: action.unitId, byId: actor.personId, at: ctx.now, text: action.text, percent: action.percent, fileIds: action.fileIds, milestoneId: action.milestoneId, status: 'submitted' as const, reviewOpinion: '', reviewedBy: null };
      const logText = `${unitName(action.unitId)}反馈进展，完成 ${action.percent}%`;
      // 配合单位 report to the 牵头单位's 责任人; the 牵头单位's reports go to the 督查室.
      const to = part.role === 'support' ? ownerIds([leadPart(item)]) : [item.createdBy];
      return {
        changes: { reports: [...item.reports, report], units: withPart(action.unitId, { percent: action.percent, lastReportAt: ctx.now }) },
        logText,
        notify: [notice(to, '进展反馈', logText)],
      };
    }
    case 'reviewReport': {
      const report = item.reports.find((r) => r.id === action.reportId)!;
      const reports = item.reports.map((r) =>
        r.id === action.reportId ? { ...r, status: action.accept ? ('accepted' as const) : ('returned' as const), reviewOpinion: action.opinion, reviewedBy: actor.personId } : r,
      );
      const logText = action.accept ? `采纳${unitName(report.unitId)}的进展反馈` : `退回${unitName(report.unitId)}的进展反馈：${action.opinion}`;
      return { changes: { reports }, logText, notify: [notice([report.byId], action.accept ? '反馈已采纳' : '反馈被退回', logText)] };
    }
    case 'completeMilestone': {
      const milestone = item.milestones.find((m) => m.id === action.milestoneId)!;
      const logText = `节点"${milestone.title}"完成`;
      return {
        changes: { milestones: item.milestones.map((m) => (m.id === milestone.id ? { ...m, doneAt: ctx.now } : m)) },
        logText,
        notify: [notice([item.createdBy], '节点完成', logText)],
      };
    }
    case 'completePart': {
      const logText = `配合单位${unitName(action.unitId)}完成所承担的任务`;
      return { changes: { units: withPart(action.unitId, { partDone: true }) }, logText, notify: [notice(ownerIds([leadPart(item)]), '配合任务完成', logText)] };
    }
    case 'requestExtension': {
      const milestone = item.milestones.find((m) => m.id === action.milestoneId);
      const extension = { id: ctx.newId(), unitId: action.unitId, byId: actor.personId, at: ctx.now, newDeadline: action.newDeadline, milestoneId: action.milestoneId, reason: action.reason, status: 'pending' as const, decidedBy: null, decidedAt: null, opinion: '' };
      const target = milestone ? `节点"${milestone.title}"` : '办理期限';
      const logText = `${unitName(action.unitId)}申请将${target}延至 ${formatChineseDate(action.newDeadline)}：${action.reason}`;
      return { changes: { extensions: [...item.extensions, extension] }, logText, notify: [notice([item.createdBy, item.instructingLeaderId], '延期申请', logText)] };
    }
    case 'decideExtension':
      return extensionDecisionEffect(item, action, actor, ctx.now, notice);
    case 'requestClosure': {
      const closure = { byId: actor.personId, at: ctx.now, report: action.report, fileIds: action.fileIds, status: 'pending' as const, opinion: '' };
      const logText = '牵头单位提交办结申请';
      return { changes: { closure, status: 'reviewing' }, logText, notify: [notice([item.createdBy], '办结申请', logText)] };
    }
    case 'reviewClosure': {
      const closure = { ...item.closure!, status: action.accept ? ('accepted' as const) : ('returned' as const), opinion: action.opinion };
      if (action.accept) {
        const logText = action.opinion ? `审核通过，事项办结：${action.opinion}` : '审核通过，事项办结';
        // The result goes back to the leader who gave the 批示 (DOMAIN.md §2.2 step 9).
        return { changes: { closure, status: 'closed', closedAt: ctx.now }, logText, notify: [notice([closure.byId, item.instructingLeaderId], '已办结', logText)] };
      }
      const logText = `退回重办：${action.opinion || '办结材料不符合要求'}`;
      return { changes: { closure, status: 'handling' }, logText, notify: [notice([closure.byId], '退回重办', logText)] };
    }
    case 'evaluate': {
      const logText = action.comment ? `评价为"${action.grade}"：${action.comment}` : `评价为"${action.grade}"`;
      return {
        changes: { evaluation: { grade: action.grade, comment: action.comment, byId: actor.personId, at: ctx.now } },
        logText,
        notify: [notice(ownerIds([leadPart(item)]), '办理评价', logText)],
      };
    }
    case 'archive':
      return { changes: { status: 'archived' }, logText: '归档', notify: [] };
    case 'urge': {
      const working = item.units.filter((u) => u.status !== 'returned' && !u.partDone);
      const unsigned = working.filter((u) => u.ownerId === null).map((u) => u.unitId);
      return { changes: {}, logText: `催办：${action.text}`, notify: [notice(ownerIds(working), '催办通知单', action.text, unsigned)] };
    }
  }
}

type NoticeOf = (userIds: (string | null)[], subject: string, text: string, unitIds?: string[]) => SupervisionNotice;

/**
 * 调整承办单位: units kept keep their 签收 and progress; a unit that had returned the item and is
 * named again (the issuer arbitrates) signs again, like a newly named one.
 */
function reassignEffect(item: SupervisionItem, assignments: readonly UnitAssignment[], now: number, unitName: (id: string) => string, notice: NoticeOf): Effect {
  const newlyAssigned: string[] = [];
  const units = assignments.map((a): UnitPart => {
    const kept = partOf(item, a.unitId);
    if (kept && kept.status !== 'returned') return { ...kept, role: a.role, partDone: a.role === 'support' && kept.partDone };
    newlyAssigned.push(a.unitId);
    return pendingPart(a, now);
  });
  const logText = `调整承办单位：${units.map((u) => `${unitRoleLabels[u.role]}${unitName(u.unitId)}`).join('，')}`;
  return { changes: { units, status: statusForUnits(units) }, logText, notify: [notice([], '督办交办通知', '已交办你单位办理，请及时签收', newlyAssigned)] };
}

function extensionDecisionEffect(
  item: SupervisionItem,
  action: Extract<SupervisionAction, { kind: 'decideExtension' }>,
  actor: SupervisionActor,
  now: number,
  notice: NoticeOf,
): Effect {
  const extension = item.extensions.find((e) => e.id === action.extensionId)!;
  const extensions = item.extensions.map((e) =>
    e.id === extension.id ? { ...e, status: action.approve ? ('approved' as const) : ('refused' as const), decidedBy: actor.personId, decidedAt: now, opinion: action.opinion } : e,
  );
  const date = formatChineseDate(extension.newDeadline);
  if (!action.approve) {
    const logText = `不同意延期至 ${date}${action.opinion ? `：${action.opinion}` : ''}`;
    return { changes: { extensions }, logText, notify: [notice([extension.byId], '延期未获批准', logText)] };
  }
  const logText = `同意延期至 ${date}${action.opinion ? `：${action.opinion}` : ''}`;
  const moved: Partial<SupervisionItem> =
    extension.milestoneId === null
      ? { deadline: extension.newDeadline }
      : { milestones: item.milestones.map((m) => (m.id === extension.milestoneId ? { ...m, due: extension.newDeadline } : m)) };
  return { changes: { extensions, ...moved }, logText, notify: [notice([extension.byId], '延期已批准', logText)] };
}
