// npm start: build what is stale, start the sync server in demo mode (it prints the demo
// log-ins), then open the desktop app in Electron, or, where no Electron runtime can be had,
// serve the same app to a browser on 127.0.0.1. Ctrl+C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startBrowserHost } from '../main/browser-host/index';
import { startServer } from '../server/app';
import { buildMain } from './build-main';
import { electronNativeBinding, ensureElectronBinary } from './electron-runtime';

const root = join(__dirname, '..');

function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules' && !entry.endsWith('.test.ts')) visit(join(p, entry));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach((p) => visit(join(root, p)));
  return newest;
}

function isStale(output: string, inputs: string[]): boolean {
  const out = join(root, output);
  return !existsSync(out) || statSync(out).mtimeMs < newestMtime(inputs);
}

function buildRenderer(): void {
  if (!isStale('dist/renderer/index.html', ['renderer', 'shared', 'vite.config.mts', 'package.json'])) return;
  console.log('构建界面（vite build）…');
  const res = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) throw new Error('vite build failed');
}

/** The preferred port if it is free, else the next free one above it. */
async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 50; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${preferred}`);
}

const closers: Array<() => Promise<void> | void> = [];
let stopping = false;
async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    for (const close of closers.reverse()) {
      try {
        await close();
      } catch {
        /* stopping anyway */
      }
    }
  }
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

async function main(): Promise<void> {
  buildRenderer();

  const dataDir = join(root, 'data');
  mkdirSync(join(dataDir, 'server'), { recursive: true });
  const server = await startServer({ dataDir: join(dataDir, 'server'), port: await freePort(8300), host: '127.0.0.1', demo: true });
  closers.push(() => server.close());
  console.log(`同步服务器：${server.url}`);

  const electron = await ensureElectronBinary(180_000, () => console.log('正在下载 Electron 运行时（最多 3 分钟，可按 Ctrl+C 中止）…'));
  if (electron) {
    try {
      await launchElectron(electron, server.url, dataDir);
      return;
    } catch (error) {
      console.log(`Electron 无法启动（${error instanceof Error ? error.message : String(error)}），改用浏览器模式：`);
    }
  } else {
    console.log('未找到 Electron 运行时（无法下载），改用浏览器模式：');
  }

  const host = await startBrowserHost({
    port: await freePort(8310),
    host: '127.0.0.1',
    dataDir: join(dataDir, 'client'),
    serverUrl: server.url,
    rendererDir: join(root, 'dist', 'renderer'),
  });
  closers.push(() => host.close());
  console.log(`请用浏览器打开 ${host.url}    （Ctrl+C 停止）`);
}

async function launchElectron(binary: string, serverUrl: string, dataDir: string): Promise<void> {
  const nativeBinding = await electronNativeBinding();
  await buildMain();
  const child = spawn(binary, [root], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      XIETONG_SERVER: serverUrl,
      XIETONG_NATIVE_BINDING: nativeBinding,
      XIETONG_USER_DATA: join(dataDir, 'electron'),
      ELECTRON_ENABLE_LOGGING: process.env.ELECTRON_ENABLE_LOGGING ?? '',
    },
  });
  closers.push(() => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
  console.log('协同办公已启动（Electron）。关闭窗口后在托盘菜单中选择“退出”，或按 Ctrl+C 停止。');
  child.on('exit', (code) => void stopAll(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  void stopAll(1);
});
