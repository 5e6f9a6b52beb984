import { expect, test, type Page } from '@playwright/test';
import { addCalendarDays } from '../../shared/calendar/working-days';
import { isoDateInChina } from '../../shared/documents/dates';
import { demoStack } from './processes';
import { demoPerson, signIn } from './session';
import { choose, shot } from './ui';

const stack = demoStack();
const { host } = stack;

test.beforeAll(() => stack.start());
test.afterAll(() => stack.stop());

// 市应急局's duty team: 魏洁 runs the rosters and takes calls, 曾慧敏 swaps a shift with her, 陈春雷
// (应急指挥中心主任, a duty manager) approves and takes over at handover. 冯文静 runs the 市政府总值班室
// above them: the holiday roster and the incident reports go to her.
const officer = demoPerson('weijie');
const colleague = demoPerson('zenghuimin');
const manager = demoPerson('chenchunlei');
const office = demoPerson('fengwenjing');
const unitName = '市应急局';

async function openDuty(page: Page, view: 'now' | 'roster' | 'calls' | 'swaps' | 'log' | 'incidents'): Promise<void> {
  await page.getByTestId('nav-duty').click();
  await page.getByTestId(`duty-tab-${view}`).click();
}

/** 发布 and 报送 ask for confirmation, and for an acknowledgement of the problems left when there are any. */
async function confirmRoster(page: Page): Promise<void> {
  const ok = page.getByTestId('roster-publish-ok');
  await expect(ok).toBeVisible();
  const ack = page.getByTestId('roster-ack');
  if (await ack.isVisible()) await ack.check();
  await ok.click();
  await expect(ok).toBeHidden();
}

/** Picks the first option of an antd Select: the earliest duty in the swap dialog. */
async function pickFirst(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.press('Enter');
}

/** The first month after today's: its roster is new in every run. */
function nextMonth(): string {
  const today = isoDateInChina(Date.now());
  return addCalendarDays(`${today.slice(0, 8)}01`, 40).slice(0, 7);
}

