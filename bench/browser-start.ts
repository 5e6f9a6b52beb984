/**
 * Browser mode: time from starting the client process (browser host + core) to an interactive
 * chat list, for a user who signed in before — what a civil servant sees each morning.
 */
import { chromium } from '@playwright/test';
import { demoStack } from '../tests/e2e/processes';
import { demoPerson } from '../tests/e2e/session';
import { round, summarize } from './stats';

const RUNS = 5;
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function benchBrowserStart(): Promise<Record<string, unknown>> {
  const stack = demoStack();
  const { host } = stack;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: launchArgs });
  try {
    await stack.start();
    const context = await browser.newContext();
    const page = await context.newPage();
    const person = demoPerson('shanxiaoguang');
    await page.goto(host.url);
    await page.getByTestId('login-username').fill(person.username);
    await page.getByTestId('login-password').fill(person.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('conversation-item').first().waitFor();
    const cookies = await context.cookies();
    await context.close();

    const totals: number[] = [];
    const hostReady: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await host.stop();
      const t0 = performance.now();
      await host.start();
      hostReady.push(performance.now() - t0);
      const ctx = await browser.newContext();
      await ctx.addCookies(cookies);
      const p = await ctx.newPage();
      await p.goto(host.url);
      await p.getByTestId('conversation-item').first().waitFor();
      totals.push(performance.now() - t0);
      await ctx.close();
    }
    const total = summarize(totals);
    return { runs: RUNS, clientProcessReadyMedianMs: round(summarize(hostReady).p50, 0), startToChatListMedianMs: round(total.p50, 0), startToChatListMaxMs: round(total.max, 0) };
  } finally {
    await browser.close();
    await stack.stop();
  }
}
