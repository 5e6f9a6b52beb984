import type { Dayjs } from 'dayjs';
import { newId } from '../../shared/ids';
import type { CreateSupervisionInput } from '../../shared/supervision/actions';
import type { FeedbackCadence, SupervisionPriority, SupervisionSource } from '../../shared/supervision/kinds';

/** What the 立项 dialog collects. */
export interface NewItemValues {
  ownerUnitId: string;
  source: SupervisionSource;
  sourceDocumentId?: string;
  leaderId?: string;
  title: string;
  originalText?: string;
  requirements?: string;
  priority: SupervisionPriority;
  cadence: FeedbackCadence;
  deadline: Dayjs;
  milestones?: { title?: string; due?: Dayjs }[];
  leadUnitId: string;
  supportUnitIds?: string[];
}

/**
 * The dialog's values as the 立项 command (the core adds the item's id): milestones get their ids
 * here and are put in date order, rows left empty are dropped, and a unit named both 牵头 and
 * 配合 counts as 牵头 only.
 */
export function toCreateInput(v: NewItemValues): Omit<CreateSupervisionInput, 'id'> {
  const milestones = (v.milestones ?? [])
    .filter((m): m is { title: string; due: Dayjs } => !!m.title?.trim() && !!m.due)
    .map((m) => ({ id: newId(), title: m.title.trim(), due: m.due.format('YYYY-MM-DD') }))
    .sort((a, b) => a.due.localeCompare(b.due));
  const supports = [...new Set(v.supportUnitIds ?? [])].filter((id) => id !== v.leadUnitId);
  return {
    ownerUnitId: v.ownerUnitId,
    source: v.source,
    sourceDocumentId: v.sourceDocumentId ?? null,
    instructingLeaderId: v.leaderId ?? null,
    title: v.title.trim(),
    originalText: (v.originalText ?? '').trim(),
    requirements: (v.requirements ?? '').trim(),
    priority: v.priority,
    cadence: v.cadence,
    deadline: v.deadline.format('YYYY-MM-DD'),
    milestones,
    units: [{ unitId: v.leadUnitId, role: 'lead' }, ...supports.map((unitId) => ({ unitId, role: 'support' as const }))],
  };
}
