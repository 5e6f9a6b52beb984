import type { SupervisionAction } from './actions';
import { supervisionActionLabels } from './actions';
import { supervisionStatusLabels, type SupervisionStatus } from './kinds';
import type { SupervisionItem, UnitPart } from './records';
import { chinaDayOf, dayOfIso, nthWorkingDayAfter } from './working-day-index';

/**
 * Who may take which 督查督办 action, and when: the one place that says no, so the buttons a
 * client shows (availableSupervisionActions) and what the server accepts (applySupervisionAction)
 * agree by construction. The answer is the refusal shown to the person, or null.
 */
export interface SupervisionActor {
  personId: string;
  /** Decided by the server for THIS item: a 督查员 of the item's supervising unit. */
  isSupervisor: boolean;
  /** Units where the person holds a post. */
  unitIds: string[];
  /** Units where the person is a leader. */
  leaderUnitIds: string[];
}

export interface CheckContext {
  todayIso: string;
  returnWindowWorkingDays: number;
  unitName(unitId: string): string;
}

const workingStatuses: readonly SupervisionStatus[] = ['assigned', 'handling'];
const liveStatuses: readonly SupervisionStatus[] = ['assigned', 'handling', 'reviewing'];

/** The statuses in which each action makes sense at all, before asking who acts. */
const statusesFor: Record<SupervisionAction['kind'], readonly SupervisionStatus[]> = {
  accept: ['assigned'],
  return: ['assigned'],
  reassign: workingStatuses,
  report: workingStatuses,
  reviewReport: liveStatuses,
  completeMilestone: workingStatuses,
  completePart: workingStatuses,
  requestExtension: workingStatuses,
  decideExtension: liveStatuses,
  requestClosure: ['handling'],
  reviewClosure: ['reviewing'],
  evaluate: ['closed'],
  archive: ['closed'],
  urge: workingStatuses,
};

export function partOf(item: SupervisionItem, unitId: string): UnitPart | undefined {
  return item.units.find((u) => u.unitId === unitId);
}

export function leadPart(item: SupervisionItem): UnitPart | undefined {
  return item.units.find((u) => u.role === 'lead');
}

/** The unit's 责任人 or one of its leaders speaks for it once it has signed. */
export function speaksFor(part: UnitPart, actor: SupervisionActor): boolean {
  return part.ownerId === actor.personId || actor.leaderUnitIds.includes(part.unitId);
}

function statusRefusal(item: SupervisionItem, kind: SupervisionAction['kind']): string | null {
  if (statusesFor[kind].includes(item.status)) return null;
  if (kind === 'requestClosure' && item.status === 'assigned') return '尚有承办单位未签收，不能申请办结';
  return `事项当前为"${supervisionStatusLabels[item.status]}"，不能${supervisionActionLabels[kind]}`;
}

const supervisorsOnly = (actor: SupervisionActor, what: string): string | null => (actor.isSupervisor ? null : `只有督查室可以${what}`);

/** A unit's part that has signed for the item and that this actor speaks for. */
function signedPartRefusal(part: UnitPart | undefined, actor: SupervisionActor): string | null {
  if (!part) return '该单位不是本事项的承办单位';
  if (part.status !== 'accepted') return '该单位尚未签收本事项';
  if (!speaksFor(part, actor)) return '只有该单位的责任人或领导可以办理';
  return null;
}

/** A unit's part still waiting for its 签收, by someone with a post there. */
function pendingPartRefusal(part: UnitPart | undefined, actor: SupervisionActor): string | null {
  if (!part) return '该单位不是本事项的承办单位';
  if (!actor.unitIds.includes(part.unitId)) return '您不在该单位任职，不能代其办理';
  if (part.status === 'accepted') return '该单位已签收本事项';
  if (part.status === 'returned') return '该单位已退回本事项，待督查室调整承办单位';
  return null;
}

