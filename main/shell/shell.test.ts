/**
 * The shell's wiring, run against a recording stand-in for the electron module (the real runtime
 * cannot be downloaded on every machine; tests/electron/app.spec.ts covers it where it can).
 * Checks what main.ts asks Electron for: window preferences, the app:// handler and its CSP, the
 * IPC door, permission and navigation guards, and where core events go.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const fake = await vi.hoisted(async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const appRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'xt-shell-'));
  const on = () => {
    const listeners: Record<string, Listener[]> = {};
    return {
      listeners,
      on(event: string, l: Listener) {
        (listeners[event] ??= []).push(l);
        return this;
      },
      once(event: string, l: Listener) {
        (listeners[event] ??= []).push(l);
        return this;
      },
      emit(event: string, ...args: unknown[]) {
        for (const l of listeners[event] ?? []) l(...args);
      },
    };
  };
  const state = {
    appRoot,
    windows: [] as Array<{ options: Record<string, unknown>; loaded: string[]; sent: unknown[][]; webContents: Record<string, unknown> & ReturnType<typeof on> }>,
    protocolHandler: null as null | ((req: { url: string; method: string }) => Promise<Response>),
    privileged: [] as unknown[],
    ipc: new Map<string, Listener>(),
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    headers: null as null | Listener,
    notifications: [] as Array<{ options: Record<string, unknown>; shown: boolean; emit: (e: string) => void }>,
    badge: [] as number[],
    trayTooltips: [] as string[],
    ready: null as null | (() => void),
    appEvents: on(),
  };
  let readyResolve: () => void = () => undefined;
  const ready = new Promise<void>((r) => (readyResolve = r));
  state.ready = () => readyResolve();

  class BrowserWindow {
    static getAllWindows = () => state.windows;
    options: Record<string, unknown>;
    loaded: string[] = [];
    sent: unknown[][] = [];
    webContents: Record<string, unknown> & ReturnType<typeof on>;
    private events = on();
    constructor(options: Record<string, unknown>) {
      this.options = options;
      const wc = on() as Record<string, unknown> & ReturnType<typeof on>;
      wc.mainFrame = { processId: 1, routingId: 1, url: 'app://xietong/index.html' };
      wc.send = (...args: unknown[]) => this.sent.push(args);
      wc.isDestroyed = () => false;
      wc.reload = () => undefined;
      wc.setWindowOpenHandler = (h: Listener) => (wc.openHandler = h);
      this.webContents = wc;
      state.windows.push(this as never);
      state.appEvents.emit('web-contents-created', {}, wc);
    }
    on(e: string, l: Listener) {
      this.events.on(e, l);
      return this;
    }
    once(e: string, l: Listener) {
      this.events.once(e, l);
      return this;
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    isVisible = () => true;
    isFocused = () => false;
    maximize() {}
    show() {}
    hide() {}
    focus() {}
    restore() {}
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
    setOverlayIcon() {}
  }

  const electron = {
    app: {
      ...state.appEvents,
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      whenReady: () => ready,
      getPath: (name: string) => path.join(appRoot, name),
      setPath: () => undefined,
      getAppPath: () => appRoot,
      setAppUserModelId: () => undefined,
      setBadgeCount: (n: number) => state.badge.push(n),
      quit: () => undefined,
      exit: () => undefined,
    },
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => state.privileged.push(...s),
      handle: (_scheme: string, h: typeof state.protocolHandler) => (state.protocolHandler = h),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (l: Listener) => (state.headers = l) },
        setPermissionRequestHandler: (l: Listener) => (state.permissionRequest = l),
        setPermissionCheckHandler: (l: Listener) => (state.permissionCheck = l),
        setDevicePermissionHandler: () => undefined,
      },
    },
    ipcMain: { handle: (ch: string, l: Listener) => state.ipc.set(ch, l), removeHandler: (ch: string) => state.ipc.delete(ch) },
    Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (t: unknown) => t },
    Tray: class {
      setToolTip = (t: string) => state.trayTooltips.push(t);
      setContextMenu() {}
      setImage() {}
      setTitle() {}
      on() {}
      destroy() {}
    },
    nativeImage: { createFromBuffer: (b: Buffer) => ({ png: b }) },
    Notification: class {
      static isSupported = () => true;
      private events = on();
      shown = false;
      constructor(public options: Record<string, unknown>) {
        state.notifications.push(this as never);
      }
      on(e: string, l: Listener) {
        this.events.on(e, l);
      }
      emit(e: string) {
        this.events.emit(e);
      }
      show() {
        this.shown = true;
      }
    },
    safeStorage: { isEncryptionAvailable: () => false, getSelectedStorageBackend: () => 'basic_text' },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: { showErrorBox: (t: string, d: string) => console.error(t, d) },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
  return { state, electron };
});

const core = vi.hoisted(() => {
  const listeners = new Set<(e: unknown) => void>();
  const calls: unknown[] = [];
  return {
    listeners,
    calls,
    emit: (e: unknown) => listeners.forEach((l) => l(e)),
    createCore: vi.fn(async (options: unknown) => {
      calls.push(options);
      return {
        handlers: {
          session: { state: async () => ({ user: null, serverUrl: 'http://127.0.0.1:8300', online: true, endedReason: null }) },
        },
        onEvent: (l: (e: unknown) => void) => (listeners.add(l), () => listeners.delete(l)),
        close: async () => undefined,
      };
    }),
  };
});

vi.mock('electron', () => fake.electron);
vi.mock('../core/core', () => ({ createCore: core.createCore }));

const { state } = fake;
const win = () => state.windows[0]!;
const trusted = () => ({ sender: win().webContents, senderFrame: win().webContents.mainFrame });
const invoke = (event: unknown, channel: unknown, input: unknown) => state.ipc.get('xietong:invoke')!(event, channel, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

beforeAll(async () => {
  const renderer = join(state.appRoot, 'dist', 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>协同办公</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(state.appRoot, 'secret.txt'), 'outside the renderer');
  process.env.XIETONG_SERVER = 'http://127.0.0.1:8399';
  await import('./main');
  state.ready!();
  await vi.waitFor(() => expect(state.windows).toHaveLength(1));
});

describe('shell wiring (electron stand-in)', () => {
  it('registers app:// as a privileged scheme and opens one isolated, sandboxed window on it', () => {
    expect(state.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const prefs = win().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false });
    expect(String(prefs.preload)).toMatch(/dist[\\/]main[\\/]preload\.cjs$/);
    expect(win().loaded).toEqual(['app://xietong/index.html']);
  });

  it('gives the core the configured server and a non-persistent secret store without a keyring', () => {
    expect(core.calls[0]).toMatchObject({ serverUrl: 'http://127.0.0.1:8399' });
    const secrets = (core.calls[0] as { secrets: { set(k: string, v: string): void; get(k: string): string | null } }).secrets;
    secrets.set('token', 'abc');
    expect(secrets.get('token')).toBe('abc');
  });

  it('serves only renderer files, each with the CSP', async () => {
    const res = await state.protocolHandler!({ url: 'app://xietong/', method: 'GET' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('协同办公');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain('ws://127.0.0.1:8399');
    expect((await state.protocolHandler!({ url: 'app://xietong/assets/app.js', method: 'GET' })).headers.get('content-type')).toMatch(/javascript/);
    for (const url of ['app://xietong/../secret.txt', 'app://xietong/%2e%2e/secret.txt', 'app://other/index.html', 'app://xietong/missing.js']) {
      expect((await state.protocolHandler!({ url, method: 'GET' })).status).toBe(404);
    }
  });

  it('answers IPC only from the main frame of its own window, through dispatch', async () => {
    expect(await invoke(trusted(), 'session.state', {})).toMatchObject({ ok: true, value: { user: null } });
    expect(await invoke(trusted(), 'fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await invoke(trusted(), 'session.state', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const subframe = { sender: win().webContents, senderFrame: { processId: 1, routingId: 7, url: 'app://xietong/index.html' } };
    expect(await invoke(subframe, 'session.state', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const foreign = { sender: win().webContents, senderFrame: { processId: 1, routingId: 1, url: 'https://evil.example/' } };
    expect(await invoke(foreign, 'session.state', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await invoke({ sender: {}, senderFrame: win().webContents.mainFrame }, 'session.state', {})).toMatchObject({ ok: false });
  });

  it('denies permissions except notifications for the app, navigation away, and new windows', () => {
    const ask = (permission: string, url: string) => {
      let granted: boolean | undefined;
      state.permissionRequest!(win().webContents, permission, (g: boolean) => (granted = g), { requestingUrl: url });
      return granted;
    };
    expect(ask('notifications', 'app://xietong/index.html')).toBe(true);
    expect(ask('media', 'app://xietong/index.html')).toBe(false);
    expect(ask('geolocation', 'app://xietong/index.html')).toBe(false);
    expect(ask('notifications', 'https://evil.example/')).toBe(false);

    const wc = win().webContents;
    const prevented: string[] = [];
    wc.emit('will-navigate', { preventDefault: () => prevented.push('nav') }, 'https://www.gov.cn/');
    wc.emit('will-navigate', { preventDefault: () => prevented.push('file') }, 'file:///etc/passwd');
    expect(prevented).toEqual(['nav', 'file']);
    const open = wc.openHandler as (d: { url: string }) => { action: string };
    expect(open({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///C:/Windows/calc.exe' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal.mock.calls.map((c: unknown[]) => c[0])).toEqual(['https://www.gov.cn/', 'https://www.gov.cn/']);
  });

  it('puts status on the tray and badge, shows notify natively, forwards the rest', () => {
    core.emit({ type: 'status', online: true, unreadTotal: 3 });
    expect(state.badge).toContain(3);
    expect(state.trayTooltips.at(-1)).toContain('3 条未读');
    core.emit({ type: 'changed', areas: ['chat'] });
    core.emit({ type: 'notify', conversationId: 'c1', title: '张三', body: '请审阅' });
    const sent = win().sent.map((s) => s[1] as { type: string });
    expect(sent.map((e) => e.type)).toEqual(['status', 'changed']);
    const n = state.notifications[0]!;
    expect(n.shown).toBe(true);
    n.emit('click');
    expect(win().sent.at(-1)).toEqual(['xietong:event', { type: 'openConversation', conversationId: 'c1' }]);
  });
});
