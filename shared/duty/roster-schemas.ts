import { z } from 'zod';
import { IsoDate } from '../documents/dates';
import { Id } from '../ids';


export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm');

/** A place on the duty team: 带班领导, 值班员（主班）, 值班员（副班）, 驾驶员 … */
export const DutyPost = z.strictObject({
  id: Id,
  name: z.string().trim().min(1, '请填写岗位名称').max(30, '岗位名称不能超过 30 字'),
  /** Only people listed as leaders may take it (带班领导). */
  leaderOnly: z.boolean(),
  /** How many people the post needs in each shift. */
  perShift: z.number().int().min(1).max(10),
});
export type DutyPost = z.infer<typeof DutyPost>;

/** One 24-hour shift a day from dayStart, or a day shift from dayStart and a night shift from nightStart. */
export const ShiftPattern = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('24h'), dayStart: ClockTime }),
  z
    .strictObject({ kind: z.literal('dayNight'), dayStart: ClockTime, nightStart: ClockTime })
    .refine((pattern) => pattern.dayStart < pattern.nightStart, '夜班应晚于白班开始'),
]);
export type ShiftPattern = z.infer<typeof ShiftPattern>;

export const ShiftKind = z.enum(['full', 'day', 'night']);
export type ShiftKind = z.infer<typeof ShiftKind>;

/** Who may be put on a post, in rotation order. */
export const DutyPool = z.strictObject({ postId: Id, personIds: z.array(Id).max(500) });
export type DutyPool = z.infer<typeof DutyPool>;

export const UnavailableReason = z.enum(['请假', '出差', '其他']);
export type UnavailableReason = z.infer<typeof UnavailableReason>;

/** A person who cannot be on duty from `from` to `to`, both days included. */
export const Unavailability = z
  .strictObject({ personId: Id, from: IsoDate, to: IsoDate, reason: UnavailableReason })
  .refine((period) => period.from <= period.to, '结束日期不能早于开始日期');
export type Unavailability = z.infer<typeof Unavailability>;

export const DutyConstraints = z.strictObject({
  /** Nobody on duty two days running, nor twice in one day (a day shift and the night after it). */
  noConsecutiveDays: z.boolean(),
  /** Shifts a person may take in one calendar month, all posts together; null for no limit. */
  maxPerMonth: z.number().int().min(1).max(62).nullable(),
  unavailable: z.array(Unavailability).max(5000),
  /** The people who may take a leaderOnly post. */
  leaders: z.array(Id).max(500),
});
export type DutyConstraints = z.infer<typeof DutyConstraints>;

/** One person's place in one shift; personId null while nobody is assigned. */
export const RosterSlot = z.strictObject({ date: IsoDate, shift: ShiftKind, postId: Id, personId: Id.nullable() });
export type RosterSlot = z.infer<typeof RosterSlot>;

export const Roster = z.strictObject({ unitId: Id, from: IsoDate, to: IsoDate, slots: z.array(RosterSlot).max(20_000) });
export type Roster = z.infer<typeof Roster>;

/** Statutory holidays (调休 days off included), other weekends, and working days (调休 weekends included). */
export const DayCategory = z.enum(['weekday', 'weekend', 'holiday']);
export type DayCategory = z.infer<typeof DayCategory>;

/** Everything a roster for `from`..`to` is generated from and checked against. */
export const RosterInput = z
  .strictObject({
    unitId: Id,
    from: IsoDate,
    to: IsoDate,
    posts: z.array(DutyPost).min(1, '请至少设置一个值班岗位').max(20),
    shifts: ShiftPattern,
    pools: z.array(DutyPool).max(20),
    constraints: DutyConstraints,
    /** The unit's last roster: the rotation, the fairness counts and the rest rules carry on from it. */
    previous: Roster.optional(),
  })
  .refine((input) => input.from <= input.to, '结束日期不能早于开始日期')
  .refine((input) => new Set(input.posts.map((post) => post.id)).size === input.posts.length, '岗位重复')
  .refine(
    (input) => input.pools.every((pool, i) => input.posts.some((post) => post.id === pool.postId) && input.pools.findIndex((p) => p.postId === pool.postId) === i),
    '每个岗位只能有一份值班人员名单，且名单须对应已设置的岗位',
  )
  .refine((input) => Date.parse(input.to) - Date.parse(input.from) < 400 * 86_400_000, '一次最多排 400 天');
export type RosterInput = z.infer<typeof RosterInput>;

export const RosterProblemKind = z.enum([
  'unfilled',
  'notInPool',
  'notLeader',
  'unavailable',
  'consecutive',
  'overMonthlyMax',
  'twiceInShift',
  'extra',
]);
export type RosterProblemKind = z.infer<typeof RosterProblemKind>;

/** Something wrong with one slot, said in a sentence a duty manager can act on. */
export const RosterProblem = z.strictObject({
  kind: RosterProblemKind,
  date: IsoDate,
  shift: ShiftKind,
  postId: Id,
  personId: Id.nullable(),
  message: z.string(),
});
export type RosterProblem = z.infer<typeof RosterProblem>;
