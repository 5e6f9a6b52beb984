import { createHash, randomBytes } from 'node:crypto';

/** Opaque bearer token: 256 random bits. Only its hash is stored, so a leaked database logs nobody in. */
export function newToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
