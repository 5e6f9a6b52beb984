// Finding the Electron binary without triggering `electron`'s lazy download, fetching it with a
// time limit where the network allows, and building better-sqlite3 for Electron's ABI.
// Shared by scripts/start.ts and tests/electron/app.spec.ts.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const electronDir = join(root, 'node_modules', 'electron');

export function electronVersion(): string {
  return (JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The Electron executable if it is on disk, else null. Reads what `require('electron')` reads
 * (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) but never downloads: requiring the package
 * would start a download when the binary is missing.
 */
export function electronBinaryPath(): string | null {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative || 'electron') : relative ? join(electronDir, 'dist', relative) : '';
  return candidate && existsSync(candidate) ? candidate : null;
}

/**
 * The binary, downloading it first (quietly, within timeoutMs) when it is missing and downloads
 * are not switched off with ELECTRON_SKIP_BINARY_DOWNLOAD=1. Null when there is none to be had.
 * onSlowDownload runs only if the download is still going after a few seconds, so a machine
 * without access fails fast and silently.
 */
export async function ensureElectronBinary(timeoutMs: number, onSlowDownload?: () => void): Promise<string | null> {
  const found = electronBinaryPath();
  if (found || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') return found;
  await new Promise<void>((resolve) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, stdio: 'ignore' });
    const slow = setTimeout(() => onSlowDownload?.(), 3000);
    const limit = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    const done = () => {
      clearTimeout(slow);
      clearTimeout(limit);
      resolve();
    };
    child.on('exit', done);
    child.on('error', done);
  });
  return electronBinaryPath();
}

/**
 * better-sqlite3 compiled for Electron's ABI, in .electron-native/<electron version>/, built once
 * per Electron version with @electron/rebuild (Electron's headers come from electronjs.org). The
 * project's node_modules keep the Node build, which the server, browser mode and tests use.
 * Returns the path of the .node file, for createCore's nativeBinding.
 */
export async function electronNativeBinding(version = electronVersion()): Promise<string> {
  const dir = join(root, '.electron-native', version);
  const moduleDir = join(dir, 'node_modules', 'better-sqlite3');
  const binding = join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
  const stamp = join(dir, 'built.json');
  const source = join(root, 'node_modules', 'better-sqlite3');
  const sourceVersion = (JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as { version: string }).version;
  if (existsSync(binding) && existsSync(stamp) && (JSON.parse(readFileSync(stamp, 'utf8')) as { betterSqlite3?: string }).betterSqlite3 === sourceVersion) {
    return binding;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(source, moduleDir, { recursive: true, filter: (src) => !src.startsWith(join(source, 'build')) });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'xietong-electron-native', private: true, dependencies: { 'better-sqlite3': sourceVersion } }));
  // npm passes npm_config_nodedir (set in some npmrc files) down to node-gyp, which would then use
  // Node's headers instead of Electron's: drop it for this build.
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
  const cli = join(root, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--version', version, '--module-dir', dir, '--only', 'better-sqlite3', '--force'], { cwd: dir, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`@electron/rebuild exited with ${code}`))));
  });
  if (!existsSync(binding)) throw new Error(`@electron/rebuild did not produce ${binding}`);
  writeFileSync(stamp, JSON.stringify({ electron: version, betterSqlite3: sourceVersion }));
  return binding;
}
