/**
 * The Electron entry (bundled to dist/main/shell.cjs). The shell wires Electron to the core and
 * keeps to that: windows, tray, notifications, IPC, safeStorage. Everything the app does is in
 * main/core, which runs under plain Node too (browser mode).
 */
import { dirname, join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import type { CoreEvent } from '../../shared/desktop-api';
import { createCore } from '../core/core';
import { resolveConfig, serverOrigins } from './config';
import { registerIpc, sendEvent } from './ipc';
import { createNotifier } from './notifications';
import { registerAppScheme, serveRenderer } from './protocol';
import { createSafeSecretStore, secretStorePolicy } from './secret-store';
import { guardAllWebContents, hardenSession } from './security';
import { createTray, UnreadIndicator } from './tray';
import { contentSecurityPolicy } from './urls';
import { createMainWindow, revealWindow } from './window';

type Core = Awaited<ReturnType<typeof createCore>>;

function fail(title: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`${title}: ${detail}`);
  dialog.showErrorBox(title, detail);
  app.exit(1);
}

/**
 * Where a deployment config may sit, first match wins: beside the executable (beside the
 * .AppImage file for AppImages, whose executable lives in a read-only mount), /etc/xietong for
 * Linux machines managed centrally, the resources folder, then the user's own data directory.
 */
function configDirs(userData: string): string[] {
  const exeDir = process.env.APPIMAGE ? dirname(process.env.APPIMAGE) : dirname(app.getPath('exe'));
  return [exeDir, process.platform === 'linux' ? '/etc/xietong' : '', process.resourcesPath, userData].filter(Boolean);
}

function main(): void {
  // npm start keeps development data under ./data/electron, apart from an installed copy's.
  if (process.env.XIETONG_USER_DATA) app.setPath('userData', resolve(process.env.XIETONG_USER_DATA));
  if (!app.requestSingleInstanceLock()) {
    // Another instance is running; it receives 'second-instance' and shows its window.
    app.quit();
    return;
  }
  registerAppScheme();
  guardAllWebContents();
  if (process.platform === 'win32') app.setAppUserModelId('cn.xietong.office');

  let win: BrowserWindow | null = null;
  let tray: UnreadIndicator | null = null;
  let core: Core | null = null;
  let quitting = false;
  let coreClosed = false;

  const getWindow = () => win;
  const reveal = () => revealWindow(win);
  const quit = () => {
    quitting = true;
    app.quit();
  };

  app.on('second-instance', reveal);
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', (event) => {
    if (!core || coreClosed) return;
    event.preventDefault();
    const closing = core;
    core = null;
    closing
      .close()
      .catch((error: unknown) => console.error('core close failed', error))
      .finally(() => {
        coreClosed = true;
        app.quit();
      });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', reveal);

  app
    .whenReady()
    .then(async () => {
      const userData = app.getPath('userData');
      const config = resolveConfig(configDirs(userData));
      console.log(`服务器：${config.serverUrl}（来自 ${config.source}）`);

      let origins = serverOrigins(config.serverUrl);
      const csp = () => contentSecurityPolicy(origins);
      hardenSession(session.defaultSession, csp);
      serveRenderer(join(app.getAppPath(), 'dist', 'renderer'), csp);
      if (process.platform !== 'darwin') Menu.setApplicationMenu(null);

      const policy = secretStorePolicy();
      if (!policy.persistent) console.warn(policy.reason);
      core = await createCore({
        dataDir: join(userData, 'data'),
        serverUrl: config.serverUrl,
        secrets: createSafeSecretStore(userData, policy),
        // Set by scripts/start.ts in development: better-sqlite3 built for Electron's ABI.
        // Packaged builds get an Electron-ABI build from electron-builder and leave this unset.
        nativeBinding: process.env.XIETONG_NATIVE_BINDING || undefined,
      });

      // The server the user last signed in to may differ from the configured one: allow both.
      const current = await core.handlers.session.state({}).catch(() => null);
      if (current?.serverUrl) origins = [...new Set([...origins, ...serverOrigins(current.serverUrl)])];

      registerIpc({
        handlers: core.handlers,
        getWindow,
        serverUrl: config.serverUrl,
        allowServerChange: config.allowServerChange,
        onServerChanged: (url) => {
          const next = serverOrigins(url);
          if (next.every((o) => origins.includes(o))) return;
          // The page's CSP names the servers it may reach over y-websocket: load it again under
          // the new policy (the session lives in the core, so the user stays signed in).
          origins = [...new Set([...origins, ...next])];
          win?.webContents.reload();
        },
      });

      win = createMainWindow({ preload: join(app.getAppPath(), 'dist', 'main', 'preload.cjs'), userData });
      win.on('close', (event) => {
        // Closing the window keeps the app in the tray, as office messengers do; 退出 in the tray quits.
        if (!quitting && tray) {
          event.preventDefault();
          win?.hide();
        }
      });
      win.on('closed', () => {
        win = null;
      });
      tray = createTray(getWindow, reveal, quit);

      const notify = createNotifier((conversationId) => {
        reveal();
        sendEvent(win, { type: 'openConversation', conversationId });
      });
      core.onEvent((event: CoreEvent) => {
        if (event.type === 'notify') {
          // The open, focused window already shows new messages.
          if (!win?.isFocused()) notify(event);
          return;
        }
        if (event.type === 'status') tray?.update(event);
        sendEvent(win, event);
      });
    })
    .catch((error: unknown) => fail('协同办公无法启动', error));
}

main();
