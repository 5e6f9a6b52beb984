import { z } from 'zod';

/** Every record id is a UUID generated where the record is first written (client or server). */
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** Epoch milliseconds. */
export const Timestamp = z.number().int().nonnegative();

export function newId(): string {
  return globalThis.crypto.randomUUID();
}
