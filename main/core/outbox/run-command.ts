import { AppError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import type { CommandType } from '../../../shared/sync/commands';
import type { UserContext } from '../user-context';

const ANSWER_WAIT_MS = 8_000;

export interface CommandRequest<R> {
  type: CommandType;
  input: Record<string, unknown>;
  summary: string;
  /** Command id; defaults to a fresh one. Creates pass their record's id so retries are idempotent. */
  id?: string;
  /** The optimistic local effect, run in the same transaction as the enqueue; returns its undo. */
  apply?: () => unknown;
  /** What the caller gets back while the server has not answered (offline). */
  optimistic: () => R;
  /** What the caller gets back from the server's answer. */
  fromOutput: (output: unknown) => R;
}

/**
 * Queues a command and, for actions where the user waits on the answer (admin, group changes),
 * gives the server a few seconds: a refusal comes back as the error, with the local effect
 * undone and the entry removed; no answer (offline) keeps it queued and returns the optimistic value.
 */
export async function runCommand<R>(ctx: UserContext, request: CommandRequest<R>): Promise<R> {
  const id = request.id ?? newId();
  ctx.db.transaction(() => {
    const undo = request.apply?.();
    ctx.outbox.enqueue(request.type, id, request.input, request.summary, undo);
  })();
  ctx.emit({ type: 'changed', areas: ['outbox', 'chat', 'directory', 'documents', 'supervision'] });
  const answer = ctx.outbox.waitFor(id, ANSWER_WAIT_MS);
  void ctx.outbox.drain();
  const outcome = await answer;
  if (!outcome) return request.optimistic();
  if (outcome.ok) return request.fromOutput(outcome.output);
  // The user sees the refusal right here, so it does not also linger in the outbox.
  ctx.outbox.discard(id);
  throw outcome.error instanceof AppError ? outcome.error : new AppError('internal', String(outcome.error));
}

/** Queues a command the user does not wait on (send, recall, mark read). */
export function queueCommand(ctx: UserContext, request: { type: CommandType; id?: string; input: Record<string, unknown>; summary: string; apply?: () => unknown }): void {
  ctx.db.transaction(() => {
    const undo = request.apply?.();
    ctx.outbox.enqueue(request.type, request.id ?? newId(), request.input, request.summary, undo);
  })();
  void ctx.outbox.drain();
}
