import { expect, test } from '@playwright/test';
import type { LoginOutput } from '../../shared/auth/schemas';
import type { Conversation, Message } from '../../shared/messages/schemas';
import { demoStack } from './processes';
import { demoPerson, messageWithText, openDirectChat, send, signIn } from './session';

const stack = demoStack();
const { server, host } = stack;

test.beforeAll(() => stack.start());
test.afterAll(() => stack.stop());

/** Counts on the server, as an integrator would see it, how many stored messages carry this text. */
async function storedCopies(text: string): Promise<number> {
  const person = demoPerson('weijie');
  const login = (await (await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: person.username, password: person.password }),
  })).json()) as LoginOutput;
  const auth = { authorization: `Bearer ${login.token}` };
  const { conversations } = (await (await fetch(`${server.url}/api/v1/conversations`, { headers: auth })).json()) as { conversations: Conversation[] };
  let copies = 0;
  for (const conversation of conversations) {
    const { messages } = (await (await fetch(`${server.url}/api/v1/conversations/${conversation.id}/messages?limit=200`, { headers: auth })).json()) as { messages: Message[] };
    copies += messages.filter((m) => m.text === text).length;
  }
  return copies;
}

test('a message written offline survives a client restart and arrives exactly once', async ({ browser }) => {
  const alice = await signIn(browser, host.url, 'shanxiaoguang');
  const bob = await signIn(browser, host.url, 'weijie');
  await openDirectChat(alice, demoPerson('weijie').name);
  await send(alice, '服务器还在线时的消息');
  await expect(messageWithText(alice, '服务器还在线时的消息')).toHaveAttribute('data-status', 'sent');

  await server.stop();
  await expect(alice.getByTestId('offline-banner')).toBeVisible({ timeout: 30_000 });
  const offlineText = '断网时写的消息：请于今天下班前报送值班表';
  await send(alice, offlineText);
  await expect(messageWithText(alice, offlineText)).toHaveAttribute('data-status', 'pending');

  // Restart the client itself: the pending message must come back from the local outbox.
  await host.stop();
  await host.start();
  await alice.reload();
  await expect(alice.getByTestId('outbox-pending-count')).toContainText('1');
  await alice.getByTestId('conversation-item').filter({ hasText: demoPerson('weijie').name }).click();
  await expect(messageWithText(alice, offlineText)).toHaveAttribute('data-status', 'pending', { timeout: 30_000 });

  await server.start();
  await expect(messageWithText(alice, offlineText)).toHaveAttribute('data-status', 'sent', { timeout: 45_000 });
  await bob.reload();
  await bob.getByTestId('conversation-item').filter({ hasText: demoPerson('shanxiaoguang').name }).click();
  await expect(messageWithText(bob, offlineText)).toHaveCount(1, { timeout: 45_000 });
  expect(await storedCopies(offlineText)).toBe(1);
});
