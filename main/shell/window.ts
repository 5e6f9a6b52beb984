import { app, BrowserWindow, nativeImage } from 'electron';
import { drawAppIcon, encodePng } from './icon-art';
import { APP_ENTRY } from './urls';
import { loadWindowState, trackWindowState } from './window-state';

export interface MainWindowOptions {
  preload: string;
  userData: string;
}

/** The one app window: isolated, sandboxed, no Node; its size and place are remembered. */
export function createMainWindow({ preload, userData }: MainWindowOptions): BrowserWindow {
  const state = loadWindowState(userData);
  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '协同办公',
    backgroundColor: '#f5f5f5',
    icon: nativeImage.createFromBuffer(encodePng(drawAppIcon(256))),
    autoHideMenuBar: true,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would open links in new windows, bypassing the will-navigate guard.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  if (state.maximized) win.maximize();
  trackWindowState(win, userData);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
  return win;
}

/** Brings the window to the front, restoring it from the tray or the taskbar. */
export function revealWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
