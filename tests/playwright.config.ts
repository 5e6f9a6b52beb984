import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: `npx playwright test -c tests/playwright.config.ts` (npm test runs it after
 * the build). Two projects:
 * - e2e: browser mode (real server + browser host + built renderer) in the system Chromium, whose
 *   path scripts/test.ts puts in CHROMIUM_PATH; specs write screenshots to docs/screenshots/.
 * - electron: the desktop app through Playwright's _electron; skipped where no Electron binary exists.
 */
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  outputDir: '../test-results',
  reporter: [['list']],
  metadata: { screenshotsDir: 'docs/screenshots' },
  projects: [
    {
      name: 'e2e',
      testMatch: 'e2e/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        viewport: { width: 1366, height: 820 },
        screenshot: 'only-on-failure',
        trace: 'retain-on-failure',
        launchOptions: {
          executablePath: chromium,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    {
      name: 'electron',
      testMatch: 'electron/**/*.spec.ts',
    },
  ],
});
