/**
 * The preload: exposes exactly one object, window.xietong (a DesktopBridge), and nothing of
 * Electron or Node. Runs sandboxed, so it is bundled to CJS and may require only 'electron'.
 */
import { contextBridge, ipcRenderer, IpcRendererEvent } from 'electron';
import type { CallOutcome, DesktopBridge } from '../../shared/contract/bridge';
import type { CoreEvent } from '../../shared/desktop-api';

const INVOKE_CHANNEL = 'xietong:invoke';
const EVENT_CHANNEL = 'xietong:event';

const bridge: DesktopBridge = {
  invoke(channel: string, input: unknown): Promise<CallOutcome> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, String(channel), input) as Promise<CallOutcome>;
  },
  onEvent(listener: (event: CoreEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    // The IPC event object (with its sender) never reaches the page; only the payload does.
    const wrapped = (_event: IpcRendererEvent, payload: CoreEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('xietong', Object.freeze(bridge));
