import { _electron as electron, expect, test } from '@playwright/test';
import { join, resolve } from 'node:path';
import { electronBinaryPath, electronNativeBinding } from '../../scripts/electron-runtime';
import { freePortBase, serverProcess, tempDir } from '../e2e/processes';

const repo = resolve(__dirname, '../..');

/**
 * The desktop app itself: the shell starts, the window shows the login page from app://, and
 * the page has no Node, only the one bridge object. Needs the Electron binary (and, for the
 * Electron-ABI better-sqlite3, Electron's headers): skipped where it cannot be downloaded.
 */
test('desktop window loads the login page, isolated and sandboxed', async () => {
  const binary = electronBinaryPath();
  test.skip(!binary, 'Electron binary not available on this machine (it cannot be downloaded here)');

  const server = serverProcess(freePortBase(), tempDir('xt-electron-server-'));
  await server.start();
  const nativeBinding = await electronNativeBinding();
  // Chromium refuses to run as root without --no-sandbox (CI containers run as root); the
  // renderer's own sandbox setting is still checked below through its web preferences.
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await electron.launch({
    executablePath: binary!,
    args: [...rootArgs, repo],
    cwd: repo,
    env: {
      ...process.env,
      XIETONG_SERVER: server.url,
      XIETONG_NATIVE_BINDING: nativeBinding,
      XIETONG_USER_DATA: tempDir('xt-electron-user-'),
    },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('login-submit')).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/xietong\//);

    const exposure = await page.evaluate(() => {
      const w = globalThis as unknown as Record<string, unknown>;
      return { require: typeof w.require, process: typeof w.process, bridge: Object.keys((w.xietong as object) ?? {}).sort() };
    });
    expect(exposure).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke', 'onEvent'] });

    const prefs = await app.evaluate(({ BrowserWindow }) => {
      // getLastWebPreferences is Electron's own (undocumented) record of what the page got.
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null };
      const p = contents.getLastWebPreferences();
      return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration, webSecurity: p?.webSecurity };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });

    // The bridge works end to end: the core answers through IPC and dispatch().
    type Bridged = { xietong: { invoke(c: string, i: unknown): Promise<unknown> } };
    const state = await page.evaluate(() => (globalThis as unknown as Bridged).xietong.invoke('session.state', {}));
    expect(state).toMatchObject({ ok: true, value: { user: null } });
    // Unknown channels are refused at the door.
    const refused = await page.evaluate(() => (globalThis as unknown as Bridged).xietong.invoke('fs.readFile', {}));
    expect(refused).toMatchObject({ ok: false });

    await page.screenshot({ path: join(repo, 'test-results', 'electron-login.png') });
  } finally {
    await app.close();
    await server.stop();
  }
});
