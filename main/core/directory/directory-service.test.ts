import { describe, expect, it } from 'vitest';
import { nameSearchKeys } from '../../../shared/directory/pinyin';
import { newId } from '../../../shared/ids';
import { applyChange, ApplyEffects } from '../sync/appliers';
import { person, tempDb } from '../test-support/fixtures';
import { directoryTree, orgMembers, searchPeople } from './directory-service';

const effects = (): ApplyEffects => ({ areas: new Set(), newMessages: [] });

describe('directory', () => {
  const unit = { id: newId(), parentId: null, name: '滨州市人民政府办公室', kind: 'unit' as const, sort: 1, updatedAt: 1 };
  const dept = { id: newId(), parentId: unit.id, name: '秘书科', kind: 'dept' as const, sort: 1, updatedAt: 1 };
  const named = (name: string, extra: Parameters<typeof person>[0] = {}) =>
    person({ name, ...nameSearchKeys(name), posts: [{ orgId: dept.id, title: '科员', sort: 5 }], ...extra });

  function setup() {
    const db = tempDb();
    applyChange(db, { entity: 'org', op: 'put', data: unit }, effects());
    applyChange(db, { entity: 'org', op: 'put', data: dept }, effects());
    const people = [
      named('张三', { phone: '13800000001', posts: [{ orgId: dept.id, title: '科长', sort: 1 }] }),
      named('张思远'),
      named('李四'),
      named('赵停用', { disabled: true }),
    ];
    for (const p of people) applyChange(db, { entity: 'person', op: 'put', data: p }, effects());
    return db;
  }

  it('finds people by name, pinyin, initials, department, post title and phone, best match first', () => {
    const db = setup();
    expect(searchPeople(db, '张三', 10).map((p) => p.name)).toEqual(['张三']);
    expect(searchPeople(db, 'zs', 10).map((p) => p.name)).toEqual(['张三', '张思远']);
    expect(searchPeople(db, 'zhangsan', 10).map((p) => p.name)).toEqual(['张三']);
    expect(searchPeople(db, '张', 10).map((p) => p.name)).toEqual(['张三', '张思远']);
    expect(searchPeople(db, '秘书科', 10)).toHaveLength(3);
    expect(searchPeople(db, '科长', 10).map((p) => p.name)).toEqual(['张三']);
    expect(searchPeople(db, '13800000001', 10).map((p) => p.name)).toEqual(['张三']);
  });

  it('counts active people per org including sub-departments, and lists members by post order', () => {
    const db = setup();
    const { counts } = directoryTree(db);
    expect(counts[unit.id]).toBe(3);
    expect(counts[dept.id]).toBe(3);
    expect(orgMembers(db, dept.id)[0]!.name).toBe('张三');
  });

  it('leaves disabled people out of listings by default, and lists them last when asked (管理)', () => {
    const db = setup();
    expect(searchPeople(db, '赵停用', 10)).toEqual([]);
    expect(searchPeople(db, '秘书科', 10).map((p) => p.name)).not.toContain('赵停用');
    expect(orgMembers(db, dept.id).map((p) => p.name)).not.toContain('赵停用');

    const found = searchPeople(db, '赵停用', 10, { includeDisabled: true });
    expect(found.map((p) => [p.name, p.disabled])).toEqual([['赵停用', true]]);
    expect(searchPeople(db, '秘书科', 10, { includeDisabled: true }).map((p) => p.name).at(-1)).toBe('赵停用');
    const members = orgMembers(db, dept.id, { includeDisabled: true });
    expect(members).toHaveLength(4);
    expect(members.at(-1)).toMatchObject({ name: '赵停用', disabled: true });
    expect(members[0]!.name).toBe('张三');
  });
});
