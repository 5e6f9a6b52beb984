import { z } from 'zod';
import { Id, Timestamp } from '../ids';
import { agencyCodePattern } from './doc-number';
import { DocumentFields } from './fields';
import { IncomingState } from './incoming';
import { DocumentType, Urgency } from './kinds';
import { OutgoingState } from './workflow';

/** A body as ProseMirror JSON: what was signed, what recipients receive, what the PDF prints. */
export interface BodyNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: BodyNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}
export const BodyNode: z.ZodType<BodyNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(BodyNode).optional(),
    text: z.string().optional(),
    marks: z.array(z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
  }),
);

/** One row of the 处理单: who did what at which step, when, with which opinion. */
export const SheetEntry = z.object({
  at: Timestamp,
  actorId: Id,
  /** The step the action was taken at (an outgoing or incoming step key). */
  step: z.string(),
  /** The action key (submit, approve, return, …). */
  action: z.string(),
  opinion: z.string(),
});
export type SheetEntry = z.infer<typeof SheetEntry>;

/** A body snapshot the server took when a step was completed; its content stays on the server. */
export const VersionInfo = z.object({
  id: Id,
  /** The step that was completed when the snapshot was taken. */
  step: z.string(),
  label: z.string(),
  at: Timestamp,
  byId: Id,
});
export type VersionInfo = z.infer<typeof VersionInfo>;

export const sealAlgorithm = 'ECDSA-P256-SHA256';

/** The server's signature over the canonical content (fields, 字号, body) at 用印. */
export const SealStamp = z.object({
  sealId: Id,
  unitId: Id,
  algorithm: z.literal(sealAlgorithm),
  /** SHA-256 of the canonical content, lowercase hex. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** IEEE P1363 (r‖s) signature over the canonical content, base64. */
  signature: z.string().min(1),
  sealedAt: Timestamp,
  sealedBy: Id,
});
export type SealStamp = z.infer<typeof SealStamp>;

export const OutgoingDocument = z.object({
  id: Id,
  /** The issuing unit (单位); its register numbers the document and its seal seals it. */
  unitId: Id,
  templateId: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  fields: DocumentFields,
  docNumber: z.string().nullable(),
  workflow: OutgoingState,
  /** Everyone who has had a step: they all see where the document is. */
  participants: z.array(Id),
  sheet: z.array(SheetEntry),
  versions: z.array(VersionInfo),
  /** Plain text of the body, refreshed as it is edited, for lists and search. */
  bodyText: z.string(),
  /** The body as signed; null until 签发. */
  signedBody: BodyNode.nullable(),
  stamp: SealStamp.nullable(),
  recipientUnitIds: z.array(Id),
});
export type OutgoingDocument = z.infer<typeof OutgoingDocument>;

export const IncomingDocument = z.object({
  id: Id,
  /** The recipient unit whose inbox this is. */
  unitId: Id,
  /** The 发文 it came from; null when another system delivered it (公文交换). */
  outgoingId: Id.nullable(),
  fromUnitId: Id.nullable(),
  /** The sending organ as printed (发文机关署名 or the exchange's sender name). */
  fromName: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** The document as distributed: fields, 字号, signed body and seal, verifiable by the recipient. */
  fields: DocumentFields,
  docNumber: z.string().nullable(),
  body: BodyNode,
  bodyText: z.string(),
  stamp: SealStamp.nullable(),
  workflow: IncomingState,
  /** 收文编号, assigned at 登记 from the unit's incoming register. */
  registerNumber: z.string().nullable(),
  proposal: z.string(),
  instruction: z.string(),
  /** 承办 deadline from the 紧急程度, set at 批办. */
  dueAt: Timestamp.nullable(),
  completedAt: Timestamp.nullable(),
  /** When the responsible people were told it is overdue; null while it is not, or not yet told. */
  overdueNotifiedAt: Timestamp.nullable(),
  participants: z.array(Id),
  sheet: z.array(SheetEntry),
});
export type IncomingDocument = z.infer<typeof IncomingDocument>;

/** A unit's 发文 template: its red header and 机关代字. A unit may have several (文件, 函). */
export const DocumentTemplate = z.object({
  id: Id,
  unitId: Id,
  name: z.string().trim().min(1, '模板名称不能为空').max(40),
  /** 发文机关标志, printed red: "滨州市人民政府文件", or the name alone for 信函格式. */
  issuerMark: z.string().trim().min(1, '发文机关标志不能为空').max(40),
  agencyCode: z.string().trim().regex(agencyCodePattern, '机关代字只能是汉字（如 滨政发），不含括号和数字'),
  issuerName: z.string().trim().min(1, '发文机关署名不能为空').max(60),
  printingOrg: z.string().trim().max(60),
  defaultType: DocumentType,
  defaultUrgency: Urgency,
  /** 信函格式 puts the mark 30 mm from the top with double red lines (GB/T 9704 §10.1). */
  letterFormat: z.boolean(),
});
export type DocumentTemplate = z.infer<typeof DocumentTemplate>;

/** A unit's electronic seal. The private key never leaves the server; clients verify with this. */
export const Seal = z.object({
  id: Id,
  unitId: Id,
  name: z.string().trim().min(1).max(60),
  /** The seal image as a data: URL (SVG or PNG). */
  image: z.string().startsWith('data:image/'),
  algorithm: z.literal(sealAlgorithm),
  /** SubjectPublicKeyInfo (DER), base64. */
  publicKey: z.string().min(1),
  /** People authorised for 用印. */
  holderIds: z.array(Id),
  disabled: z.boolean(),
  createdAt: Timestamp,
});
export type Seal = z.infer<typeof Seal>;
