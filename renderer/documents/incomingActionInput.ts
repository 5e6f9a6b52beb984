import type { IncomingAction, IncomingActionKind } from '../../shared/documents/incoming';

/** What the 收文 action dialogs collect. */
export interface IncomingActionValues {
  opinion?: string;
  leaderId?: string[];
  handlerIds?: string[];
  readerIds?: string[];
}

/** The dialog's values as the action the contract takes; the server validates it again. */
export function toIncomingAction(kind: IncomingActionKind, v: IncomingActionValues): IncomingAction {
  const opinion = (v.opinion ?? '').trim();
  switch (kind) {
    case 'receive':
    case 'register':
    case 'archive':
    case 'markRead':
      return { kind };
    case 'reject':
    case 'complete':
      return { kind, opinion };
    case 'propose':
      return { kind, opinion, leaderId: v.leaderId?.[0] ?? '' };
    case 'instruct':
      return { kind, opinion, handlerIds: v.handlerIds ?? [] };
    case 'circulate':
      return { kind, readerIds: v.readerIds ?? [] };
  }
}
