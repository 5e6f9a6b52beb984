import { z } from 'zod';
import { IsoDate } from '../documents/dates';
import { Id, Timestamp } from '../ids';
import { EvaluationGrade, FeedbackCadence, SupervisionPriority, SupervisionSource, SupervisionStatus, UnitRole } from './kinds';


export const Milestone = z.object({
  id: Id,
  title: z.string().trim().min(1, '节点名称不能为空').max(100),
  due: IsoDate,
  /** When the lead unit marked it reached; null while open. */
  doneAt: Timestamp.nullable(),
});
export type Milestone = z.infer<typeof Milestone>;

/** One responsible unit's part: its 签收, its 责任人, and whether its share is done. */
export const UnitPart = z.object({
  unitId: Id,
  role: UnitRole,
  status: z.enum(['pending', 'accepted', 'returned']),
  /** When the item was 交办 to this unit (立项, or a later 调整承办单位): the 退回 window counts from it. */
  assignedAt: Timestamp,
  /** 责任人, named when the unit signs for the item. */
  ownerId: Id.nullable(),
  acceptedAt: Timestamp.nullable(),
  returnReason: z.string(),
  /** Latest reported progress, 0–100. */
  percent: z.number().int().min(0).max(100),
  lastReportAt: Timestamp.nullable(),
  /** The unit's share is finished (配合单位 report it to the 牵头单位; the lead's is the closure). */
  partDone: z.boolean(),
});
export type UnitPart = z.infer<typeof UnitPart>;

export const ProgressReport = z.object({
  id: Id,
  unitId: Id,
  byId: Id,
  at: Timestamp,
  text: z.string(),
  percent: z.number().int().min(0).max(100),
  fileIds: z.array(Id),
  milestoneId: Id.nullable(),
  /** 配合单位 report to the 牵头单位, which consolidates; supervisors accept or return the lead's. */
  status: z.enum(['submitted', 'accepted', 'returned']),
  reviewOpinion: z.string(),
  reviewedBy: Id.nullable(),
});
export type ProgressReport = z.infer<typeof ProgressReport>;

export const ExtensionRequest = z.object({
  id: Id,
  unitId: Id,
  byId: Id,
  at: Timestamp,
  /** The deadline (or milestone due date) asked for. */
  newDeadline: IsoDate,
  milestoneId: Id.nullable(),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'refused']),
  decidedBy: Id.nullable(),
  decidedAt: Timestamp.nullable(),
  opinion: z.string(),
});
export type ExtensionRequest = z.infer<typeof ExtensionRequest>;

export const SupervisionLogEntry = z.object({ at: Timestamp, actorId: Id.nullable(), action: z.string(), text: z.string() });
export type SupervisionLogEntry = z.infer<typeof SupervisionLogEntry>;

export const SupervisionItem = z.object({
  id: Id,
  /** 督〔2026〕12号: numbered per year by the server at 立项. */
  number: z.string(),
  year: z.number().int(),
  serial: z.number().int().positive(),
  /** The supervising unit (whose 督查室 registered it): its supervisors see the item. */
  ownerUnitId: Id,
  createdBy: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  source: SupervisionSource,
  /** The 公文 it comes from, for 重要文件 (an outgoing or incoming document id). */
  sourceDocumentId: Id.nullable(),
  /** The leader who gave the 批示 (or chaired the meeting). */
  instructingLeaderId: Id.nullable(),
  title: z.string(),
  originalText: z.string(),
  requirements: z.string(),
  priority: SupervisionPriority,
  cadence: FeedbackCadence,
  /** The deadline in force: the original one, or the last approved 延期. */
  deadline: IsoDate,
  originalDeadline: IsoDate,
  milestones: z.array(Milestone),
  units: z.array(UnitPart),
  status: SupervisionStatus,
  reports: z.array(ProgressReport),
  extensions: z.array(ExtensionRequest),
  closure: z
    .object({ byId: Id, at: Timestamp, report: z.string(), fileIds: z.array(Id), status: z.enum(['pending', 'accepted', 'returned']), opinion: z.string() })
    .nullable(),
  closedAt: Timestamp.nullable(),
  evaluation: z.object({ grade: EvaluationGrade, comment: z.string(), byId: Id, at: Timestamp }).nullable(),
  log: z.array(SupervisionLogEntry),
});
export type SupervisionItem = z.infer<typeof SupervisionItem>;