export function actionRefusal(item: SupervisionItem, action: SupervisionAction, actor: SupervisionActor, ctx: CheckContext): string | null {
  const byStatus = statusRefusal(item, action.kind);
  if (byStatus) return byStatus;
  switch (action.kind) {
    case 'accept':
      return pendingPartRefusal(partOf(item, action.unitId), actor);
    case 'return': {
      const part = partOf(item, action.unitId);
      const refusal = pendingPartRefusal(part, actor);
      if (refusal || !part) return refusal;
      const lastDay = nthWorkingDayAfter(chinaDayOf(part.assignedAt), ctx.returnWindowWorkingDays);
      return dayOfIso(ctx.todayIso) > lastDay ? `已超过退回期限（交办后 ${ctx.returnWindowWorkingDays} 个工作日内）` : null;
    }
    case 'reassign': {
      const unitIds = action.units.map((u) => u.unitId);
      if (new Set(unitIds).size !== unitIds.length) return '承办单位不能重复';
      if (action.units.filter((u) => u.role === 'lead').length !== 1) return '牵头单位有且只有一个';
      return supervisorsOnly(actor, '调整承办单位');
    }
    case 'report': {
      const refusal = signedPartRefusal(partOf(item, action.unitId), actor);
      if (refusal) return refusal;
      return action.milestoneId !== null && !item.milestones.some((m) => m.id === action.milestoneId) ? '节点不存在' : null;
    }
    case 'reviewReport': {
      const report = item.reports.find((r) => r.id === action.reportId);
      if (!report) return '反馈不存在';
      if (report.status !== 'submitted') return '该反馈已审核';
      const part = partOf(item, report.unitId);
      // 配合单位 report to the 牵头单位, which consolidates; everything else goes to the 督查室.
      if (part?.role === 'support') {
        const lead = leadPart(item);
        return lead && lead.status === 'accepted' && speaksFor(lead, actor) ? null : '配合单位的反馈由牵头单位审核汇总';
      }
      return supervisorsOnly(actor, '审核牵头单位的反馈');
    }
    case 'completeMilestone': {
      const refusal = signedPartRefusal(leadPart(item), actor);
      if (refusal) return refusal === '只有该单位的责任人或领导可以办理' ? '只有牵头单位的责任人或领导可以确认节点完成' : refusal;
      const milestone = item.milestones.find((m) => m.id === action.milestoneId);
      if (!milestone) return '节点不存在';
      return milestone.doneAt !== null ? '该节点已完成' : null;
    }
    case 'completePart': {
      const part = partOf(item, action.unitId);
      const refusal = signedPartRefusal(part, actor);
      if (refusal || !part) return refusal;
      if (part.role !== 'support') return '牵头单位以办结申请完成本事项';
      return part.partDone ? '该单位的任务已完成' : null;
    }
    case 'requestExtension':
      return extensionRefusal(item, action, actor, ctx);
    case 'decideExtension': {
      const extension = item.extensions.find((e) => e.id === action.extensionId);
      if (!extension) return '延期申请不存在';
      if (extension.status !== 'pending') return '该延期申请已审批';
      return actor.isSupervisor || item.instructingLeaderId === actor.personId ? null : '只有督查室或批示领导可以审批延期';
    }
    case 'requestClosure':
      return closureRefusal(item, actor, ctx);
    case 'reviewClosure':
      return supervisorsOnly(actor, '审核办结申请');
    case 'evaluate':
      return supervisorsOnly(actor, '评价');
    case 'archive':
      return supervisorsOnly(actor, '归档');
    case 'urge':
      return supervisorsOnly(actor, '催办');
  }
}

/** 延期 is asked for before the date it moves (on that day at the latest), to a later date. */
function extensionRefusal(
  item: SupervisionItem,
  action: Extract<SupervisionAction, { kind: 'requestExtension' }>,
  actor: SupervisionActor,
  ctx: CheckContext,
): string | null {
  const refusal = signedPartRefusal(partOf(item, action.unitId), actor);
  if (refusal) return refusal;
  let current = item.deadline;
  if (action.milestoneId !== null) {
    const milestone = item.milestones.find((m) => m.id === action.milestoneId);
    if (!milestone) return '节点不存在';
    if (milestone.doneAt !== null) return '该节点已完成';
    if (action.newDeadline > item.deadline) return '节点期限不能晚于办理期限';
    current = milestone.due;
  }
  if (ctx.todayIso > current) return '已超过期限，延期申请须在期限届满前提出';
  if (action.newDeadline <= current) return '申请的期限应晚于现行期限';
  if (item.extensions.some((e) => e.status === 'pending' && e.milestoneId === action.milestoneId)) return '已有待审批的延期申请';
  return null;
}

/** An item cannot close while a milestone or a 配合单位's part is open. */
function closureRefusal(item: SupervisionItem, actor: SupervisionActor, ctx: CheckContext): string | null {
  const lead = leadPart(item);
  if (!lead || lead.status !== 'accepted' || !speaksFor(lead, actor)) return '只有牵头单位的责任人或领导可以申请办结';
  const openMilestone = item.milestones.find((m) => m.doneAt === null);
  if (openMilestone) return `节点'${openMilestone.title}'尚未完成`;
  const openPart = item.units.find((u) => u.role === 'support' && !u.partDone);
  if (openPart) return `配合单位'${ctx.unitName(openPart.unitId)}'尚未完成`;
  return null;
}