test('值班值守: a month roster, the holiday roster up to the 总值班室, a swap, the duty log and handover, and an incident from 首报 to 终报', async ({ browser }) => {
  test.setTimeout(420_000);
  const w = await signIn(browser, host.url, officer.username);
  const f = await signIn(browser, host.url, office.username);

  // 排班: generate next month's roster, change one place by hand, publish.
  await openDuty(w, 'roster');
  await choose(w, 'duty-unit-select', unitName);
  await w.getByTestId('roster-new').click();
  await w.getByTestId('roster-new-month').fill(nextMonth());
  await w.getByTestId('roster-new-month').press('Tab');
  await w.getByTestId('roster-new-ok').click();
  const grid = w.getByTestId('roster-grid');
  await expect(grid).toBeVisible();
  const firstDay = `${nextMonth()}-01`;
  const cell = grid.locator(`[data-testid^="roster-cell-${firstDay}-"]`).nth(1);
  await cell.click();
  await w.keyboard.type(colleague.name);
  await w.locator('.ant-select-item-option:visible').filter({ hasText: colleague.name }).first().click();
  await expect(cell).toContainText(colleague.name);
  // A place left empty is flagged, and publishing asks for it to be acknowledged.
  const driver = grid.locator(`[data-testid^="roster-cell-${firstDay}-"]`).nth(2);
  await driver.hover();
  await driver.locator('.ant-select-clear').click();
  await expect(w.getByTestId('roster-problem').filter({ hasText: '12月1日' }).first()).toBeVisible();
  await expect(w.getByTestId('roster-tally')).toBeVisible();
  await w.getByTestId('roster-save').click();
  await expect(w.getByTestId('roster-editor')).toHaveAttribute('data-status', 'draft');
  await w.getByTestId('roster-publish').click();
  await expect(w.getByTestId('roster-ack')).toBeVisible();
  await confirmRoster(w);
  await expect(w.getByTestId('roster-editor')).toHaveAttribute('data-status', 'published');
  await shot(w, 'duty-roster');
  const download = w.waitForEvent('download');
  await w.getByTestId('roster-export').click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  await w.getByTestId('roster-back').click();

  // 节假日值班表报送: answer the 总值班室's 元旦 call, submit; 冯文静 returns it once, then accepts it.
  await openDuty(w, 'calls');
  await w.locator('[data-testid^="call-answer-"]').first().click();
  await expect(w.getByTestId('roster-grid')).toBeVisible();
  await w.getByTestId('roster-save').click();
  await w.getByTestId('roster-submit').click();
  await confirmRoster(w);
  await expect(w.getByTestId('roster-submit')).toBeHidden();

  await openDuty(f, 'calls');
  await f.locator('[data-testid^="call-row-"]').first().click();
  const unitRow = f.locator('[data-testid^="call-unit-"]').filter({ hasText: unitName });
  await expect(unitRow).toContainText('已报送', { timeout: 20_000 });
  await expect(f.locator('[data-testid^="call-unit-"]').filter({ hasText: '未报送' }).first()).toBeVisible();
  await shot(f, 'duty-calls');
  await unitRow.locator('[data-testid^="call-return-"]').click();
  await f.getByTestId('call-return-reason').fill('请补充带班领导手机号码');
  await f.getByTestId('call-return-ok').click();
  await expect(unitRow).toContainText('已退回');

  // 魏洁 still has the roster open: the return and its reason arrive on it.
  await expect(w.getByTestId('roster-returned')).toContainText('请补充带班领导手机号码', { timeout: 20_000 });
  await w.getByTestId('roster-submit').click();
  await confirmRoster(w);
  await expect(unitRow).toContainText('已报送', { timeout: 20_000 });
  await unitRow.locator('[data-testid^="call-accept-"]').click();
  await expect(unitRow).toContainText('已接收');

  // 换班: 魏洁 asks 曾慧敏 to swap; she agrees; 陈春雷 approves; the roster changes.
  const z = await signIn(browser, host.url, colleague.username);
  const c = await signIn(browser, host.url, manager.username);
  await openDuty(w, 'swaps');
  await w.getByTestId('swap-new').click();
  await pickFirst(w, 'swap-my-duty');
  await choose(w, 'swap-counterpart', colleague.name);
  await pickFirst(w, 'swap-counterpart-duty');
  await w.getByTestId('swap-reason').fill('当天需赴惠民县参加防汛检查');
  await w.getByTestId('swap-ok').click();

  await openDuty(z, 'swaps');
  await z.getByTestId('swap-accept').first().click();
  await openDuty(c, 'swaps');
  await c.getByTestId('swap-approve').first().click();
  await expect(c.locator('[data-testid^="swap-row-"]').first()).toContainText('已生效', { timeout: 20_000 });
  await openDuty(w, 'swaps');
  await expect(w.locator('[data-testid^="swap-row-"]').first()).toContainText('已生效', { timeout: 20_000 });

  // A 替班 she turns down, saying why: the requester reads the reason in the swap's history.
  await w.getByTestId('swap-new').click();
  await pickFirst(w, 'swap-my-duty');
  await w.getByText('替班（对方顶替）').click();
  await choose(w, 'swap-counterpart', colleague.name);
  await w.getByTestId('swap-reason').fill('家中有事');
  await w.getByTestId('swap-ok').click();
  await z.getByTestId('swap-decline').first().click();
  await z.getByTestId('swap-opinion').fill('当天已安排外出培训');
  await z.getByTestId('swap-opinion-ok').click();
  const declined = w.locator('[data-testid^="swap-row-"][data-status="declined"]');
  await expect(declined).toBeVisible({ timeout: 20_000 });
  await declined.getByText(/办理记录/).click();
  await expect(declined.getByText(/当天已安排外出培训/)).toBeVisible();
  await shot(w, 'duty-swaps');

  // 值班日志 and 交接班: log a call, hand over to 陈春雷 with the open matter, he confirms.
  await openDuty(w, 'log');
  await choose(w, 'log-unit-select', unitName);
  await choose(w, 'log-kind', '来电');
  await w.getByTestId('log-caller-unit').fill('惠民县应急管理局');
  await w.getByTestId('log-caller-name').fill('王磊');
  await w.getByTestId('log-caller-number').fill('0543-5321100');
  await w.getByTestId('log-content').fill('惠民县境内G220国道一货车侧翻，暂无人员伤亡');
  await w.getByTestId('log-instruction').fill('赵洪涛副局长：密切关注，及时续报');
  await w.getByTestId('log-handling').fill('已通知交警、路政到场处置');
  await w.getByTestId('log-open').check();
  await w.getByTestId('log-content').press('Control+Enter');
  await expect(w.getByTestId('log-table')).toContainText('货车侧翻');

  await w.getByTestId('handover-new').click();
  await w.getByTestId('handover-notes').fill('省应急厅明电一份待领导阅批；货车侧翻事故待续报');
  await choose(w, 'handover-incoming', manager.name);
  await w.getByTestId('handover-ok').click();
  await expect(w.getByTestId('handover-ok')).toBeHidden();
  await shot(w, 'duty-log');

  await openDuty(c, 'log');
  await choose(c, 'log-unit-select', unitName);
  await c.locator('[data-testid^="handover-confirm-"]').first().click();
  await expect(c.locator('[data-testid^="handover-confirm-"]')).toHaveCount(0, { timeout: 20_000 });
  await expect(c.getByTestId('handover-list')).toContainText('已接班');

  // 突发事件: 接报, the countdowns run; 电话报告, 首报; 冯文静 sees it arrive and signs for it; 续报一, 终报.
  await openDuty(w, 'incidents');
  await w.getByTestId('incident-new').click();
  await w.getByTestId('incident-title').fill('惠民县G220国道货车侧翻事故');
  await choose(w, 'incident-category', '事故灾难');
  await choose(w, 'incident-level', 'Ⅳ级');
  await w.getByTestId('incident-place').fill('惠民县G220国道K312处');
  await w.getByTestId('incident-measures').fill('交警、路政已到场，现场已设置警示区');
  await w.getByTestId('incident-ok').click();
  await expect(w.getByTestId('incident-countdown-phone')).toContainText(/2\d:\d\d|30:00/);
  await expect(w.getByTestId('incident-countdown-written')).toBeVisible();
  await w.getByTestId('incident-phone-reported').click();
  await w.getByTestId('incident-report-first').click();
  await w.getByTestId('incident-report-text').fill('接惠民县应急管理局电话报告，G220国道一货车侧翻，暂无人员伤亡。');
  await w.getByTestId('incident-report-ok').click();
  await expect(w.getByTestId('incident-report-0')).toContainText('首报');
  await shot(w, 'duty-incident');

  await openDuty(f, 'incidents');
  await f.getByTestId('incident-scope-received').click();
  const arrived = f.locator('[data-testid^="incident-row-"]').filter({ hasText: '货车侧翻' });
  await expect(arrived).toBeVisible({ timeout: 20_000 });
  await arrived.click();
  await f.locator('[data-testid^="incident-receive-"]').first().click();
  await expect(f.locator('[data-testid^="incident-receive-"]')).toHaveCount(0, { timeout: 20_000 });

  await w.getByTestId('incident-report-followup').click();
  await w.getByTestId('incident-report-text').fill('车辆已扶正，道路恢复通行。');
  await w.getByTestId('incident-report-ok').click();
  await expect(w.getByTestId('incident-report-1')).toContainText('续报一');
  // The office sees the follow-up arrive without reloading.
  await expect(f.getByTestId('incident-report-1')).toContainText('续报一', { timeout: 20_000 });
  await w.getByTestId('incident-report-final').click();
  await w.getByTestId('incident-report-text').fill('事故现场清理完毕，无人员伤亡，直接经济损失约2万元。');
  await w.getByTestId('incident-report-ok').click();
  await expect(f.getByTestId('incident-report-2')).toContainText('终报', { timeout: 20_000 });
  await shot(f, 'duty-incident-office');

  // 今日值班 across the units the 总值班室 oversees.
  await openDuty(f, 'now');
  await expect(f.getByTestId('duty-now-cards')).toContainText(unitName);
  await shot(f, 'duty-now');
});
