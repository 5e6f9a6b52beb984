import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { addWorkingDays } from '../../shared/calendar/working-days';
import { isoDateInChina } from '../../shared/documents/dates';
import { demoStack } from './processes';
import { demoPerson, signIn } from './session';
import { shot, choose, pickDate } from './ui';

const stack = demoStack();
const { host } = stack;

test.beforeAll(() => stack.start());
test.afterAll(() => stack.stop());

// Three people: 单晓光 of the 督查室 registers and reviews, 韩春艳 of 市大数据局 handles the item for
// her unit, 张红军 is the leader whose 批示 it carries and who approves the 延期.
const supervisor = demoPerson('shanxiaoguang');
const handler = demoPerson('hanchunyan2');
const leader = demoPerson('zhanghongjun');
const title = '推进政务数据共享平台建设';


async function openLedger(page: Page): Promise<void> {
  await page.getByTestId('nav-supervision').click();
  const back = page.getByTestId('sup-back');
  if (await back.isVisible()) await back.click();
  await page.getByTestId('sup-tab-ledger').click();
  await expect(page.getByTestId('sup-list')).toBeVisible();
}

async function openItem(page: Page): Promise<void> {
  await openLedger(page);
  await page.getByTestId('sup-search').fill(title);
  await page.getByTestId('sup-row').filter({ hasText: title }).first().click();
  await expect(page.getByTestId('sup-page')).toBeVisible();
}

async function act(page: Page, kind: string, fill: (page: Page) => Promise<void> = async () => undefined): Promise<void> {
  await page.getByTestId(`sup-action-${kind}`).click();
  const ok = page.getByTestId('sup-action-ok');
  await expect(ok).toBeVisible();
  await fill(page);
  await ok.click();
  await expect(ok).toBeHidden();
}


test('a 督办 item from 立项 to 归档 with three people, automatic 催办, the dashboard and the 台账', async ({ browser }) => {
  test.setTimeout(300_000);
  const s = await signIn(browser, host.url, supervisor.username);
  const h = await signIn(browser, host.url, handler.username);
  const l = await signIn(browser, host.url, leader.username);
  const today = isoDateInChina(Date.now());
  // Two working days out: the 3-day reminder is already due, so the server 催办 at once.
  const deadline = addWorkingDays(today, 2);
  const milestoneDue = addWorkingDays(today, 1);
  const extended = addWorkingDays(today, 15);

  // 立项 and 交办.
  await openLedger(s);
  await s.getByTestId('sup-new').click();
  await s.getByTestId('sup-new-title').fill(title);
  await choose(s, 'sup-new-leader', leader.name);
  await pickDate(s, 'sup-new-deadline', deadline);
  await s.getByTestId('sup-new-original').fill('请市大数据局牵头，年底前建成全市政务数据共享平台。');
  await choose(s, 'sup-new-lead', '市大数据局');
  await s.getByTestId('sup-new-milestone-add').click();
  await s.getByTestId('sup-new-milestone-title').fill('完成平台建设方案');
  await pickDate(s, 'sup-new-milestone-due', milestoneDue);
  await s.getByTestId('sup-new-ok').click();
  await expect(s.getByTestId('sup-page')).toHaveAttribute('data-status', 'assigned');
  await expect(s.getByTestId('sup-number')).toContainText(/督〔\d{4}〕\d+号/);

  // 签收 naming herself 责任人, then 反馈.
  await openItem(h);
  await act(h, 'accept', async (page) => choose(page, 'sup-owner', handler.name));
  await expect(h.getByTestId('sup-page')).toHaveAttribute('data-status', 'handling');
  await act(h, 'report', async (page) => {
    await page.getByTestId('sup-text').fill('已完成需求调研，正在编制建设方案。');
  });
  await expect(h.getByTestId('sup-report').first()).toBeVisible();

  // The server's automatic 催办 shows in the item's log (and reaches her as a 工作通知).
  await expect(h.getByTestId('sup-log-entry').and(h.locator('[data-automatic="true"]')).first()).toBeVisible({ timeout: 90_000 });

  // Manual 催办 by the 督查室, with its printable 催办通知单.
  await openItem(s);
  await act(s, 'urge', async (page) => page.getByTestId('sup-urge-text').fill('请于本周五前报送平台建设方案。'));
  await expect(s.getByTestId('sup-urge-sheet')).toBeVisible();
  await shot(s, 'supervision-urge-sheet');
  await s.keyboard.press('Escape');

  // 延期: asked by the unit, approved by the leader who gave the 批示.
  await act(h, 'requestExtension', async (page) => {
    await pickDate(page, 'sup-new-deadline', extended);
    await page.getByTestId('sup-reason').fill('平台需与省级系统对接，联调时间较长。');
  });
  await openItem(l);
  await act(l, 'decideExtension', async (page) => {
    await page.getByTestId('sup-accept-yes').click();
  });
  await expect(l.getByTestId('sup-extension').first()).toHaveAttribute('data-status', 'approved');

  // 办结申请 (after the node is done), 审核, 评价, 归档.
  await openItem(h);
  await act(h, 'completeMilestone', async (page) => choose(page, 'sup-milestone-select', '完成平台建设方案'));
  await act(h, 'requestClosure', async (page) => page.getByTestId('sup-closure-report').fill('平台已建成并上线运行，接入部门 32 个。'));
  await expect(h.getByTestId('sup-page')).toHaveAttribute('data-status', 'reviewing');
  await openItem(s);
  await shot(s, 'supervision-item');
  await act(s, 'reviewClosure', async (page) => page.getByTestId('sup-accept-yes').click());
  await expect(s.getByTestId('sup-page')).toHaveAttribute('data-status', 'closed');
  await act(s, 'evaluate', async (page) => page.getByTestId('sup-grade').getByText('优秀').click());
  await act(s, 'archive');
  await expect(s.getByTestId('sup-page')).toHaveAttribute('data-status', 'archived');

  // The ledger, exported and read back.
  await openLedger(s);
  await shot(s, 'supervision-ledger');
  const [download] = await Promise.all([s.waitForEvent('download'), s.getByTestId('sup-export').click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  expect(header).toEqual(expect.arrayContaining(['编号', '事项名称', '牵头单位', '灯色']));
  const rows: string[] = [];
  sheet.eachRow((row, n) => n > 1 && rows.push((row.values as unknown[]).map(String).join('|')));
  expect(rows.some((row) => row.includes(title) && row.includes('市大数据局'))).toBe(true);
  expect(rows.length).toBeGreaterThan(10);

  // Statistics, with the demo year's items behind them.
  await s.getByTestId('sup-tab-dashboard').click();
  await expect(s.getByTestId('sup-dashboard')).toBeVisible();
  await expect(s.getByTestId('sup-chart-light')).not.toHaveAttribute('data-points', '0');
  await expect(s.getByTestId('sup-overdue-row').first()).toBeVisible();
  await shot(s, 'supervision-dashboard');
});
