// Bundles the Electron main process and the preload with esbuild:
//   main/shell/main.ts      → dist/main/shell.cjs   (Node platform; electron and the runtime
//                             dependencies stay external: electron-builder ships them in
//                             node_modules, and better-sqlite3 must load its native build)
//   main/preload/preload.ts → dist/main/preload.cjs (sandboxed preloads may only require 'electron')
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
const runtimeDeps = Object.keys(pkg.dependencies ?? {});

export async function buildMain(): Promise<void> {
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: 'node22',
    sourcemap: 'linked' as const,
    logLevel: 'warning' as const,
    absWorkingDir: root,
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: ['main/shell/main.ts'],
      outfile: 'dist/main/shell.cjs',
      external: ['electron', ...runtimeDeps],
    }),
    build({
      ...common,
      entryPoints: ['main/preload/preload.ts'],
      outfile: 'dist/main/preload.cjs',
      external: ['electron'],
    }),
  ]);
}

if (require.main === module) {
  buildMain()
    .then(() => console.log('dist/main/shell.cjs, dist/main/preload.cjs'))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
