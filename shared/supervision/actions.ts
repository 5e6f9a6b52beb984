import { z } from 'zod';
import { Id } from '../ids';
import { EvaluationGrade, FeedbackCadence, SupervisionPriority, SupervisionSource, UnitRole } from './kinds';
import { IsoDate } from '../documents/dates';

const Text = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过 ${max} 字`);
const Required = (label: string, max: number) => Text(label, max).min(1, `请填写${label}`);

export const UnitAssignment = z.strictObject({ unitId: Id, role: UnitRole });
export type UnitAssignment = z.infer<typeof UnitAssignment>;

/** 立项: what the 督查员 registers; the server numbers it and 交办 to the units at once. */
export const CreateSupervisionInput = z.strictObject({
  id: Id,
  ownerUnitId: Id,
  source: SupervisionSource,
  sourceDocumentId: Id.nullable().default(null),
  instructingLeaderId: Id.nullable().default(null),
  title: Required('事项名称', 200),
  originalText: Text('原文', 5000).default(''),
  requirements: Text('办理要求', 2000).default(''),
  priority: SupervisionPriority.default('一般'),
  cadence: FeedbackCadence.default('weekly'),
  deadline: IsoDate,
  milestones: z.array(z.strictObject({ id: Id, title: Required('节点名称', 100), due: IsoDate })).max(50).default([]),
  units: z
    .array(UnitAssignment)
    .min(1, '请指定牵头单位')
    .max(100)
    .refine((units) => units.filter((u) => u.role === 'lead').length === 1, '牵头单位有且只有一个'),
});
export type CreateSupervisionInput = z.input<typeof CreateSupervisionInput>;

export const SupervisionAction = z.discriminatedUnion('kind', [
  /** 签收, naming the unit's 责任人. */
  z.strictObject({ kind: z.literal('accept'), unitId: Id, ownerId: Id }),
  /** 退回: not this unit's remit; allowed within the configured number of working days. */
  z.strictObject({ kind: z.literal('return'), unitId: Id, reason: Required('退回理由', 500) }),
  /** The 督查员 changes the responsible units (after a return, say); new units sign again. */
  z.strictObject({ kind: z.literal('reassign'), units: z.array(UnitAssignment).min(1).max(100) }),
  z.strictObject({
    kind: z.literal('report'),
    unitId: Id,
    text: Required('进展情况', 5000),
    percent: z.number().int().min(0).max(100),
    fileIds: z.array(Id).max(20).default([]),
    milestoneId: Id.nullable().default(null),
  }),
  /** Supervisors review the lead unit's reports; the lead unit reviews (consolidates) supporters'. */
  z.strictObject({ kind: z.literal('reviewReport'), reportId: Id, accept: z.boolean(), opinion: Text('意见', 500).default('') }),
  z.strictObject({ kind: z.literal('completeMilestone'), milestoneId: Id }),
  /** A 配合单位 says its share is done. */
  z.strictObject({ kind: z.literal('completePart'), unitId: Id }),
  z.strictObject({
    kind: z.literal('requestExtension'),
    unitId: Id,
    newDeadline: IsoDate,
    milestoneId: Id.nullable().default(null),
    reason: Required('延期理由', 1000),
  }),
  z.strictObject({ kind: z.literal('decideExtension'), extensionId: Id, approve: z.boolean(), opinion: Text('意见', 500).default('') }),
  z.strictObject({ kind: z.literal('requestClosure'), report: Required('办结报告', 5000), fileIds: z.array(Id).max(20).default([]) }),
  /** 审核: accept (办结) or 退回重办. */
  z.strictObject({ kind: z.literal('reviewClosure'), accept: z.boolean(), opinion: Text('意见', 500).default('') }),
  z.strictObject({ kind: z.literal('evaluate'), grade: EvaluationGrade, comment: Text('评价', 1000).default('') }),
  z.strictObject({ kind: z.literal('archive') }),
  /** Manual 催办: a 催办通知单 to the units' 责任人 and leaders. */
  z.strictObject({ kind: z.literal('urge'), text: Required('催办内容', 1000) }),
]);
export type SupervisionAction = z.infer<typeof SupervisionAction>;
export type SupervisionActionKind = SupervisionAction['kind'];

export const supervisionActionLabels: Record<SupervisionActionKind, string> = {
  accept: '签收',
  return: '退回',
  reassign: '调整承办单位',
  report: '反馈进展',
  reviewReport: '审核反馈',
  completeMilestone: '节点完成',
  completePart: '配合完成',
  requestExtension: '申请延期',
  decideExtension: '审批延期',
  requestClosure: '申请办结',
  reviewClosure: '办结审核',
  evaluate: '评价',
  archive: '归档',
  urge: '催办',
};
