import { z } from 'zod';
import { IsoDate } from '../documents/dates';
import { Id, Timestamp } from '../ids';
import { IncidentCategory, IncidentLevel, RosterKind, SlotRef, SwapKind, DutyLogKind } from './records';
import { ClockTime, DutyConstraints, DutyPool, DutyPost, RosterSlot, ShiftKind, ShiftPattern } from './roster-schemas';

const Text = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过 ${max} 字`);
const Required = (label: string, max: number) => Text(label, max).min(1, `请填写${label}`);
const PhoneText = (label: string) => z.string().trim().max(40, `${label}不能超过 40 字`).regex(/^[\d\s+()（）\-—转,，、]*$/, `${label}只能包含数字、空格、+、-、括号和“转”`);

/** Saved whole by a duty manager; the server checks the pools against the unit's people. */
export const SaveDutySetupInput = z.strictObject({
  unitId: Id,
  posts: z.array(DutyPost).min(1, '请至少设置一个值班岗位').max(20),
  shifts: ShiftPattern,
  pools: z.array(DutyPool).max(20),
  constraints: DutyConstraints,
  officePhone: PhoneText('值班电话').default(''),
  fax: PhoneText('传真').default(''),
  managerIds: z.array(Id).max(50).default([]),
});
export type SaveDutySetupInput = z.input<typeof SaveDutySetupInput>;

/**
 * A roster's slots as edited; a new roster when `expectedVersion` is null. Saving never refuses a
 * broken constraint (the editor shows them); publishing and submitting do, unless acknowledged.
 */
export const SaveRosterInput = z.strictObject({
  id: Id,
  unitId: Id,
  kind: RosterKind,
  title: Required('值班表名称', 60),
  from: IsoDate,
  to: IsoDate,
  slots: z.array(RosterSlot).max(20_000),
  callId: Id.nullable().default(null),
  expectedVersion: z.number().int().positive().nullable(),
});
export type SaveRosterInput = z.input<typeof SaveRosterInput>;

/** "kind|date|shift|postId|personId": a problem the duty manager has seen and accepts. */
export const ProblemKey = z.string().max(200);

export const RosterAction = z.discriminatedUnion('kind', [
  /** 发布: the roster comes into force. Every problem left must be among `acknowledged`. */
  z.strictObject({ kind: z.literal('publish'), acknowledged: z.array(ProblemKey).max(5000).default([]) }),
  /** 报送 to the duty office that issued the call (or the unit's duty office above). */
  z.strictObject({ kind: z.literal('submit'), acknowledged: z.array(ProblemKey).max(5000).default([]) }),
  /** The higher level's decision on a submitted roster. */
  z.strictObject({ kind: z.literal('return'), reason: Required('退回理由', 500) }),
  z.strictObject({ kind: z.literal('accept'), opinion: Text('意见', 500).default('') }),
]);
export type RosterAction = z.infer<typeof RosterAction>;

export const CreateRosterCallInput = z
  .strictObject({
    id: Id,
    ownerUnitId: Id,
    title: Required('通知标题', 100),
    from: IsoDate,
    to: IsoDate,
    deadline: Timestamp,
    unitIds: z.array(Id).min(1, '请选择报送单位').max(3000),
    dailyReportBy: ClockTime.nullable().default(null),
    note: Text('说明', 2000).default(''),
  })
  .refine((call) => call.from <= call.to, '结束日期不能早于开始日期');
export type CreateRosterCallInput = z.input<typeof CreateRosterCallInput>;

export const RequestSwapInput = z
  .strictObject({
    id: Id,
    rosterId: Id,
    kind: SwapKind,
    slot: SlotRef,
    counterpartId: Id,
    counterpartSlot: SlotRef.nullable().default(null),
    reason: Required('换班理由', 500),
  })
  .refine((swap) => (swap.kind === 'swap') === (swap.counterpartSlot !== null), '换班须选择对方的班次，替班则不选');
export type RequestSwapInput = z.input<typeof RequestSwapInput>;

/** accept/decline by the counterpart, approve/refuse by the 带班领导 or a duty manager, cancel by the requester. */
export const SwapDecision = z.enum(['accept', 'decline', 'approve', 'refuse', 'cancel']);
export type SwapDecision = z.infer<typeof SwapDecision>;

export const SaveLogEntryInput = z.strictObject({
  id: Id,
  unitId: Id,
  kind: DutyLogKind,
  at: Timestamp,
  callerName: Text('来电人', 40).default(''),
  callerUnit: Text('来电单位', 100).default(''),
  callerNumber: PhoneText('来电号码').default(''),
  content: Required('内容', 5000),
  leaderInstruction: Text('领导批示', 2000).default(''),
  handling: Text('处理情况', 2000).default(''),
  open: z.boolean().default(false),
});
export type SaveLogEntryInput = z.input<typeof SaveLogEntryInput>;

export const CreateHandoverInput = z.strictObject({
  id: Id,
  unitId: Id,
  date: IsoDate,
  shift: ShiftKind,
  /** Empty: the next shift's people on the published roster. */
  incomingIds: z.array(Id).max(20).default([]),
  notes: Text('交接事项', 5000).default(''),
  openEntryIds: z.array(Id).max(500).default([]),
});
export type CreateHandoverInput = z.input<typeof CreateHandoverInput>;

export const SubmitDailyReportInput = z
  .strictObject({
    id: Id,
    unitId: Id,
    callId: Id.nullable().default(null),
    date: IsoDate,
    kind: z.enum(['events', 'zero']),
    text: Text('报告内容', 5000).default(''),
  })
  .refine((report) => report.kind === 'zero' || report.text.length > 0, '有事报事：请填写报告内容');
export type SubmitDailyReportInput = z.input<typeof SubmitDailyReportInput>;

export const IncidentFactsInput = z.strictObject({
  title: Required('事件名称', 100),
  occurredAt: Timestamp.nullable().default(null),
  place: Text('事发地点', 200).default(''),
  category: IncidentCategory,
  nature: Text('事件性质', 500).default(''),
  level: IncidentLevel.default('未定级'),
  scope: Text('影响范围', 1000).default(''),
  deaths: z.number().int().nonnegative().max(100_000).default(0),
  injuries: z.number().int().nonnegative().max(100_000).default(0),
  missing: z.number().int().nonnegative().max(100_000).default(0),
  propertyLoss: Text('财产损失', 500).default(''),
  trend: Text('发展趋势', 1000).default(''),
  leadersOnSite: Text('领导到位情况', 1000).default(''),
  measures: Text('已采取措施', 5000).default(''),
  requests: Text('下一步建议', 2000).default(''),
  contactName: Text('现场联系人', 40).default(''),
  contactPhone: PhoneText('联系电话').default(''),
  signedBy: Id.nullable().default(null),
});
export type IncidentFactsInput = z.input<typeof IncidentFactsInput>;

/** 接报登记: the countdowns start at `receivedAt`, which may not lie in the future. */
export const CreateIncidentInput = z.strictObject({
  id: Id,
  unitId: Id,
  receivedAt: Timestamp,
  source: Text('信息来源', 200).default(''),
  reporterName: Text('报告人', 40).default(''),
  reporterPhone: PhoneText('报告人电话').default(''),
  facts: IncidentFactsInput,
});
export type CreateIncidentInput = z.input<typeof CreateIncidentInput>;

export const IncidentAction = z.discriminatedUnion('kind', [
  /** 电话已报告 to the higher-level duty office, at `at` (not in the future, not before 接报). */
  z.strictObject({ kind: z.literal('phoneReported'), at: Timestamp }),
  /** 首报 (only once, first), 续报 (numbered by the server), 终报 (closes the incident). */
  z.strictObject({ kind: z.literal('report'), reportId: Id, reportKind: z.enum(['first', 'followUp', 'final']), text: Text('报告正文', 10_000).default(''), facts: IncidentFactsInput }),
  /** The higher-level duty office 签收 a report. */
  z.strictObject({ kind: z.literal('receive'), reportId: Id }),
]);
export type IncidentAction = z.infer<typeof IncidentAction>;
