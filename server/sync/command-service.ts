import type { Database } from 'better-sqlite3';
import { AppError, parseAt } from '../../shared/errors';
import { commands, type CommandEnvelope, type CommandOutput, type CommandResult, type Commands, type CommandType } from '../../shared/sync/commands';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import type { AuditLog } from '../audit/audit-log';
import type { Clock } from '../config';
import type { WriteScope, Writer } from './writer';

export type ValidCommandInput<T extends CommandType> = z.infer<Commands[T]['input']>;

export interface CommandContext {
  actor: Actor;
  scope: WriteScope;
  now: number;
}

/**
 * One command's implementation. `apply` runs inside the write transaction and must be
 * synchronous; slow work that does not depend on current state (password hashing) goes in
 * `prepare`, which runs before it.
 */
export interface CommandHandler<T extends CommandType, P = undefined> {
  prepare?: (input: ValidCommandInput<T>, actor: Actor) => Promise<P>;
  apply: (ctx: CommandContext, input: ValidCommandInput<T>, prepared: P) => CommandOutput<T>;
}

export function commandHandler<T extends CommandType, P = undefined>(handler: CommandHandler<T, P>): CommandHandler<T, P> {
  return handler;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry has its own prepared type
export type CommandHandlers = { [T in CommandType]: CommandHandler<T, any> };

interface StoredCommand {
  type: string;
  user_id: string | null;
  result: string;
}

/** Keeps passwords out of the audit log. */
function redact(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  return Object.fromEntries(Object.entries(input).map(([key, value]) => [key, /password/i.test(key) ? '***' : value]));
}

/**
 * Applies commands: validated, checked, applied in one transaction with their changes and audit
 * entry, and remembered by id so that a retry returns the first result instead of applying again.
 */
export class CommandService {
  private readonly findStored;
  private readonly storeResult;

  constructor(
    db: Database,
    private readonly writer: Writer,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    private readonly handlers: CommandHandlers,
  ) {
    this.findStored = db.prepare<[string], StoredCommand>('SELECT type, user_id, result FROM commands WHERE id = ?');
    this.storeResult = db.prepare('INSERT INTO commands (id, type, user_id, result, created_at) VALUES (?, ?, ?, ?, ?)');
  }

  async execute(actor: Actor, envelope: CommandEnvelope): Promise<CommandResult> {
    const output = await this.run(actor, envelope.id, envelope.type, envelope.input);
    return { id: envelope.id, type: envelope.type, output };
  }

  async run<T extends CommandType>(actor: Actor, id: string, type: T, rawInput: unknown): Promise<CommandOutput<T>> {
    const input = parseAt(commands[type].input, rawInput, type) as ValidCommandInput<T>;
    const handler = this.handlers[type] as CommandHandler<T, unknown>;
    let prepared: unknown;
    if (handler.prepare) {
      // A retry should not pay for the slow preparation (password hashing) a second time.
      const earlier = this.earlierResult<T>(actor, id, type);
      if (earlier) return earlier.output;
      prepared = await handler.prepare(input, actor);
    }
    return this.writer.write((scope) => {
      // Checked inside the transaction, where a concurrent retry cannot slip past it.
      const raced = this.earlierResult<T>(actor, id, type);
      if (raced) return raced.output;
      const now = this.clock.now();
      const output = handler.apply({ actor, scope, now }, input, prepared);
      this.storeResult.run(id, type, actor.person.id, JSON.stringify(output), now);
      const target = (output as { id?: unknown }).id;
      this.audit.append({
        at: now,
        actorId: actor.person.id,
        client: actor.client,
        action: type,
        target: typeof target === 'string' ? target : null,
        detail: { commandId: id, input: redact(input) },
      });
      return output;
    });
  }

  private earlierResult<T extends CommandType>(actor: Actor, id: string, type: T): { output: CommandOutput<T> } | null {
    const stored = this.findStored.get(id);
    if (!stored) return null;
    if (stored.type !== type || stored.user_id !== actor.person.id) throw new AppError('conflict', '命令编号已被另一条命令使用');
    return { output: JSON.parse(stored.result) as CommandOutput<T> };
  }
}
