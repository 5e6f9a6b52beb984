import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

const screenshots = resolve(__dirname, '../../docs/screenshots');

/** Saves docs/screenshots/<name>.png without the passing toasts, which would differ run to run. */
export const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${screenshots}/${name}.png`, style: '.ant-message, .ant-notification { display: none !important; }' });

/** Picks an option in an antd Select (or TreeSelect) by its visible text. */
export async function choose(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-item-option:visible, .ant-select-tree-node-content-wrapper:visible').filter({ hasText: text }).first().click();
  await page.keyboard.press('Escape');
}

/** Types a date into an antd DatePicker; leaving the field confirms it (Enter would also submit a dialog's form). */
export async function pickDate(page: Page, testId: string, value: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(value);
  await input.press('Tab');
}
