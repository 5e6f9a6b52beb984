import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { demoStack } from './processes';
import { demoPerson, messageWithText, openDirectChat, send, signIn } from './session';

const screenshots = resolve(__dirname, '../../docs/screenshots');
const stack = demoStack();
const { host } = stack;

test.beforeAll(() => stack.start());
test.afterAll(() => stack.stop());

test('two civil servants chat, see read receipts, and recall a message', async ({ browser }) => {
  const alice = await signIn(browser, host.url, 'shanxiaoguang');
  const bob = await signIn(browser, host.url, 'weijie');
  const aliceName = demoPerson('shanxiaoguang').name;
  const bobName = demoPerson('weijie').name;

  await openDirectChat(alice, bobName);
  const first = '今天的值班表已经发到群里，请查收';
  await send(alice, first);
  const sent = messageWithText(alice, first);
  await expect(sent).toHaveAttribute('data-status', 'sent');
  await expect(sent.getByTestId('read-receipt')).toContainText('未读');

  // Bob sees the chat with an unread badge, opens it, and Alice's receipt turns to 已读.
  await bob.getByTestId('nav-chat').click();
  const item = bob.getByTestId('conversation-item').filter({ hasText: aliceName });
  await expect(item).toHaveAttribute('data-unread', '1');
  await item.click();
  await expect(messageWithText(bob, first)).toBeVisible();
  await expect(sent.getByTestId('read-receipt')).toContainText('已读');
  await expect(item).toHaveAttribute('data-unread', '0');
  await sent.getByTestId('read-receipt').click();
  await expect(alice.getByTestId('readers-popover')).toContainText(bobName);
  await alice.keyboard.press('Escape');

  await send(bob, '收到，我马上安排');
  await expect(messageWithText(alice, '收到，我马上安排')).toBeVisible();

  // Alice recalls a message she sent by mistake; both sides see that it was recalled.
  const mistaken = '这条消息发错了，请忽略';
  await send(alice, mistaken);
  await expect(messageWithText(bob, mistaken)).toBeVisible();
  const toRecall = messageWithText(alice, mistaken);
  await toRecall.hover();
  await toRecall.getByTestId('recall-action').click();
  await expect(alice.getByTestId('message-recalled').last()).toContainText('撤回了一条消息');
  await expect(bob.getByTestId('message-recalled').last()).toContainText(`${aliceName}撤回了一条消息`);
  await expect(messageWithText(bob, mistaken)).toHaveCount(0);

  await send(alice, '@全体 明早 8:30 在三楼会议室召开防汛调度会');
  await expect(messageWithText(bob, '防汛调度会')).toBeVisible();
  await alice.screenshot({ path: resolve(screenshots, 'chat.png') });
  await bob.getByTestId('nav-contacts').click();
  await bob.getByTestId('directory-search').fill(aliceName);
  await bob.getByTestId('person-row').filter({ hasText: aliceName }).first().click();
  await expect(bob.getByTestId('person-card')).toBeVisible();
  await bob.screenshot({ path: resolve(screenshots, 'contacts.png') });
});
