import { z } from 'zod';
import { IsoDate } from '../documents/dates';
import { Id, Timestamp } from '../ids';
import { ClockTime, DutyConstraints, DutyPool, DutyPost, RosterSlot, ShiftKind, ShiftPattern } from './roster-schemas';

const LogEntry = z.object({ at: Timestamp, actorId: Id.nullable(), action: z.string(), text: z.string() });
export type DutyHistoryEntry = z.infer<typeof LogEntry>;

/** A unit's duty arrangements: one per unit, its id is the unit's id. */
export const DutySetup = z.object({
  id: Id,
  unitId: Id,
  posts: z.array(DutyPost),
  shifts: ShiftPattern,
  pools: z.array(DutyPool),
  constraints: DutyConstraints,
  /** 值班电话 and 传真: what the holiday roster and the 今日值班 page show for the unit. */
  officePhone: z.string(),
  fax: z.string(),
  /** 值班管理员 besides the unit's 值班员 (duty_officer): they edit rosters and approve swaps. */
  managerIds: z.array(Id),
  updatedAt: Timestamp,
  updatedBy: Id.nullable(),
});
export type DutySetup = z.infer<typeof DutySetup>;

/** A month's roster, or a holiday period's (节假日值班表), which may answer a 报送通知. */
export const RosterKind = z.enum(['month', 'holiday']);
export type RosterKind = z.infer<typeof RosterKind>;

/** draft → published (in force: 今日值班, reminders and swaps read it). */
export const RosterStatus = z.enum(['draft', 'published']);
export type RosterStatus = z.infer<typeof RosterStatus>;

/** 报送: submitted to the higher-level 总值班室, which accepts it or returns it for changes. */
export const RosterSubmission = z.object({
  status: z.enum(['submitted', 'returned', 'accepted']),
  toUnitId: Id,
  submittedAt: Timestamp,
  submittedBy: Id,
  decidedAt: Timestamp.nullable(),
  decidedBy: Id.nullable(),
  /** The 退回 reason, or a note on acceptance. */
  opinion: z.string(),
});
export type RosterSubmission = z.infer<typeof RosterSubmission>;

export const DutyRoster = z.object({
  id: Id,
  unitId: Id,
  kind: RosterKind,
  /** 2026年12月值班表, 2027年元旦值班表. */
  title: z.string(),
  from: IsoDate,
  to: IsoDate,
  slots: z.array(RosterSlot),
  status: RosterStatus,
  /** The 报送通知 it answers (holiday rosters). */
  callId: Id.nullable(),
  submission: RosterSubmission.nullable(),
  /** Bumped by every change; commands carry the version they saw so an offline edit cannot overwrite a newer one. */
  version: z.number().int().positive(),
  createdBy: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  history: z.array(LogEntry),
});
export type DutyRoster = z.infer<typeof DutyRoster>;

/** 节假日值班表报送通知: a higher-level duty office asks its units for their holiday rosters. */
export const RosterCall = z.object({
  id: Id,
  /** The unit whose 总值班室 issued it and receives the rosters. */
  ownerUnitId: Id,
  title: z.string(),
  from: IsoDate,
  to: IsoDate,
  /** Rosters are due by this instant. */
  deadline: Timestamp,
  unitIds: z.array(Id),
  /** 日报告/零报告 are due each day of the period by this time (China time); null when none is asked. */
  dailyReportBy: ClockTime.nullable(),
  note: z.string(),
  createdBy: Id,
  createdAt: Timestamp,
});
export type RosterCall = z.infer<typeof RosterCall>;

/** Which shift place: a day, a shift and a post. */
export const SlotRef = z.strictObject({ date: IsoDate, shift: ShiftKind, postId: Id });
export type SlotRef = z.infer<typeof SlotRef>;

/** swap: two people exchange their places; substitute: the counterpart takes the requester's place. */
export const SwapKind = z.enum(['swap', 'substitute']);
export type SwapKind = z.infer<typeof SwapKind>;

/** requested → accepted (by the counterpart) → approved (roster changed) | declined | refused | cancelled. */
export const SwapStatus = z.enum(['requested', 'accepted', 'approved', 'declined', 'refused', 'cancelled']);
export type SwapStatus = z.infer<typeof SwapStatus>;

