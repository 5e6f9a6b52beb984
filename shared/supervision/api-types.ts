import { z } from 'zod';
import { PendingChange } from '../sync/pending-change';
import { Id, Timestamp } from '../ids';
import { Light, SupervisionPriority, SupervisionSource, SupervisionStatus } from './kinds';
import { IsoDate } from '../documents/dates';

export const SupervisionListQuery = z.strictObject({
  status: SupervisionStatus.optional(),
  light: Light.optional(),
  source: SupervisionSource.optional(),
  priority: SupervisionPriority.optional(),
  /** Items where this unit is lead or supporting. */
  unitId: Id.optional(),
  instructingLeaderId: Id.optional(),
  /** Deadline within [from, to]. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Number, title, original text. */
  q: z.string().trim().max(64).optional(),
  /** Only items where I have something to do. */
  mine: z.boolean().default(false),
  sort: z.enum(['light', 'deadline', 'updated']).default('light'),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().nonnegative().default(0),
});
export type SupervisionListQuery = z.input<typeof SupervisionListQuery>;

export const SupervisionListItem = z.object({
  id: Id,
  number: z.string(),
  title: z.string(),
  source: SupervisionSource,
  priority: SupervisionPriority,
  status: SupervisionStatus,
  light: Light,
  deadline: IsoDate,
  leadUnitId: Id,
  supportUnitIds: z.array(Id),
  instructingLeaderId: Id.nullable(),
  /** Lead unit's reported progress. */
  percent: z.number().int(),
  /** Working days past the deadline (0 when not overdue). */
  daysOverdue: z.number().int().nonnegative(),
  updatedAt: Timestamp,
  /** My change to it still in the outbox, or refused with the server's reason. */
  pending: PendingChange.nullable(),
});
export type SupervisionListItem = z.infer<typeof SupervisionListItem>;

export const DashboardQuery = z.strictObject({
  /** Items created within [from, to] (ISO dates); all when omitted. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  source: SupervisionSource.optional(),
  instructingLeaderId: Id.optional(),
});
export type DashboardQuery = z.input<typeof DashboardQuery>;

export const UnitStats = z.object({
  unitId: Id,
  total: z.number().int(),
  /** Items whose deadline has passed or that are closed: the ones that count for 按期办结率. */
  due: z.number().int(),
  closedOnTime: z.number().int(),
  /** closedOnTime / due, 0–1; null when nothing is due yet. */
  onTimeRate: z.number().nullable(),
  reportsDue: z.number().int(),
  reportsOnTime: z.number().int(),
  /** 反馈及时率, 0–1; null when no report was due. */
  feedbackRate: z.number().nullable(),
  overdue: z.number().int(),
});
export type UnitStats = z.infer<typeof UnitStats>;

export const DashboardStats = z.object({
  total: z.number().int(),
  byStatus: z.record(SupervisionStatus, z.number().int()),
  byLight: z.record(Light, z.number().int()),
  bySource: z.record(SupervisionSource, z.number().int()),
  byLeader: z.array(z.object({ leaderId: Id, count: z.number().int() })),
  units: z.array(UnitStats),
  overdue: z.array(z.object({ itemId: Id, number: z.string(), title: z.string(), unitId: Id, deadline: IsoDate, daysOverdue: z.number().int() })),
  trend: z.array(z.object({ month: z.string(), created: z.number().int(), closed: z.number().int() })),
  onTimeRate: z.number().nullable(),
  feedbackRate: z.number().nullable(),
});
export type DashboardStats = z.infer<typeof DashboardStats>;

export const SupervisionCounts = z.object({
  mine: z.number().int(),
  red: z.number().int(),
  yellow: z.number().int(),
  open: z.number().int(),
});
export type SupervisionCounts = z.infer<typeof SupervisionCounts>;

export const BulletinQuery = z.strictObject({ from: IsoDate, to: IsoDate, title: z.string().trim().max(100).optional() });
