import { z } from 'zod';
import { Id } from '../ids';

/** Server → client over WebSocket /events. Pokes carry no data: the client pulls what it may see. */
export const ServerEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('poke'), seq: z.number().int().nonnegative() }),
  z.object({ type: z.literal('presence'), online: z.array(Id) }),
  z.object({ type: z.literal('presenceChanged'), userId: Id, online: z.boolean() }),
  z.object({ type: z.literal('sessionEnded'), reason: z.string() }),
]);
export type ServerEvent = z.infer<typeof ServerEvent>;

export const ClientEvent = z.discriminatedUnion('type', [z.object({ type: z.literal('ping') })]);
export type ClientEvent = z.infer<typeof ClientEvent>;
