import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import type { Org, Person } from '../../shared/directory/schemas';
import type { Seal } from '../../shared/documents/records';
import { availableOutgoingActions, initialOutgoingState, type OutgoingState } from '../../shared/documents/workflow';
import { retryDelayMs, splitRoomUrl } from './body/roomUrl';
import { collaboratorsFrom } from './collaborators';
import { addedColorFor } from './diffColors';
import { toIncomingAction } from './incomingActionInput';
import { actionDoneText, actionLabel, stepLabel } from './labels';
import { emptyFilters, toListQuery } from './listQuery';
import { subordinateUnitNames, unitsOf } from './orgUnits';
import { toOutgoingAction, unitsNamed } from './outgoingActionInput';
import { myIncomingRoles, myOutgoingRoles, usableSeals } from './roles';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const org = (n: number, name: string, kind: 'unit' | 'dept', parent: number | null, sort = 0): Org => ({ id: id(n), parentId: parent === null ? null : id(parent), name, kind, sort, updatedAt: 0 });
const seal = (over: Partial<Seal>): Seal => ({ id: id(90), unitId: id(1), name: '印章', image: 'data:image/png;base64,', algorithm: 'ECDSA-P256-SHA256', publicKey: 'x', holderIds: [], disabled: false, createdAt: 0, ...over });

const me: Pick<Person, 'id' | 'roles'> = { id: id(100), roles: ['clerk'] };

describe('my roles for the workflow machines', () => {
  it('names me a clerk only for a unit I hold a post in, and only with the clerk role', () => {
    expect(myOutgoingRoles(me, [id(1)], id(1), []).clerks).toEqual([me.id]);
    expect(myOutgoingRoles(me, [id(2)], id(1), []).clerks).toEqual([]);
    expect(myOutgoingRoles({ ...me, roles: ['leader'] }, [id(1)], id(1), []).clerks).toEqual([]);
    expect(myIncomingRoles(me, [id(1)], id(1)).clerks).toEqual([me.id]);
  });

  it('lets a clerk void a number at 用印 but not a drafter without the role', () => {
    const state: OutgoingState = { ...initialOutgoingState(id(5)), step: 'seal', assignees: [id(7)], hasNumber: true };
    expect(availableOutgoingActions(state, me.id, myOutgoingRoles(me, [id(1)], id(1), []))).toEqual(['voidNumber']);
    expect(availableOutgoingActions(state, me.id, myOutgoingRoles({ ...me, roles: [] }, [id(1)], id(1), []))).toEqual([]);
  });

  it('offers only enabled seals of the unit that I hold', () => {
    const seals = [seal({ id: id(91), holderIds: [me.id] }), seal({ id: id(92), holderIds: [me.id], disabled: true }), seal({ id: id(93), holderIds: [] }), seal({ id: id(94), unitId: id(2), holderIds: [me.id] })];
    expect(usableSeals(seals, id(1), me.id).map((s) => s.id)).toEqual([id(91)]);
    expect(myOutgoingRoles(me, [], id(1), seals).sealHolders).toEqual([me.id]);
    expect(myOutgoingRoles(me, [], id(3), seals).sealHolders).toEqual([]);
  });
});

describe('units', () => {
  const orgs = [org(1, '市政府', 'unit', null), org(2, '办公室', 'dept', 1), org(3, '甲县政府', 'unit', 1, 2), org(4, '乙县政府', 'unit', 1, 1), org(5, '甲县某镇', 'unit', 3), org(6, '省政府', 'unit', null, -1)];

  it('lists units in tree order', () => {
    expect(unitsOf(orgs).map((o) => o.name)).toEqual(['省政府', '市政府', '乙县政府', '甲县政府', '甲县某镇']);
  });

  it('finds every unit below, at any depth, but no department and nothing above', () => {
    expect(subordinateUnitNames(orgs, id(1)).sort()).toEqual(['乙县政府', '甲县某镇', '甲县政府'].sort());
    expect(subordinateUnitNames(orgs, id(3))).toEqual(['甲县某镇']);
    expect(subordinateUnitNames(orgs, id(6))).toEqual([]);
  });

  it('preselects for 分发 the units the drafter named as recipients', () => {
    expect(unitsNamed(unitsOf(orgs), ['甲县政府', ' 乙县政府 ', '各乡镇人民政府'])).toEqual([id(4), id(3)]);
  });
});

