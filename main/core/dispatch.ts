import { AppError, parseAt } from '../../shared/errors';
import { ApiHandlers, findMethod } from '../../shared/contract/define';
import { desktopApi, DesktopApi } from '../../shared/desktop-api';

import type { CallOutcome } from '../../shared/contract/bridge';
export type DispatchResult = CallOutcome;

/**
 * The one door into the core for both transports (IPC and the browser-mode bridge): the channel
 * must exist, the input must match its schema, and failures come back as the shared error shape.
 */
export async function dispatch(handlers: ApiHandlers<DesktopApi>, channel: unknown, input: unknown): Promise<DispatchResult> {
  try {
    if (typeof channel !== 'string') throw new AppError('bad_request', '未知的调用');
    const spec = findMethod(desktopApi, channel);
    if (!spec) throw new AppError('bad_request', `未知的调用：${channel}`);
    const parsed = parseAt(spec.input, input ?? {}, channel);
    const [area, name] = channel.split('.') as [string, string];
    const areaHandlers = (handlers as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[area];
    const handler = areaHandlers?.[name];
    if (!handler) throw new AppError('internal', `未实现：${channel}`);
    return { ok: true, value: await handler(parsed) };
  } catch (error) {
    const appError = error instanceof AppError ? error : new AppError('internal', error instanceof Error ? error.message : String(error));
    return { ok: false, error: appError.toBody().error };
  }
}