export const DutySwap = z.object({
  id: Id,
  unitId: Id,
  rosterId: Id,
  kind: SwapKind,
  requesterId: Id,
  slot: SlotRef,
  counterpartId: Id,
  /** The counterpart's place the requester takes in a swap; null for a substitute. */
  counterpartSlot: SlotRef.nullable(),
  reason: z.string(),
  status: SwapStatus,
  decidedBy: Id.nullable(),
  history: z.array(LogEntry),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type DutySwap = z.infer<typeof DutySwap>;

/** 来电, 文电 (incoming documents and faxes), 来访, 领导批示, 其他. */
export const DutyLogKind = z.enum(['call', 'document', 'visit', 'instruction', 'other']);
export type DutyLogKind = z.infer<typeof DutyLogKind>;

/** One line of the 值班日志: a call with its five elements, or another event of the shift. */
export const DutyLogEntry = z.object({
  id: Id,
  unitId: Id,
  kind: DutyLogKind,
  /** When the call came in or the event happened. */
  at: Timestamp,
  callerName: z.string(),
  callerUnit: z.string(),
  callerNumber: z.string(),
  content: z.string(),
  leaderInstruction: z.string(),
  handling: z.string(),
  recorderId: Id,
  /** Still to follow up: listed at handover until closed. */
  open: z.boolean(),
  closedAt: Timestamp.nullable(),
  closedBy: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type DutyLogEntry = z.infer<typeof DutyLogEntry>;

/** 交接班: the outgoing shift stays responsible until an incoming officer confirms. */
export const DutyHandover = z.object({
  id: Id,
  unitId: Id,
  /** The outgoing shift. */
  date: IsoDate,
  shift: ShiftKind,
  outgoingIds: z.array(Id),
  /** Who may confirm: the next shift's people on the roster (or named by the outgoing officer). */
  incomingIds: z.array(Id),
  /** Pending 文电, unresolved matters and instructions handed over. */
  notes: z.string(),
  openEntryIds: z.array(Id),
  createdBy: Id,
  createdAt: Timestamp,
  status: z.enum(['pending', 'confirmed']),
  confirmedBy: Id.nullable(),
  confirmedAt: Timestamp.nullable(),
});
export type DutyHandover = z.infer<typeof DutyHandover>;

/** 日报告 (有事报事) or 零报告 (无事报平安), filed on the days of a holiday period. */
export const DailyReport = z.object({
  id: Id,
  unitId: Id,
  toUnitId: Id,
  callId: Id.nullable(),
  date: IsoDate,
  kind: z.enum(['events', 'zero']),
  text: z.string(),
  submittedBy: Id,
  submittedAt: Timestamp,
});
export type DailyReport = z.infer<typeof DailyReport>;

export const incidentCategories = ['自然灾害', '事故灾难', '公共卫生事件', '社会安全事件', '其他'] as const;
export const IncidentCategory = z.enum(incidentCategories);
export type IncidentCategory = z.infer<typeof IncidentCategory>;

/** Ⅰ 特别重大, Ⅱ 重大, Ⅲ 较大, Ⅳ 一般; 未定级 while unknown. */
export const incidentLevels = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', '未定级'] as const;
export const IncidentLevel = z.enum(incidentLevels);
export type IncidentLevel = z.infer<typeof IncidentLevel>;
export const incidentLevelLabels: Record<IncidentLevel, string> = {
  Ⅰ: 'Ⅰ级（特别重大）',
  Ⅱ: 'Ⅱ级（重大）',
  Ⅲ: 'Ⅲ级（较大）',
  Ⅳ: 'Ⅳ级（一般）',
  未定级: '未定级',
};

/** What a report says (DOMAIN.md §3.2): every report carries the facts as known at that time. */
export const IncidentFacts = z.object({
  title: z.string(),
  occurredAt: Timestamp.nullable(),
  place: z.string(),
  category: IncidentCategory,
  /** 事件性质. */
  nature: z.string(),
  level: IncidentLevel,
  /** 影响范围. */
  scope: z.string(),
  deaths: z.number().int().nonnegative(),
  injuries: z.number().int().nonnegative(),
  missing: z.number().int().nonnegative(),
  propertyLoss: z.string(),
  trend: z.string(),
  /** 领导到位情况. */
  leadersOnSite: z.string(),
  measures: z.string(),
  /** 下一步建议/请求. */
  requests: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  /** 签发领导. */
  signedBy: Id.nullable(),
});
export type IncidentFacts = z.infer<typeof IncidentFacts>;

/** 首报, 续报 (续报一, 续报二 …), 终报. */
export const IncidentReportKind = z.enum(['first', 'followUp', 'final']);
export type IncidentReportKind = z.infer<typeof IncidentReportKind>;

export const IncidentReport = z.object({
  id: Id,
  kind: IncidentReportKind,
  /** 0 for 首报 and 终报; 1, 2 … for 续报. */
  number: z.number().int().nonnegative(),
  /** For 续报 the progress, for 终报 the summary: response, 善后 and assessment. */
  text: z.string(),
  facts: IncidentFacts,
  byId: Id,
  at: Timestamp,
  /** When the higher-level duty office acknowledged (签收) it. */
  receivedAt: Timestamp.nullable(),
  receivedBy: Id.nullable(),
});
export type IncidentReport = z.infer<typeof IncidentReport>;

export const IncidentDeadlineKind = z.enum(['phone', 'written']);
export type IncidentDeadlineKind = z.infer<typeof IncidentDeadlineKind>;

/** 突发事件信息报送: from 接报 to 终报, sent up to the higher-level duty office. */
export const Incident = z.object({
  id: Id,
  unitId: Id,
  /** The duty office it reports to. */
  toUnitId: Id,
  /** 接报时间: the countdowns run from here. */
  receivedAt: Timestamp,
  /** 信息来源 and who reported it to the unit. */
  source: z.string(),
  reporterName: z.string(),
  reporterPhone: z.string(),
  facts: IncidentFacts,
  /** 电话报告 to the higher level, marked by the duty officer. */
  phoneReportedAt: Timestamp.nullable(),
  /** Fixed at 接报 from the server's configuration (30 and 60 minutes by default). */
  phoneDueAt: Timestamp,
  writtenDueAt: Timestamp,
  reports: z.array(IncidentReport),
  status: z.enum(['open', 'closed']),
  /** Overdue deadlines escalated to the 带班领导, once each. */
  escalations: z.array(z.object({ kind: IncidentDeadlineKind, at: Timestamp, toIds: z.array(Id) })),
  createdBy: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Incident = z.infer<typeof Incident>;
