import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readPdfText } from '../../server/documents/pdf/pdf-text';
import { demoStack } from './processes';
import { demoPerson, signIn } from './session';
import { shot } from './ui';

const stack = demoStack();
const { host } = stack;

test.beforeAll(() => stack.start());
test.afterAll(() => stack.stop());

// Three people: 郭洁 drafts (and later handles the 收文), 刘洪亮 is the 文书 of 市政府办公室 (核稿, 复核,
// 编号, 用印, 分发; and, since a 人民政府's paperwork is its office's, the 收文 clerk of 滨州市人民政府),
// 张红军 is 主任 of the office and 秘书长 of the 市政府 (会签, 签发, 批办).
const drafter = demoPerson('guojie');
const clerk = demoPerson('liuhongliang');
const leader = demoPerson('zhanghongjun');
const title = '关于做好2026年冬季安全生产工作的通知';

async function openDocs(page: Page): Promise<void> {
  await page.getByTestId('nav-docs').click();
  const back = page.getByTestId('doc-back');
  if (await back.isVisible()) await back.click();
  await expect(page.getByTestId('doc-list')).toBeVisible();
}

/** Opens the document from the 待办 list, the way someone told by a 工作通知 would. */
async function openTodo(page: Page, kind: 'outgoing' | 'incoming' = 'outgoing'): Promise<void> {
  await openDocs(page);
  await page.getByTestId('doc-box-todo').click();
  await page.getByTestId('doc-list-row').filter({ hasText: title }).and(page.locator(`[data-kind="${kind}"]`)).first().click();
  await expect(page.getByTestId(kind === 'outgoing' ? 'doc-page' : 'incoming-page')).toBeVisible();
}

async function pickPerson(page: Page, fieldTestId: string, name: string): Promise<void> {
  await page.getByTestId(`${fieldTestId}-open`).click();
  await page.getByTestId('member-picker-search').fill(name);
  await page.getByTestId('member-picker-person').filter({ hasText: name }).first().click();
  // Choosing one person closes the picker; choosing several needs its 确定.
  const picked = page.getByTestId(`${fieldTestId}-picked`).filter({ hasText: name });
  const ok = page.getByTestId('member-picker-ok');
  await Promise.race([picked.waitFor(), ok.waitFor()]);
  if (await ok.isVisible()) await ok.click();
  await expect(picked).toBeVisible();
}

/** Takes a 发文 action through its dialog; `fill` completes the dialog's fields first. */
async function act(page: Page, kind: string, fill: (dialog: Page) => Promise<void> = async () => undefined, prefix = 'doc'): Promise<void> {
  const before = await page.getByTestId(prefix === 'doc' ? 'doc-page' : 'incoming-page').getAttribute('data-step');
  await page.getByTestId(`${prefix}-action-${kind}`).click();
  const ok = page.getByTestId(`${prefix}-action-ok`);
  await expect(ok).toBeVisible();
  await fill(page);
  await ok.click();
  await expect(ok).toBeHidden();
  if (kind !== 'circulate' && kind !== 'markRead') {
    await expect(page.getByTestId(prefix === 'doc' ? 'doc-page' : 'incoming-page')).not.toHaveAttribute('data-step', before ?? '', { timeout: 15_000 });
  }
}


const opinion = (text: string) => async (page: Page) => page.getByTestId('doc-opinion').fill(text);

