import { z } from 'zod';
import { IsoDate } from '../documents/dates';
import { Id, Timestamp } from '../ids';
import { PendingChange } from '../sync/pending-change';
import { IncidentCategory, IncidentLevel, IncidentReportKind, RosterCall, RosterKind, RosterStatus, RosterSubmission } from './records';
import { RosterProblem, RosterSlot, ShiftKind } from './roster-schemas';

/** A unit whose duty the signed-in person takes part in, runs, or oversees. */
export const DutyUnit = z.object({
  unitId: Id,
  name: z.string(),
  /** I am one of its 值班员 or 值班管理员 (or its unit admin): I edit its setup and rosters. */
  canManage: z.boolean(),
  /** I hold a post in it. */
  member: z.boolean(),
  /** I sit in the duty office over it: I see its rosters, reports and incidents. */
  overseen: z.boolean(),
  /** The units reporting to it, when it is a duty office. */
  reportingUnitIds: z.array(Id),
  officeAboveId: Id.nullable(),
});
export type DutyUnit = z.infer<typeof DutyUnit>;

export const RosterListQuery = z.strictObject({ unitId: Id.optional(), callId: Id.optional() });

export const RosterListItem = z.object({
  id: Id,
  unitId: Id,
  unitName: z.string(),
  kind: RosterKind,
  title: z.string(),
  from: IsoDate,
  to: IsoDate,
  status: RosterStatus,
  callId: Id.nullable(),
  submission: RosterSubmission.nullable(),
  version: z.number().int(),
  updatedAt: Timestamp,
  pending: PendingChange.nullable(),
});
export type RosterListItem = z.infer<typeof RosterListItem>;

/** Generated on this machine from the unit's setup, continuing from its last roster before `from`. */
export const GenerateRosterQuery = z.strictObject({ unitId: Id, from: IsoDate, to: IsoDate });
export const GeneratedRoster = z.object({ slots: z.array(RosterSlot), problems: z.array(RosterProblem) });

export const CheckRosterQuery = z.strictObject({ unitId: Id, from: IsoDate, to: IsoDate, slots: z.array(RosterSlot).max(20_000) });

export const OnDutyPerson = z.object({ postId: Id, postName: z.string(), personId: Id, name: z.string(), phone: z.string() });

/** Who is on duty at one instant in one unit; `shift` null when no published roster covers it. */
export const UnitOnDuty = z.object({
  unitId: Id,
  unitName: z.string(),
  officePhone: z.string(),
  shift: z.object({ date: IsoDate, shift: ShiftKind, start: Timestamp, end: Timestamp }).nullable(),
  rosterId: Id.nullable(),
  people: z.array(OnDutyPerson),
});
export type UnitOnDuty = z.infer<typeof UnitOnDuty>;

export const OnDutyQuery = z.strictObject({ at: Timestamp.optional(), q: z.string().trim().max(64).optional() });
export const OnDutyNow = z.object({ at: Timestamp, units: z.array(UnitOnDuty) });
export type OnDutyNow = z.infer<typeof OnDutyNow>;

/** One of my places on a published roster. */
export const MyDuty = z.object({
  rosterId: Id,
  unitId: Id,
  unitName: z.string(),
  date: IsoDate,
  shift: ShiftKind,
  postId: Id,
  postName: z.string(),
  start: Timestamp,
  end: Timestamp,
});
export type MyDuty = z.infer<typeof MyDuty>;

export const CallUnitStatus = z.object({
  unitId: Id,
  unitName: z.string(),
  rosterId: Id.nullable(),
  /** missing: nothing yet; draft: started, not submitted. */
  status: z.enum(['missing', 'draft', 'submitted', 'returned', 'accepted']),
  submittedAt: Timestamp.nullable(),
  /** Submitted after the deadline, or still not submitted once it has passed. */
  late: z.boolean(),
  opinion: z.string(),
  dailyReports: z.array(z.object({ date: IsoDate, kind: z.enum(['events', 'zero']).nullable(), submittedAt: Timestamp.nullable(), late: z.boolean() })),
});
export type CallUnitStatus = z.infer<typeof CallUnitStatus>;

export const CallStatus = z.object({ call: RosterCall, units: z.array(CallUnitStatus) });
export type CallStatus = z.infer<typeof CallStatus>;

export const IncidentListQuery = z.strictObject({
  /** mine: my units' incidents; received: reported to offices I sit in. */
  scope: z.enum(['mine', 'received', 'all']).default('all'),
  status: z.enum(['open', 'closed']).optional(),
});

export const IncidentListItem = z.object({
  id: Id,
  unitId: Id,
  unitName: z.string(),
  toUnitId: Id,
  title: z.string(),
  category: IncidentCategory,
  level: IncidentLevel,
  receivedAt: Timestamp,
  phoneDueAt: Timestamp,
  writtenDueAt: Timestamp,
  phoneReportedAt: Timestamp.nullable(),
  /** When the 首报 went, which meets the 书面报告 deadline (writtenReportAt); optional for cores that do not fill it yet. */
  writtenReportedAt: Timestamp.nullable().optional(),
  lastReport: z.object({ kind: IncidentReportKind, number: z.number().int(), at: Timestamp }).nullable(),
  /** Reports the duty office above has not yet acknowledged. */
  unreceived: z.number().int(),
  status: z.enum(['open', 'closed']),
  updatedAt: Timestamp,
  pending: PendingChange.nullable(),
});
export type IncidentListItem = z.infer<typeof IncidentListItem>;

/** The 值班 nav badge and the page's tab badges. */
export const DutyCounts = z.object({
  /** Swaps waiting for me to accept or approve. */
  swaps: z.number().int(),
  /** Handovers waiting for me to confirm. */
  handovers: z.number().int(),
  /** Open incidents with an overdue deadline, mine or reported to me. */
  overdueIncidents: z.number().int(),
  /** Reports reported to my office, not yet acknowledged. */
  unreceivedReports: z.number().int(),
  /** 报送通知 to my units whose roster is not yet submitted (or was returned). */
  callsToAnswer: z.number().int(),
});
export type DutyCounts = z.infer<typeof DutyCounts>;

export const FileOutput = z.object({ fileName: z.string(), dataBase64: z.string() });
