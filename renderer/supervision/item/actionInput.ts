import type { Dayjs } from 'dayjs';
import type { SupervisionAction, SupervisionActionKind } from '../../../shared/supervision/actions';
import type { EvaluationGrade } from '../../../shared/supervision/kinds';

/** 办理期限 itself, as the 延期 target select names it (a milestone goes by its id). */
export const wholeDeadline = 'deadline';

/** What the action dialogs collect; each kind reads its own fields. */
export interface ActionValues {
  unitId?: string;
  ownerId?: string;
  reason?: string;
  text?: string;
  percent?: number;
  milestoneId?: string;
  reportId?: string;
  /** 采纳 / 退回 (反馈), 通过 / 退回重办 (办结), 同意 / 不同意 (延期). */
  accept?: boolean;
  opinion?: string;
  extensionId?: string;
  /** `wholeDeadline` or a milestone id. */
  extensionTarget?: string;
  newDeadline?: Dayjs;
  grade?: EvaluationGrade;
  leadUnitId?: string;
  supportUnitIds?: string[];
}

const trimmed = (s: string | undefined) => (s ?? '').trim();

/** The dialog's values as the action the contract takes; the server validates it again. */
export function toSupervisionAction(kind: SupervisionActionKind, v: ActionValues): SupervisionAction {
  const unitId = v.unitId ?? '';
  switch (kind) {
    case 'accept':
      return { kind, unitId, ownerId: v.ownerId ?? '' };
    case 'return':
      return { kind, unitId, reason: trimmed(v.reason) };
    case 'reassign': {
      const lead = v.leadUnitId ?? '';
      const supports = [...new Set(v.supportUnitIds ?? [])].filter((id) => id !== lead);
      return { kind, units: [{ unitId: lead, role: 'lead' }, ...supports.map((id) => ({ unitId: id, role: 'support' as const }))] };
    }
    case 'report':
      return { kind, unitId, text: trimmed(v.text), percent: Math.round(v.percent ?? 0), fileIds: [], milestoneId: v.milestoneId ?? null };
    case 'reviewReport':
      return { kind, reportId: v.reportId ?? '', accept: v.accept ?? true, opinion: trimmed(v.opinion) };
    case 'completeMilestone':
      return { kind, milestoneId: v.milestoneId ?? '' };
    case 'completePart':
      return { kind, unitId };
    case 'requestExtension':
      return {
        kind,
        unitId,
        newDeadline: v.newDeadline?.format('YYYY-MM-DD') ?? '',
        milestoneId: v.extensionTarget && v.extensionTarget !== wholeDeadline ? v.extensionTarget : null,
        reason: trimmed(v.reason),
      };
    case 'decideExtension':
      return { kind, extensionId: v.extensionId ?? '', approve: v.accept ?? true, opinion: trimmed(v.opinion) };
    case 'requestClosure':
      return { kind, report: trimmed(v.text), fileIds: [] };
    case 'reviewClosure':
      return { kind, accept: v.accept ?? true, opinion: trimmed(v.opinion) };
    case 'evaluate':
      return { kind, grade: v.grade ?? '良好', comment: trimmed(v.opinion) };
    case 'archive':
      return { kind };
    case 'urge':
      return { kind, text: trimmed(v.text) };
  }
}
