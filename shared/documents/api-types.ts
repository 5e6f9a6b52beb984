import { z } from 'zod';
import { PendingChange } from '../sync/pending-change';
import { Id, Timestamp } from '../ids';
import { DocumentFields } from './fields';
import { DocumentType, Urgency } from './kinds';
import { BodyNode } from './records';

/** A stretch of text in a version comparison: unchanged, added or removed, and by whom. */
export const DiffRun = z.object({
  text: z.string(),
  change: z.enum(['added', 'removed']).nullable(),
  /** Who wrote (or deleted) it; null for unchanged text. */
  authorId: Id.nullable(),
});
export type DiffRun = z.infer<typeof DiffRun>;

export const DiffBlock = z.object({ type: z.string(), runs: z.array(DiffRun) });
export type DiffBlock = z.infer<typeof DiffBlock>;

export const VersionDiff = z.object({
  blocks: z.array(DiffBlock),
  /** Everyone whose edits show up in this comparison. */
  authorIds: z.array(Id),
});
export type VersionDiff = z.infer<typeof VersionDiff>;

export const DiffQuery = z.strictObject({
  /** The earlier version; omitted for "since the document was created". */
  from: Id.optional(),
  /** The later version; omitted for the current body. */
  to: Id.optional(),
});

export const BodyTicket = z.object({
  /** Short-lived, bound to this person, this document and the session that asked for it. */
  token: z.string(),
  expiresAt: Timestamp,
  access: z.enum(['read', 'write']),
});
export type BodyTicket = z.infer<typeof BodyTicket>;

export const NumberRegisterEntry = z.object({
  docNumber: z.string(),
  serial: z.number().int().positive(),
  documentId: Id,
  status: z.enum(['used', 'voided']),
  at: Timestamp,
  byId: Id,
  reason: z.string(),
});
export type NumberRegisterEntry = z.infer<typeof NumberRegisterEntry>;

export const RegisterQuery = z.strictObject({
  unitId: Id,
  agencyCode: z.string().min(1).max(12),
  year: z.coerce.number().int().min(2000).max(2100),
});

/** A 收文 pushed in by another government system (公文交换), refused like any other if classified. */
export const ImportIncomingInput = z.strictObject({
  clientId: Id,
  unitId: Id,
  fromName: z.string().trim().min(1).max(60),
  fields: DocumentFields,
  docNumber: z.string().trim().max(40).nullable().default(null),
  body: BodyNode,
});

export const documentBoxes = ['todo', 'inProgress', 'done', 'incoming', 'outgoing'] as const;
export const DocumentBox = z.enum(documentBoxes);
export type DocumentBox = z.infer<typeof DocumentBox>;
export const documentBoxLabels: Record<DocumentBox, string> = {
  todo: '待办',
  inProgress: '在办',
  done: '已办',
  incoming: '收文',
  outgoing: '发文',
};

export const DocumentListQuery = z.strictObject({
  box: DocumentBox,
  type: DocumentType.optional(),
  /** An outgoing or incoming step key. */
  step: z.string().max(20).optional(),
  urgency: Urgency.optional(),
  unitId: Id.optional(),
  /** Updated within [from, to], epoch ms. */
  from: Timestamp.optional(),
  to: Timestamp.optional(),
  /** Title, 字号, 收文编号 or any text of the body. */
  q: z.string().trim().max(64).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().nonnegative().default(0),
});
export type DocumentListQuery = z.input<typeof DocumentListQuery>;

export const DocumentListItem = z.object({
  kind: z.enum(['outgoing', 'incoming']),
  id: Id,
  title: z.string(),
  type: DocumentType,
  urgency: Urgency,
  docNumber: z.string().nullable(),
  registerNumber: z.string().nullable(),
  step: z.string(),
  stepLabel: z.string(),
  unitId: Id,
  assigneeIds: z.array(Id),
  updatedAt: Timestamp,
  dueAt: Timestamp.nullable(),
  overdue: z.boolean(),
  /** The matching text around a full-text hit, when the query matched the body. */
  snippet: z.string().nullable(),
  pending: PendingChange.nullable(),
});
export type DocumentListItem = z.infer<typeof DocumentListItem>;

export const DocumentCounts = z.object({
  todo: z.number().int(),
  inProgress: z.number().int(),
  done: z.number().int(),
  incoming: z.number().int(),
  outgoing: z.number().int(),
  overdue: z.number().int(),
});
export type DocumentCounts = z.infer<typeof DocumentCounts>;
