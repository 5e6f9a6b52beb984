// npm run dist [-- electron-builder args]: build, package with electron-builder, then make sure
// node_modules/better-sqlite3 is the Node build again. electron-builder's npmRebuild compiles it
// for Electron in place, which would break the server, browser mode and the tests afterwards.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildMain } from './build-main';

const root = join(__dirname, '..');
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status === 0;

function nodeBuildLoads(): boolean {
  const probe = "const D = require('better-sqlite3'); new D(':memory:').close();";
  return spawnSync(process.execPath, ['-e', probe], { cwd: root, stdio: 'ignore' }).status === 0;
}

async function main(): Promise<number> {
  if (!run(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'])) return 1;
  await buildMain();
  const packed = run(process.execPath, [require.resolve('electron-builder/cli.js', { paths: [root] }), '--publish', 'never', ...process.argv.slice(2)]);
  if (!nodeBuildLoads()) {
    console.log('恢复 Node 版 better-sqlite3（npm rebuild better-sqlite3）…');
    if (!run('npm', ['rebuild', 'better-sqlite3'])) return 1;
  }
  return packed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
