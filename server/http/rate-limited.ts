import { AppError } from '../../shared/errors';

/** 429 rate_limited; the router sends `Retry-After` with it. */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', message);
  }
}
