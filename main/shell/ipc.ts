import { BrowserWindow, ipcMain, IpcMainInvokeEvent } from 'electron';
import type { CallOutcome } from '../../shared/contract/bridge';
import type { ApiHandlers } from '../../shared/contract/define';
import type { CoreEvent, DesktopApi } from '../../shared/desktop-api';
import { dispatch } from '../core/dispatch';
import { isAppUrl } from './urls';

export const INVOKE_CHANNEL = 'xietong:invoke';
export const EVENT_CHANNEL = 'xietong:event';

/**
 * Like VS Code's validatedIpcMain: a call is served only when it comes from the main frame of
 * the app's own window showing the app's own page, never from a subframe or another window.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, win: BrowserWindow | null): boolean {
  if (!win || win.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame || event.sender !== win.webContents) return false;
  const main = win.webContents.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isAppUrl(frame.url);
}

export interface IpcOptions {
  handlers: ApiHandlers<DesktopApi>;
  getWindow(): BrowserWindow | null;
  /** The deployment may pin the server; then session.login may not name another one. */
  serverUrl: string;
  allowServerChange: boolean;
  onServerChanged(serverUrl: string): void;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

const refuse = (message: string): CallOutcome => ({ ok: false, error: { code: 'forbidden', message } });

/** The single IPC door: sender check here, then dispatch() validates the channel and input. */
export function registerIpc(opts: IpcOptions): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, input: unknown): Promise<CallOutcome> => {
    if (!isTrustedSender(event, opts.getWindow())) return refuse('调用来源不可信');
    const requestedServer = channel === 'session.login' && input && typeof input === 'object' ? (input as { serverUrl?: unknown }).serverUrl : undefined;
    if (typeof requestedServer === 'string' && !opts.allowServerChange && !sameOrigin(requestedServer, opts.serverUrl)) {
      return refuse('本机部署配置已固定服务器地址');
    }
    const outcome = await dispatch(opts.handlers, channel, input);
    if (outcome.ok && typeof requestedServer === 'string') opts.onServerChanged(requestedServer);
    return outcome;
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Pushes a core event to the renderer, if the window is there to receive it. */
export function sendEvent(win: BrowserWindow | null, event: CoreEvent): void {
  if (!win || win.isDestroyed() || win.webContents.isDestroyed()) return;
  win.webContents.send(EVENT_CHANNEL, event);
}
