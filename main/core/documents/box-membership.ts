import type { IncomingDocument, OutgoingDocument } from '../../../shared/documents/records';

/** Who a document sits with: those who have something to do on it now, and those who took part. */
export interface Membership {
  todo: string[];
  participants: string[];
}

/** 会签 waits on everyone who has not given an opinion yet; they are the assignees too, but the round is the rule. */
export function outgoingMembership(doc: OutgoingDocument): Membership {
  const countersigning = doc.workflow.step === 'countersign' ? doc.workflow.countersigns.filter((c) => c.agreed === null).map((c) => c.personId) : [];
  return { todo: unique([...doc.workflow.assignees, ...countersigning]), participants: unique(doc.participants) };
}

/** A 收文 is on a reader's desk until they have read it, even after it is filed. */
export function incomingMembership(doc: IncomingDocument): Membership {
  const unread = doc.workflow.circulation.filter((c) => c.readAt === null).map((c) => c.personId);
  return { todo: unique([...doc.workflow.assignees, ...unread]), participants: unique(doc.participants) };
}

const unique = (ids: string[]) => [...new Set(ids)];
