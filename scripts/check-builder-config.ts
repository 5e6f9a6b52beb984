// Validates electron-builder.yml with electron-builder's own schema check (app-builder-lib's
// validateConfiguration against scheme.json), without downloading Electron or anything else.
// `--pack` also packs the app for Linux into release/linux-unpacked against a stub Electron
// folder (the real binary cannot be downloaded here) and checks the packaged layout.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(__dirname, '..');
// app-builder-lib is electron-builder's dependency: resolve it from there, wherever npm put it.
const requireFromBuilder = createRequire(require.resolve('electron-builder/package.json', { paths: [root] }));
const { validateConfiguration } = requireFromBuilder('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = requireFromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const yaml = requireFromBuilder('js-yaml') as { load(text: string): unknown };

export async function checkBuilderConfig(): Promise<void> {
  const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  await validateConfiguration(config, new DebugLogger(false));
  const c = config as { appId?: string; productName?: string; asarUnpack?: string[]; files?: string[] };
  const problems: string[] = [];
  if (!c.appId) problems.push('appId missing');
  if (c.productName !== '协同办公') problems.push('productName must be 协同办公');
  if (!c.asarUnpack?.includes('**/*.node')) problems.push('asarUnpack must include **/*.node');
  if (!c.files?.includes('dist/**')) problems.push('files must include dist/**');
  if (problems.length) throw new Error(problems.join('; '));
}

/** Packs release/linux-unpacked with a stub Electron and checks the asar holds what the app needs. */
function packWithStub(): void {
  const stub = mkdtempSync(join(tmpdir(), 'xt-electron-stub-'));
  for (const f of ['electron', 'chrome-sandbox', 'chrome_crashpad_handler', 'LICENSE', 'LICENSES.chromium.html']) writeFileSync(join(stub, f), '');
  mkdirSync(join(stub, 'resources'));
  writeFileSync(join(stub, 'version'), JSON.parse(readFileSync(require.resolve('electron/package.json', { paths: [root] }), 'utf8')).version);
  try {
    const res = spawnSync(
      process.execPath,
      [require.resolve('electron-builder/cli.js', { paths: [root] }), '--linux', 'dir', '--x64', `-c.electronDist=${stub}`, '-c.npmRebuild=false', '--publish', 'never'],
      { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
    );
    if (res.status !== 0) throw new Error(`electron-builder exited with ${res.status}`);
    const requireAsar = createRequire(requireFromBuilder.resolve('app-builder-lib/package.json'));
    const asar = requireAsar('@electron/asar') as { listPackage(archive: string, options: object): string[] };
    const resources = join(root, 'release', 'linux-unpacked', 'resources');
    const files = asar.listPackage(join(resources, 'app.asar'), {}).map((f) => f.replace(/\\/g, '/'));
    const must = ['/package.json', '/dist/main/shell.cjs', '/dist/main/preload.cjs', '/dist/renderer/index.html', '/node_modules/better-sqlite3/package.json'];
    const missing = must.filter((f) => !files.includes(f));
    if (missing.length) throw new Error(`app.asar lacks ${missing.join(', ')}`);
    const unpackedNode = spawnSync('find', [join(resources, 'app.asar.unpacked'), '-name', '*.node'], { encoding: 'utf8' }).stdout.trim();
    if (!unpackedNode.endsWith('better_sqlite3.node') || unpackedNode.includes('\n')) throw new Error(`expected exactly better_sqlite3.node unpacked beside app.asar, found: ${unpackedNode || 'none'}`);
    if (files.some((f) => f.startsWith('/node_modules/esbuild/') || f.startsWith('/node_modules/better-sqlite3/deps/'))) throw new Error('build-time files were packed');
    if (files.some((f) => f.startsWith('/dist/') && f.endsWith('.map')) || files.some((f) => f.startsWith('/main/') || f.startsWith('/renderer/'))) throw new Error('sources or source maps were packed');
    readFileSync(join(resources, 'xietong.config.example.json'));
    console.log(`packed layout ok: ${files.length} entries in app.asar; native: ${unpackedNode.split('\n').join(', ')}`);
  } finally {
    rmSync(stub, { recursive: true, force: true });
  }
}

if (require.main === module) {
  checkBuilderConfig()
    .then(() => {
      console.log('electron-builder.yml is valid');
      if (process.argv.includes('--pack')) packWithStub();
    })
    .catch((error: unknown) => {
      console.error(`electron-builder.yml: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
