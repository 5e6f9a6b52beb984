import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../shared/desktop-api';
import { CreateSupervisionInput } from '../../../shared/supervision/actions';
import { SupervisionListQuery } from '../../../shared/supervision/api-types';
import { newSupervisionItem } from '../../../shared/supervision/lifecycle';
import type { SupervisionItem } from '../../../shared/supervision/records';
import type { CommandEnvelope } from '../../../shared/sync/commands';
import { putOrg } from '../directory/directory-rows';
import { createOutbox } from '../outbox/outbox';
import { listOutbox } from '../outbox/outbox-rows';
import { openLocalDb } from '../store/open-local-db';
import { person, playedServerClient, tempDir, type CommandAnswer } from '../test-support/fixtures';
import type { UserContext } from '../user-context';
import { act, createItem, UNNUMBERED } from './supervision-actions';
import { listPage } from './supervision-list';
import { supervisionItem } from './supervision-records';
import { putItem } from './supervision-rows';
import { atNine, testId } from './test-items';


const TODAY = '2026-06-01';
const NOW = atNine(TODAY);
const office = { id: testId('unit', 1), parentId: null, name: '滨州市人民政府办公室', kind: 'unit' as const, sort: 1, updatedAt: 1 };
const bureau = { id: testId('unit', 2), parentId: null, name: '滨州市应急管理局', kind: 'unit' as const, sort: 2, updatedAt: 1 };
const supervisorId = testId('person', 1);

/** One signed-in 督查员's services over a real SQLite file, talking to a server the test plays. */
function signedIn(answer: (command: CommandEnvelope) => CommandAnswer, roles: ('supervisor' | 'leader')[] = ['supervisor']) {
  const db = openLocalDb(path.join(tempDir(), 'local.db'));
  const http = playedServerClient(answer);
  const events: CoreEvent[] = [];
  const fileCacheDir = tempDir();
  const ctx: UserContext = {
    db, http, clock: () => NOW, fileCacheDir, presence: new Set(),
    me: person({ id: supervisorId, name: '督查员甲', posts: [{ orgId: office.id, title: '督查员', sort: 1 }], roles }),
    emit: (event) => events.push(event),
    emitStatus: () => undefined,
    outbox: createOutbox({ db, http, clock: () => NOW, fileCacheDir, onChanged: () => undefined }),
  };
  [office, bureau].forEach((org) => putOrg(db, org));
  return { ctx, db, events };
}

const input = (title: string) =>
  CreateSupervisionInput.omit({ id: true }).parse({
    ownerUnitId: office.id, source: '领导批示', title, originalText: '请应急管理局牵头抓好落实。', deadline: '2026-06-30',
    units: [{ unitId: bureau.id, role: 'lead' }],
  });

const list = (ctx: UserContext, query: SupervisionListQuery = {}) => listPage(ctx.db, SupervisionListQuery.parse(query), TODAY).items;

/** What the real server answers for an accepted command: the item as it now stands. */
const accepted = (command: CommandEnvelope, item: SupervisionItem): CommandAnswer => ({ status: 200, body: { id: command.id, type: command.type, output: item } });
const numbered = (command: CommandEnvelope) => newSupervisionItem(CreateSupervisionInput.parse(command.input), { year: 2026, serial: 12 }, supervisorId, NOW);

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('supervision commands', () => {
  it('registers an item offline: it is listed at once, unnumbered and waiting, and the server numbers it once reachable', async () => {
    let online = false;
    const { ctx, events } = signedIn((command) => (online ? accepted(command, numbered(command)) : 'network-down'));
    const { id } = createItem(ctx, input('关于加强汛期值班值守工作的批示'));
    expect(events).toContainEqual({ type: 'changed', areas: ['supervision', 'outbox'] });
    expect(list(ctx, { q: '汛期值班' })).toMatchObject([
      { id, number: UNNUMBERED, status: 'assigned', leadUnitId: bureau.id, light: 'green', pending: { status: 'pending', summary: '督办立项《关于加强汛期值班值守工作的批示》' } },
    ]);
    expect(supervisionItem(ctx.db, id)).toMatchObject({ id, createdBy: supervisorId, units: [{ unitId: bureau.id, status: 'pending' }], pending: { status: 'pending' } });

    online = true;
    await ctx.outbox.drain();
    expect(list(ctx)).toMatchObject([{ id, number: '督〔2026〕12号', pending: null }]);
    expect(listOutbox(ctx.db)).toEqual([]);
  });

  it('refuses classified text and registrations outside my remit before anything is queued', () => {
    const { ctx } = signedIn(() => 'network-down');
    expect(() => createItem(ctx, { ...input('关于某事项的批示'), originalText: '密级：机密' })).toThrow(/严禁处理涉密信息.*密级：机密/);
    expect(() => createItem(ctx, { ...input('以他单位名义立项'), ownerUnitId: bureau.id })).toThrow('只能以本人所在单位的名义立项');
    const { ctx: leader } = signedIn(() => 'network-down', ['leader']);
    expect(() => createItem(leader, input('领导不能立项'))).toThrow('只有督查员可以立项');
    expect(listOutbox(ctx.db)).toEqual([]);
    expect(list(ctx)).toEqual([]);
  });

  it('sends an action as it is: nothing moves until the server answers, a second waits its turn, and a refusal comes back with the reason', async () => {
    let refusal: string | null = null;
    const { ctx } = signedIn(() => (refusal ? { status: 409, body: { error: { code: 'conflict', message: refusal } } } : 'network-down'));
    const item = newSupervisionItem(CreateSupervisionInput.parse({ ...input('关于做好防汛物资储备的批示'), id: testId('item', 1) }), { year: 2026, serial: 3 }, supervisorId, NOW);
    putItem(ctx.db, item);

    act(ctx, { itemId: item.id, expectedStatus: 'assigned', action: { kind: 'urge', text: '请抓紧签收' } });
    expect(supervisionItem(ctx.db, item.id)).toMatchObject({ status: 'assigned', log: item.log, pending: { status: 'pending', summary: '督办事项《关于做好防汛物资储备的批示》：催办' } });
    expect(() => act(ctx, { itemId: item.id, expectedStatus: 'assigned', action: { kind: 'urge', text: '再次催办' } })).toThrow('该事项已有操作等待同步');
    expect(() => act(ctx, { itemId: item.id, expectedStatus: 'assigned', action: { kind: 'urge', text: '秘密★1年' } })).toThrow(/严禁处理涉密信息/);

    refusal = '督办事项已是"办理中"状态（您办理时为"交办中"），"催办"未执行';
    await ctx.outbox.drain();
    await settle();
    expect(list(ctx)).toMatchObject([{ id: item.id, status: 'assigned', pending: { status: 'rejected', reason: refusal } }]);
    expect(listOutbox(ctx.db)).toMatchObject([{ type: 'supervision.act', status: 'rejected', reason: refusal }]);
  });

  it('keeps a refused registration with its reason until it is discarded, then it is gone', async () => {
    const { ctx } = signedIn(() => ({ status: 400, body: { error: { code: 'bad_request', message: '办理期限不能早于今天' } } }));
    const { id } = createItem(ctx, input('关于整治噪音扰民问题的批示'));
    await ctx.outbox.drain();
    expect(list(ctx)).toMatchObject([{ id, pending: { status: 'rejected', reason: '办理期限不能早于今天' } }]);
    ctx.outbox.discard(listOutbox(ctx.db)[0]!.id);
    expect(list(ctx)).toEqual([]);
    expect(() => supervisionItem(ctx.db, id)).toThrow('督办事项不存在');
  });
});
