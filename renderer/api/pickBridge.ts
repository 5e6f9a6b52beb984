import type { DesktopBridge } from '../../shared/contract/bridge';
import { createWsBridge } from './wsBridge';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    xietong?: DesktopBridge;
  }
}

export interface PickedBridge {
  bridge: DesktopBridge;
  /** Desktop: the shell shows native notifications itself. */
  desktop: boolean;
}

/** Desktop if the preload put a bridge on window, else the browser-mode WebSocket bridge. */
export function pickBridge(): PickedBridge {
  if (window.xietong) return { bridge: window.xietong, desktop: true };
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return { bridge: createWsBridge({ url: `${scheme}://${location.host}/bridge` }), desktop: false };
}
