import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import type { LoginOutput } from '../../shared/auth/schemas';
import { demoStack } from './processes';
import { demoPerson, messageWithText, send, signIn } from './session';

const screenshots = resolve(__dirname, '../../docs/screenshots');
const stack = demoStack();
const { server, host } = stack;

test.beforeAll(() => stack.start());
test.afterAll(() => stack.stop());

/** A small RGB PNG (a blue map with a red marker), made here so the test needs no fixture file. */
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * (width * 3 + 1) + 1 + x * 3;
      const marker = (x - width / 2) ** 2 + (y - height / 2) ** 2 < (height / 6) ** 2;
      raw.set(marker ? [245, 34, 45] : [22 + (x * 80) / width, 119, 255 - (y * 60) / height], at);
    }
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A second device of a demo person, talking to the server's HTTP API directly. */
async function signInOverApi(username: string): Promise<{ post: (path: string, body: unknown) => Promise<void> }> {
  const person = demoPerson(username);
  const call = async (path: string, body: unknown, token?: string) => {
    const res = await fetch(server.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<unknown>;
  };
  const { token } = (await call('/api/v1/auth/login', { username: person.username, password: person.password })) as LoginOutput;
  return { post: async (path, body) => void (await call(path, body, token)) };
}

const groupItem = (page: Page, title: string) => page.getByTestId('conversation-item').filter({ hasText: title });

test('a group chat: create, rename, @-mention, image, receipts, search to a message, reopen after reload', async ({ browser }) => {
  const alice = await signIn(browser, host.url, 'shanxiaoguang');
  const bob = await signIn(browser, host.url, 'weijie');
  const carol = await signIn(browser, host.url, 'liuhongliang');
  const bobName = demoPerson('weijie').name;
  const carolName = demoPerson('liuhongliang').name;

  // Alice starts a group with Bob and Carol through 发起群聊 and the member picker.
  await alice.getByTestId('new-chat').click();
  await alice.getByTestId('new-group-chat').click();
  const picker = alice.getByTestId('member-picker');
  for (const name of [bobName, carolName]) {
    await picker.getByTestId('member-picker-search').fill(name);
    await picker.getByTestId('member-picker-person').filter({ hasText: name }).first().click();
    await expect(picker.getByTestId('member-picker-picked')).toContainText(name);
  }
  await picker.getByTestId('member-picker-title').fill('防汛工作群');
  await picker.getByTestId('member-picker-ok').click();
  await expect(picker).toBeHidden();
  await expect(alice.getByTestId('chat-title')).toContainText('防汛工作群');
  await expect(alice.getByTestId('chat-member-count')).toContainText('3');

  // She renames it in 群设置; everyone's list shows the new name.
  const title = '防汛调度专班';
  await alice.getByTestId('group-settings').click();
  await alice.getByTestId('group-rename-input').fill(title);
  await alice.getByTestId('group-rename-save').click();
  await expect(alice.getByTestId('chat-title')).toContainText(title);
  await alice.keyboard.press('Escape');
  await expect(alice.getByTestId('group-settings-drawer')).toBeHidden();
  await expect(groupItem(bob, title)).toBeVisible();
  await expect(groupItem(carol, title)).toBeVisible();

  // The message Bob will search for later ("水库"), soon buried under a day's updates.
  const target = '请各单位今晚核查水库泄洪预案，发现隐患立即上报';
  await send(alice, target);
  await expect(messageWithText(alice, target)).toHaveAttribute('data-status', 'sent');

  // An @-mention picked from the @ list: Carol gets the red [有人@我], Bob does not.
  await alice.getByTestId('composer-input').click();
  await alice.keyboard.type('请');
  await alice.getByTestId('mention-button').click();
  await alice.getByTestId('mention-picker').getByTestId('mention-option').filter({ hasText: carolName }).click();
  await alice.keyboard.type('明早八点前报送雨情数据');
  await alice.getByTestId('composer-input').press('Enter');
  const mention = messageWithText(alice, '报送雨情数据');
  await expect(mention).toContainText(`@${carolName}`);
  await expect(mention).toHaveAttribute('data-status', 'sent');
  await expect(groupItem(carol, title).getByTestId('mention-marker')).toBeVisible();
  await expect(groupItem(carol, title).getByTestId('mention-marker')).toHaveCSS('color', 'rgb(245, 34, 45)');
  await expect(groupItem(bob, title)).toHaveAttribute('data-unread', '2');
  await expect(groupItem(bob, title).getByTestId('mention-marker')).toHaveCount(0);

  // An image through the file input; the receipt counts down as the others read it.
  await alice.getByTestId('image-input').setInputFiles({ name: '雨情分布.png', mimeType: 'image/png', buffer: png(160, 100) });
  const image = alice.locator('[data-testid="message"][data-kind="image"]');
  await expect(image).toHaveAttribute('data-status', 'sent');
  await expect(image.getByTestId('message-image')).toBeVisible();
  const receipt = image.getByTestId('read-receipt');
  await expect(receipt).toHaveText(/2人未读/);
  await expect(receipt).toHaveAttribute('data-unread', '2');

  await groupItem(bob, title).click();
  await expect(bob.locator('[data-testid="message"][data-kind="image"]').getByTestId('message-image')).toBeVisible();
  await expect(receipt).toHaveText(/1人未读/);
  await expect(receipt).toHaveAttribute('data-unread', '1');

  await groupItem(carol, title).click();
  await expect(carol.locator('[data-testid="message"][data-kind="image"]').getByTestId('message-image')).toBeVisible();
  await expect(groupItem(carol, title).getByTestId('mention-marker')).toHaveCount(0);
  await expect(receipt).toHaveText(/全部已读/);
  await expect(receipt).toHaveAttribute('data-unread', '0');
  await send(carol, '收到，雨情数据明早八点前报送');
  await expect(messageWithText(alice, '雨情数据明早八点前报送')).toBeVisible();
  await alice.screenshot({ path: resolve(screenshots, 'group-chat.png') });

  // A day of patrol reports from Carol's phone (the server's API, her own session): more than a
  // page of history now lies between the 水库 message and the newest one.
  const groupId = await alice.getByTestId('chat-pane').getAttribute('data-conversation-id');
  const phone = await signInOverApi('liuhongliang');
  for (let n = 1; n <= 55; n++) await phone.post(`/api/v1/conversations/${groupId}/messages`, { clientId: `patrol-${n}-${Date.now()}`, text: `第${n}轮巡查：各点位运行正常` });
  await expect(messageWithText(alice, '第55轮巡查')).toBeVisible();
  await expect(messageWithText(bob, '第55轮巡查')).toBeVisible();

  // Bob is in another chat when he searches; the hit opens the group at that message, loading older pages.
  await groupItem(bob, '值班工作群').click();
  await expect(bob.getByTestId('chat-title')).toContainText('值班工作群');
  await bob.getByTestId('message-search').fill('水库');
  const hits = bob.getByTestId('search-hit');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText(title);
  await expect(hits.first().locator('mark')).toHaveText('水库');
  await bob.screenshot({ path: resolve(screenshots, 'search.png') });
  await hits.first().click();
  await expect(bob.getByTestId('chat-title')).toContainText(title);
  const found = messageWithText(bob, target);
  await expect(found).toBeInViewport();
  await expect(found).toHaveAttribute('data-highlighted', 'true');
  await expect(found).not.toHaveAttribute('data-highlighted', 'true');
  await expect(found).toBeInViewport();

  // After a reload the group is open again, for Bob only (Carol's own last chat is hers).
  await bob.reload();
  await expect(bob.getByTestId('chat-pane')).toBeVisible();
  await expect(bob.getByTestId('chat-title')).toContainText(title);
  await expect(messageWithText(bob, '第55轮巡查')).toBeVisible();
});
