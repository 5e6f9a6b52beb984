import type { Org } from '../../shared/directory/schemas';
import type { OutgoingAction, OutgoingActionKind } from '../../shared/documents/workflow';

/** What the action dialogs collect; person pickers hold lists even when they take one person. */
export interface OutgoingActionValues {
  opinion?: string;
  reviewerId?: string[];
  signerId?: string[];
  countersignerIds?: string[];
  agree?: boolean;
  to?: 'draft' | 'sign';
  sealId?: string;
  recipientUnitIds?: string[];
}

/** The dialog's values as the action the contract takes; the server validates it again. */
export function toOutgoingAction(kind: OutgoingActionKind, v: OutgoingActionValues): OutgoingAction {
  const opinion = (v.opinion ?? '').trim();
  switch (kind) {
    case 'submit':
      return { kind, reviewerId: v.reviewerId?.[0] ?? '', opinion };
    case 'approve':
      return { kind, signerId: v.signerId?.[0] ?? '', countersignerIds: v.countersignerIds ?? [], opinion };
    case 'countersign':
      return { kind, agree: v.agree ?? true, opinion };
    case 'sign':
    case 'recheck':
    case 'archive':
      return { kind, opinion };
    case 'return':
      return { kind, opinion, to: v.to ?? 'draft' };
    case 'voidNumber':
      return { kind, opinion };
    case 'assignNumber':
      return { kind };
    case 'seal':
      return { kind, sealId: v.sealId ?? '' };
    case 'distribute':
      return { kind, recipientUnitIds: v.recipientUnitIds ?? [] };
  }
}

/** Units the drafter already named as 主送 or 抄送, to start the 分发 list with. */
export function unitsNamed(units: readonly Org[], names: readonly string[]): string[] {
  const wanted = new Set(names.map((n) => n.trim()));
  return units.filter((u) => wanted.has(u.name)).map((u) => u.id);
}
