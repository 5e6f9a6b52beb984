import { z } from 'zod';
import { CoreEvent } from '../desktop-api';
import { ErrorBody } from '../errors';

/** The outcome of one call, as both transports deliver it to the renderer. */
export const CallOutcome = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ErrorBody.shape.error }),
]);
export type CallOutcome = z.infer<typeof CallOutcome>;

/**
 * What the preload exposes as `window.xietong` on desktop, and what the browser-mode bridge
 * client implements over WebSocket: the renderer holds one of these and cannot tell which.
 */
export interface DesktopBridge {
  invoke(channel: string, input: unknown): Promise<CallOutcome>;
  onEvent(listener: (event: CoreEvent) => void): () => void;
}

/** Browser-mode bridge frames over WebSocket /bridge on 127.0.0.1. */
export const BridgeRequest = z.strictObject({ id: z.number().int().nonnegative(), channel: z.string().max(100), input: z.unknown() });
export type BridgeRequest = z.infer<typeof BridgeRequest>;

export const BridgeMessage = z.union([
  z.object({ kind: z.literal('result'), id: z.number().int(), outcome: CallOutcome }),
  z.object({ kind: z.literal('event'), event: CoreEvent }),
]);
export type BridgeMessage = z.infer<typeof BridgeMessage>;
