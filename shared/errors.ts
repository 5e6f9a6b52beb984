import { z } from 'zod';

/** Every error that crosses a boundary (HTTP, IPC, bridge) has this shape. */
export const ErrorCode = z.enum([
  'bad_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'locked',
  'too_large',
  'rate_limited',
  'classified_refused',
  /** A rule the request breaks, listed in `issues` (a roster's unacknowledged problems). */
  'unprocessable',
  'internal',
  'offline',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    /** Field-level problems from schema validation: where and what. */
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

const statusByCode: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  too_large: 413,
  rate_limited: 429,
  classified_refused: 422,
  unprocessable: 422,
  internal: 500,
  offline: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status(): number {
    return statusByCode[this.code];
  }
  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
  static fromBody(body: ErrorBody): AppError {
    return new AppError(body.error.code, body.error.message, body.error.issues);
  }
}

/** Turns a zod failure into the one error users and integrators see: what is wrong, and where. */
export function validationError(error: z.ZodError, what: string): AppError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
  const first = issues[0];
  const summary = first ? `${first.path}: ${first.message}` : 'invalid';
  return new AppError('bad_request', `${what} 参数不合法 (${summary})`, issues);
}

/** Validates input at a boundary; the handler behind it never sees unvalidated data. */
export function parseAt<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error, what);
  return result.data;
}
