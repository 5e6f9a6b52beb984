import { z } from 'zod';
import { defaultTimeLimits } from '../shared/documents/time-limits';
import { defaultReturnWindowWorkingDays } from '../shared/supervision/lifecycle';
import { defaultReminderRules } from '../shared/supervision/reminders';

const MiB = 1024 * 1024;
const minute = 60_000;

export const ServerConfig = z.strictObject({
  uploadLimitBytes: z.number().int().positive().default(20 * MiB),
  maxJsonBodyBytes: z.number().int().positive().default(1 * MiB),
  recallWindowMs: z.number().int().nonnegative().default(2 * minute),
  sessionIdleMs: z.number().int().positive().default(30 * minute),
  sessionMaxMs: z.number().int().positive().default(7 * 24 * 60 * minute),
  lockoutThreshold: z.number().int().positive().default(5),
  lockoutMs: z.number().int().positive().default(15 * minute),
  /** How often sessions past their idle or maximum age are removed (and their expiry audited). */
  sessionSweepMs: z.number().int().positive().default(minute),
  /** 工作通知 one app token may push per minute; more are refused with 429 rate_limited. */
  noticeRatePerMinute: z.number().int().positive().default(600),
  /** The same (source, title, text) reaches the same person at most once in this window; 0 turns it off. */
  noticeDuplicateWindowMs: z.number().int().nonnegative().default(24 * 60 * minute),
  /** How often 承办 deadlines are checked for 收文 that have run over. */
  overdueScanMs: z.number().int().positive().default(minute),
  /** 收文 承办 time limits in working days by 紧急程度; local rules differ, so they are settings. */
  documentTimeLimits: z
    .strictObject({ 特急: z.number().int().nonnegative(), 加急: z.number().int().nonnegative(), 普通: z.number().int().nonnegative() })
    .default(defaultTimeLimits),
  /** How often 督办事项 are checked for automatic 催办 that have fallen due. */
  supervisionScanMs: z.number().int().positive().default(minute),
  /**
   * Automatic 催办: working days before each milestone and the deadline that the 责任人 are
   * reminded, and working days after it that their unit's leaders are told. Local rules differ.
   */
  supervisionReminders: z
    .strictObject({
      beforeWorkingDays: z.array(z.number().int().positive()).max(10),
      escalateAfterWorkingDays: z.number().int().positive(),
    })
    .default(defaultReminderRules),
  /** A unit may return a 督办事项 outside its remit within this many working days of its 交办. */
  supervisionReturnWindowWorkingDays: z.number().int().nonnegative().default(defaultReturnWindowWorkingDays),
  /** How often the 值班 scheduler escalates overdue 突发事件 reports and sends duty reminders. */
  dutyScanMs: z.number().int().positive().default(15_000),
  /** China time on the day before a shift when the people on it are reminded. */
  dutyEveRemindAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).default('16:00'),
  /** Minutes from 接报 to the 电话报告 and the 书面报告 to the duty office above; local rules differ. */
  incidentDeadlines: z
    .strictObject({ phoneMinutes: z.number().int().positive(), writtenMinutes: z.number().int().positive() })
    .default({ phoneMinutes: 30, writtenMinutes: 60 }),
});
export type ServerConfig = z.infer<typeof ServerConfig>;

export function resolveConfig(overrides: Partial<ServerConfig> = {}, env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return ServerConfig.parse({ ...fromEnv(env), ...overrides });
}

/** Settings an administrator sets in the environment, e.g. XIETONG_INCIDENT_PHONE_MINUTES=20. */
function fromEnv(env: NodeJS.ProcessEnv): Partial<ServerConfig> {
  const minutes = (name: string, fallback: number) => (env[name] === undefined ? fallback : Number(env[name]));
  const phone = env.XIETONG_INCIDENT_PHONE_MINUTES;
  const written = env.XIETONG_INCIDENT_WRITTEN_MINUTES;
  if (phone === undefined && written === undefined) return {};
  return { incidentDeadlines: { phoneMinutes: minutes('XIETONG_INCIDENT_PHONE_MINUTES', 30), writtenMinutes: minutes('XIETONG_INCIDENT_WRITTEN_MINUTES', 60) } };
}

/** Injected everywhere time matters, so tests can move it. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Human-readable size for messages shown to users ("20 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${Math.round((bytes / MiB) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}
