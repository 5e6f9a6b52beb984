// npm test: every check, in order, stopping at the first failure. Ends with one summary line,
// "N passed, M failed[, K skipped]", counting vitest and Playwright tests from their JSON reports
// (a failed check step that is not a test runner counts as one failure).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { electronBinaryPath } from './electron-runtime';

const root = join(__dirname, '..');
const tmp = join(root, '.tmp');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const counts = { passed: 0, failed: 0, skipped: 0 };

function summary(): string {
  return `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;
}

function finish(code: number): never {
  console.log(`\n${summary()}`);
  process.exit(code);
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1', ...env } });
  if (res.error) console.error(res.error.message);
  return res.status === 0;
}

let stepNo = 0;
function step(title: string, body: () => boolean, countsAsTests = false): void {
  stepNo++;
  console.log(`\n━━━ ${stepNo}. ${title} ━━━`);
  const started = Date.now();
  const ok = body();
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (!ok) {
    console.log(`✗ ${title} 失败（${secs} s）`);
    if (!countsAsTests || counts.failed === 0) counts.failed++;
    finish(1);
  }
  console.log(`✓ ${title}（${secs} s）`);
}

function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

const chromium = findChromium();
if (!chromium) {
  console.log('未找到 Chromium：sudo apt-get install -y chromium fonts-wqy-zenhei');
  process.exit(1);
}
console.log(`Chromium: ${chromium}`);
mkdirSync(tmp, { recursive: true });

step('类型检查 typecheck', () => run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) && run(bin('tsc'), ['-p', 'renderer/tsconfig.json', '--noEmit']));
step('代码检查 lint (eslint, layer rule)', () => run(bin('eslint'), ['.', '--max-warnings', '0']));
step('打包配置 electron-builder.yml', () => run(process.execPath, ['--import', 'tsx', 'scripts/check-builder-config.ts']));
step('构建 build (vite + main)', () => run(bin('vite'), ['build', '--logLevel', 'warn']) && run(process.execPath, ['--import', 'tsx', 'scripts/build-main.ts']));

step(
  '单元与集成测试 vitest',
  () => {
    const report = join(tmp, 'vitest.json');
    rmSync(report, { force: true });
    const ok = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
    const r = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(report);
    if (r) {
      counts.passed += r.numPassedTests;
      counts.failed += r.numFailedTests;
      counts.skipped += r.numPendingTests + r.numTodoTests;
    }
    return ok && r !== null;
  },
  true,
);

step(
  '端到端测试 playwright (e2e + electron)',
  () => {
    const report = join(tmp, 'playwright.json');
    rmSync(report, { force: true });
    const args = ['test', '-c', 'tests/playwright.config.ts', '--reporter=list,json'];
    // The electron project needs a display; where the binary exists but no X server, use Xvfb.
    const xvfb = electronBinaryPath() && !process.env.DISPLAY && spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0;
    const ok = xvfb ? run('xvfb-run', ['-a', bin('playwright'), ...args], { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: report }) : run(bin('playwright'), args, { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: report });
    const r = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(report);
    if (r) {
      counts.passed += r.stats.expected + r.stats.flaky;
      counts.failed += r.stats.unexpected;
      counts.skipped += r.stats.skipped;
    }
    return ok && r !== null;
  },
  true,
);

step('安全检查 electronegativity', () => run(process.execPath, ['--import', 'tsx', 'scripts/security.ts']));

finish(0);
