import { z } from 'zod';

/**
 * One of my changes to a record still in this machine's outbox (a draft, a field edit, a workflow
 * action): 待同步 while pending, or refused by the server with its reason. The server decides
 * workflows, so a queued action shows here instead of moving the record.
 */
export const PendingChange = z.object({
  /** The outbox entry, for 重试 / 放弃. */
  outboxId: z.string(),
  summary: z.string(),
  status: z.enum(['pending', 'rejected']),
  reason: z.string().nullable(),
});
export type PendingChange = z.infer<typeof PendingChange>;