describe('dialog values to actions', () => {
  it('takes the one picked person for single picks and trims opinions', () => {
    expect(toOutgoingAction('submit', { reviewerId: [id(2)], opinion: ' 请审核 ' })).toEqual({ kind: 'submit', reviewerId: id(2), opinion: '请审核' });
    expect(toOutgoingAction('approve', { signerId: [id(3)] })).toEqual({ kind: 'approve', signerId: id(3), countersignerIds: [], opinion: '' });
    expect(toOutgoingAction('countersign', { agree: false, opinion: '不同意' })).toEqual({ kind: 'countersign', agree: false, opinion: '不同意' });
    expect(toOutgoingAction('return', { opinion: '改' })).toEqual({ kind: 'return', opinion: '改', to: 'draft' });
    expect(toOutgoingAction('assignNumber', { opinion: 'ignored' })).toEqual({ kind: 'assignNumber' });
    expect(toIncomingAction('propose', { leaderId: [id(4)], opinion: '拟请' })).toEqual({ kind: 'propose', leaderId: id(4), opinion: '拟请' });
    expect(toIncomingAction('circulate', { readerIds: [id(5), id(6)] })).toEqual({ kind: 'circulate', readerIds: [id(5), id(6)] });
  });
});

describe('labels', () => {
  it('reads a 处理单 key with the table of its kind', () => {
    expect(stepLabel('outgoing', 'archive')).toBe('归档');
    expect(stepLabel('incoming', 'archive')).toBe('待归档');
    expect(actionLabel('outgoing', 'submit')).toBe('送核稿');
    expect(actionLabel('incoming', 'instruct')).toBe('批办');
    expect(actionLabel('outgoing', 'create')).toBe('起草');
    expect(actionLabel('incoming', 'somethingNew')).toBe('somethingNew');
    expect(actionDoneText('送核稿', true)).toBe('已送核稿');
    expect(actionDoneText('送核稿', false)).toContain('待发送');
  });
});

describe('list query', () => {
  it('leaves out empty filters and covers whole days of a date range', () => {
    const q = toListQuery('todo', emptyFilters, 1, 20);
    expect(q).toMatchObject({ box: 'todo', limit: 20, offset: 0 });
    expect(q.q).toBeUndefined();
    const start = dayjs('2026-07-01T15:00:00');
    const end = dayjs('2026-07-03T09:00:00');
    const ranged = toListQuery('incoming', { ...emptyFilters, q: '  通知 ', urgency: '特急', range: [start, end] }, 3, 50);
    expect(ranged).toMatchObject({ box: 'incoming', q: '通知', urgency: '特急', offset: 100, limit: 50 });
    expect(ranged.from).toBe(dayjs('2026-07-01T00:00:00').valueOf());
    expect(ranged.to).toBe(dayjs('2026-07-03T23:59:59.999').valueOf());
  });
});

describe('collaborators', () => {
  it('lists each person once, me first, and skips malformed states', () => {
    const states = new Map<number, unknown>([
      [1, { user: { id: 'b', name: '李四', color: '#111' } }],
      [2, { user: { id: 'a', name: '张三' } }],
      [3, { user: { id: 'b', name: '李四', color: '#111' } }],
      [4, { cursor: {} }],
      [5, { user: { id: 7, name: '坏' } }],
    ]);
    expect(collaboratorsFrom(states, 'a')).toEqual([
      { id: 'a', name: '张三', color: '#1677ff' },
      { id: 'b', name: '李四', color: '#111' },
    ]);
  });
});

describe('body room', () => {
  it('splits a ticket address into the server part and the room', () => {
    expect(splitRoomUrl('ws://127.0.0.1:8300/yjs/doc:abc')).toEqual({ serverUrl: 'ws://127.0.0.1:8300/yjs', room: 'doc:abc' });
    expect(splitRoomUrl('wss://example.gov.cn/base/yjs/doc:abc?x=1')).toEqual({ serverUrl: 'wss://example.gov.cn/base/yjs', room: 'doc:abc' });
    expect(() => splitRoomUrl('ws://host/')).toThrow();
  });

  it('retries quickly at first, then every 15 s', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 15000, 15000, 15000]);
  });
});

describe('diff colours', () => {
  it('gives each author of a comparison their own colour, steady across renders', () => {
    const authors = ['x', 'y'];
    expect(addedColorFor(authors, 'x')).not.toBe(addedColorFor(authors, 'y'));
    expect(addedColorFor(authors, 'y')).toBe(addedColorFor(['x', 'y'], 'y'));
    expect(addedColorFor(authors, null)).toBe(addedColorFor(authors, 'x'));
  });
});
