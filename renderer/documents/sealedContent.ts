import type { IncomingDocument, OutgoingDocument } from '../../shared/documents/records';
import type { SealedContent } from '../../shared/documents/seal-content';

/** What the issuing unit's seal vouched for, rebuilt from the 发文 as it stands now. */
export function outgoingSealedContent(doc: OutgoingDocument): SealedContent | null {
  if (!doc.signedBody) return null;
  return { documentId: doc.id, unitId: doc.unitId, docNumber: doc.docNumber, fields: doc.fields, body: doc.signedBody };
}

/**
 * A 收文 carries the sealed 发文 unchanged, so it verifies against the sender's identity. One
 * delivered by another system names no 发文 of ours, and its seal (if any) cannot be checked here.
 */
export function incomingSealedContent(doc: IncomingDocument): SealedContent | null {
  if (!doc.outgoingId || !doc.fromUnitId) return null;
  return { documentId: doc.outgoingId, unitId: doc.fromUnitId, docNumber: doc.docNumber, fields: doc.fields, body: doc.body };
}