test('a 公文 goes from 拟稿 to 归档, then through the recipient unit 收文 to 办结, with three people', async ({ browser }) => {
  test.setTimeout(240_000);
  const a = await signIn(browser, host.url, drafter.username);
  const b = await signIn(browser, host.url, clerk.username);
  const c = await signIn(browser, host.url, leader.username);

  // 拟稿: from the unit's red-header template, typing the body.
  await openDocs(a);
  await a.getByTestId('doc-new').click();
  await a.getByTestId('doc-new-title').fill(title);
  await a.getByTestId('doc-new-ok').click();
  await expect(a.getByTestId('doc-page')).toHaveAttribute('data-step', 'draft');
  await expect(a.getByTestId('doc-field-issuerMark')).toHaveValue('滨州市人民政府办公室文件');
  const editor = a.getByTestId('doc-body-editor');
  await expect(a.getByTestId('doc-sync-state')).toHaveAttribute('data-status', 'synced', { timeout: 15_000 });
  await editor.click();
  await editor.pressSequentially('各县区人民政府，市政府各部门：');
  await editor.press('Enter');
  await editor.pressSequentially('为切实做好今冬明春安全生产工作，现将有关事项通知如下。');
  await act(a, 'submit', async (page) => pickPerson(page, 'doc-pick-reviewer', clerk.name));

  // 核稿: returned once with an opinion, then passed on after the drafter's change.
  await openTodo(b);
  await expect(b.getByTestId('doc-body-editor')).toContainText('今冬明春');
  await act(b, 'return', opinion('请补充落实责任的要求'));
  await openTodo(a);
  const again = a.getByTestId('doc-body-editor');
  await again.click();
  await again.press('Control+End');
  await again.press('Enter');
  await again.pressSequentially('各单位要压实安全生产责任，确保不发生重大事故。');
  await act(a, 'submit', async (page) => pickPerson(page, 'doc-pick-reviewer', clerk.name));
  await openTodo(b);
  await b.getByTestId('doc-tab-versions').click();
  await expect(b.getByTestId('doc-diff-added').filter({ hasText: '压实安全生产责任' })).toBeVisible({ timeout: 15_000 });
  await shot(b, 'document-diff');
  await act(b, 'approve', async (page) => {
    await pickPerson(page, 'doc-pick-countersigners', leader.name);
    await pickPerson(page, 'doc-pick-signer', leader.name);
  });

  // 会签 and 签发 by the leader.
  await openTodo(c);
  await act(c, 'countersign', opinion('同意'));
  await expect(c.getByTestId('doc-page')).toHaveAttribute('data-step', 'sign');
  await act(c, 'sign', opinion('同意印发'));

  // 复核 → 编号 → 用印 → 分发 → 归档 by the 文书.
  await openTodo(b);
  await act(b, 'recheck');
  await act(b, 'assignNumber');
  await expect(b.getByTestId('doc-number')).toContainText('滨政办发〔2026〕1号');
  await act(b, 'seal', async (page) => {
    await page.getByTestId('doc-seal-select').click();
    await page.locator('.ant-select-item-option').first().click();
  });
  await b.getByTestId('doc-tab-stamp').click();
  await expect(b.getByTestId('doc-stamp')).toHaveAttribute('data-verdict', 'valid', { timeout: 15_000 });
  await act(b, 'distribute', async (page) => {
    await page.getByTestId('doc-distribute-units').click();
    await page.locator('.ant-select-tree-node-content-wrapper').filter({ hasText: '滨州市人民政府' }).first().click();
    await page.keyboard.press('Escape');
  });
  await b.getByTestId('doc-tab-sheet').click();
  await shot(b, 'document');

  // The PDF: text checked with a PDF parser, the first page rendered and kept as a screenshot.
  await b.getByTestId('doc-print').click();
  await expect(b.getByTestId('print-page').first()).toBeVisible({ timeout: 30_000 });
  await shot(b, 'document-print-preview');
  const [download] = await Promise.all([b.waitForEvent('download'), b.getByTestId('print-download').click()]);
  const pages = await readPdfText(readFileSync((await download.path())!));
  const text = pages.map((page) => page.items.map((item) => item.text).join('')).join('\n');
  expect(text).toContain('滨政办发〔2026〕1号');
  expect(text).toContain(title);
  expect(text).toMatch(/2026年\d{1,2}月\d{1,2}日/);
  await b.keyboard.press('Escape');
  await act(b, 'archive');
  await expect(b.getByTestId('doc-page')).toHaveAttribute('data-step', 'archived');

  // 收文 at 滨州市人民政府: 签收 → 登记 → 拟办 by the clerk, 批办 by the leader, 承办 → 办结 by the drafter.
  await openTodo(b, 'incoming');
  await act(b, 'receive', undefined, 'incoming');
  await act(b, 'register', undefined, 'incoming');
  await expect(b.getByTestId('incoming-page')).toHaveAttribute('data-step', 'propose');
  await act(b, 'propose', async (page) => {
    await opinion('拟请市政府办公室秘书一科牵头落实')(page);
    await pickPerson(page, 'incoming-pick-leader', leader.name);
  }, 'incoming');
  await openTodo(c, 'incoming');
  await act(c, 'instruct', async (page) => {
    await opinion('请郭洁同志抓紧落实，按期办结')(page);
    await pickPerson(page, 'incoming-pick-handlers', drafter.name);
  }, 'incoming');
  await openTodo(a, 'incoming');
  await shot(a, 'document-incoming');
  await act(a, 'complete', opinion('已按要求部署落实'), 'incoming');
  await expect(a.getByTestId('incoming-page')).toHaveAttribute('data-step', 'archive');

  // Lists: 已办 for the drafter holds the archived 发文.
  await openDocs(a);
  await a.getByTestId('doc-box-done').click();
  await expect(a.getByTestId('doc-list-row').filter({ hasText: title }).first()).toBeVisible();
  await a.getByTestId('doc-box-outgoing').click();
  await shot(a, 'documents');
});
