import { describe, expect, it } from 'vitest';
import { generateRoster } from './generate-roster';
import { Roster, RosterInput } from './roster-schemas';
import { personId, post, unitId } from './test-support';

const officer = post(1, '值班员');
const input: RosterInput = {
  unitId,
  from: '2026-10-01',
  to: '2026-10-31',
  posts: [officer],
  shifts: { kind: 'dayNight', dayStart: '08:30', nightStart: '17:30' },
  pools: [{ postId: officer.id, personIds: [1, 2, 3, 4, 5].map(personId) }],
  constraints: { noConsecutiveDays: true, maxPerMonth: 10, unavailable: [], leaders: [] },
};

describe('roster schemas', () => {
  it('accept a unit’s settings and the roster generated from them, previous roster included', () => {
    const { roster } = generateRoster(RosterInput.parse(input));
    expect(Roster.parse(roster)).toEqual(roster);
    expect(RosterInput.safeParse({ ...input, from: '2026-11-01', to: '2026-11-30', previous: roster }).success).toBe(true);
  });

  it.each([
    ['the end before the start', { to: '2026-09-30' }, '结束日期不能早于开始日期'],
    ['a date that does not exist', { to: '2026-09-31' }, '日期格式应为 YYYY-MM-DD'],
    ['more than 400 days', { to: '2027-12-31' }, '一次最多排 400 天'],
    ['a night shift starting before the day shift', { shifts: { kind: 'dayNight', dayStart: '20:00', nightStart: '08:00' } }, '夜班应晚于白班开始'],
    ['a list for a post that is not set up', { pools: [{ postId: personId(77), personIds: [] }] }, '每个岗位只能有一份值班人员名单，且名单须对应已设置的岗位'],
    ['the same post twice', { posts: [officer, officer] }, '岗位重复'],
    ['leave that ends before it starts', { constraints: { ...input.constraints, unavailable: [{ personId: personId(1), from: '2026-10-05', to: '2026-10-04', reason: '请假' }] } }, '结束日期不能早于开始日期'],
  ])('reject %s', (_, change, message) => {
    const result = RosterInput.safeParse({ ...input, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
  });
});
