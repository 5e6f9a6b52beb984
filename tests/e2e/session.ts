import { expect, type Browser, type Page } from '@playwright/test';
import { generateDemoOrganization } from '../../server/demo/organization';

const demo = generateDemoOrganization();

export function demoPerson(username: string): { username: string; name: string; password: string } {
  const person = demo.people.find((p) => p.username === username);
  if (!person) throw new Error(`no demo person ${username}`);
  return { username, name: person.name, password: demo.demoPassword };
}

/** One desktop client: its own browser context, so its own profile (core, local store, outbox). */
export async function signIn(browser: Browser, hostUrl: string, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(hostUrl);
  const person = demoPerson(username);
  await page.getByTestId('login-username').fill(person.username);
  await page.getByTestId('login-password').fill(person.password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('nav-chat')).toBeVisible();
  return page;
}

/** Opens (or creates) the 1:1 chat with a colleague from the directory, as a user would. */
export async function openDirectChat(page: Page, colleagueName: string): Promise<void> {
  await page.getByTestId('nav-contacts').click();
  await page.getByTestId('directory-search').fill(colleagueName);
  await page.getByTestId('person-row').filter({ hasText: colleagueName }).first().click();
  await page.getByTestId('person-send-message').click();
  await expect(page.getByTestId('chat-title')).toContainText(colleagueName);
}

export async function send(page: Page, text: string): Promise<void> {
  await page.getByTestId('composer-input').fill(text);
  await page.getByTestId('composer-input').press('Enter');
}

export const messageWithText = (page: Page, text: string) => page.getByTestId('message').filter({ hasText: text });
