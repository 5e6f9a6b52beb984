import { describe, expect, it } from 'vitest';
import { Id } from '../../shared/ids';
import { Org, Phone, Post, Role } from '../../shared/directory/schemas';
import { NewPassword, Username } from '../../shared/auth/schemas';
import { nameSearchKeys } from '../../shared/directory/pinyin';
import { generateDemoOrganization } from './organization';

const demo = generateDemoOrganization();
const orgById = new Map(demo.orgs.map((o) => [o.id, o]));
const unitOf = (orgId: string): string => {
  let org = orgById.get(orgId);
  while (org && org.kind !== 'unit') org = org.parentId ? orgById.get(org.parentId) : undefined;
  return org?.name ?? '';
};

describe('generateDemoOrganization', () => {
  it('is deterministic', () => {
    expect(generateDemoOrganization()).toEqual(generateDemoOrganization());
    expect(generateDemoOrganization()).toEqual(demo);
  });

  it('has about 200 people with unique ids, usernames and phones', () => {
    expect(demo.people.length).toBeGreaterThanOrEqual(180);
    expect(demo.people.length).toBeLessThanOrEqual(230);
    const ids = [...demo.orgs.map((o) => o.id), ...demo.people.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(demo.people.map((p) => p.username)).size).toBe(demo.people.length);
    expect(new Set(demo.people.map((p) => p.phone)).size).toBe(demo.people.length);
  });

  it('uses RFC 4122 version-4 UUIDs', () => {
    for (const id of [...demo.orgs.map((o) => o.id), ...demo.people.map((p) => p.id)]) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(Id.safeParse(id).success).toBe(true);
    }
  });

  it('forms one tree with a single root and no cycles', () => {
    const roots = demo.orgs.filter((o) => o.parentId === null);
    expect(roots.map((o) => [o.name, o.kind])).toEqual([['滨州市人民政府', 'unit']]);
    for (const org of demo.orgs) {
      expect(Org.safeParse({ ...org, updatedAt: 0 }).success).toBe(true);
      if (org.parentId !== null) expect(orgById.has(org.parentId)).toBe(true);
      const seen = new Set<string>();
      let cur: typeof org | undefined = org;
      while (cur) {
        expect(seen.has(cur.id)).toBe(false);
        seen.add(cur.id);
        cur = cur.parentId ? orgById.get(cur.parentId) : undefined;
      }
      expect(seen.has(roots[0]!.id)).toBe(true);
    }
    // a department never contains a unit
    for (const org of demo.orgs) if (org.kind === 'unit' && org.parentId) expect(orgById.get(org.parentId)!.kind).toBe('unit');
  });

  it('contains the required units and departments', () => {
    const units = demo.orgs.filter((o) => o.kind === 'unit').map((o) => o.name);
    for (const name of ['滨州市人民政府', '市政府办公室', '市大数据局', '市发展改革委', '市应急局', '市市场监管局']) expect(units).toContain(name);
    const cityUnits = demo.orgs.filter((o) => o.kind === 'unit' && o.parentId === demo.orgs[0]!.id && o.name.startsWith('市'));
    expect(cityUnits.length).toBeGreaterThanOrEqual(12);
    expect(cityUnits.length).toBeLessThanOrEqual(16);
    for (const county of ['滨城区', '惠民县', '邹平市']) {
      const gov = demo.orgs.find((o) => o.name === `${county}人民政府`);
      expect(gov?.kind).toBe('unit');
      const below = demo.orgs.filter((o) => o.parentId === gov!.id && o.kind === 'unit');
      expect(below.length).toBeGreaterThanOrEqual(2);
      expect(below.length).toBeLessThanOrEqual(4);
      expect(below.some((o) => o.name === `${county}人民政府办公室`)).toBe(true);
    }
    const deptsOf = (unit: string): string[] => {
      const id = demo.orgs.find((o) => o.name === unit)!.id;
      return demo.orgs.filter((o) => o.parentId === id && o.kind === 'dept').map((o) => o.name);
    };
    expect(deptsOf('市政府办公室')).toEqual(expect.arrayContaining(['秘书一科', '秘书二科', '综合科', '督查室', '总值班室', '信息科']));
    expect(deptsOf('市大数据局')).toEqual(expect.arrayContaining(['办公室', '数据资源科', '电子政务科', '信息安全科']));
    expect(deptsOf('市应急局')).toEqual(expect.arrayContaining(['办公室', '应急指挥中心', '风险监测和综合减灾科']));
  });

  it('gives every person valid posts, phone, email and username', () => {
    for (const p of demo.people) {
      expect(p.posts.length).toBeGreaterThanOrEqual(1);
      for (const post of p.posts) {
        expect(Post.safeParse(post).success).toBe(true);
        expect(orgById.has(post.orgId)).toBe(true);
      }
      expect(new Set(p.posts.map((post) => post.orgId)).size).toBe(p.posts.length);
      expect(Phone.safeParse(p.phone).success).toBe(true);
      expect(p.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(p.email).toBe(`${p.username}@binzhou.gov.cn`);
      expect(Username.safeParse(p.username).success).toBe(true);
      expect(p.name).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
      for (const r of p.roles) expect(Role.safeParse(r).success).toBe(true);
      if (p.username !== 'admin') expect(p.username.startsWith(nameSearchKeys(p.name).pinyin)).toBe(true);
    }
  });

  it('has second posts, duplicate names and heteronym surnames, as in real life', () => {
    expect(demo.people.filter((p) => p.posts.length >= 2).length).toBeGreaterThanOrEqual(15);
    const byName = new Map<string, string[]>();
    for (const p of demo.people) byName.set(p.name, [...(byName.get(p.name) ?? []), unitOf(p.posts[0]!.orgId)]);
    const duplicatedAcrossUnits = [...byName.values()].filter((units) => new Set(units).size >= 2);
    expect(duplicatedAcrossUnits.length).toBeGreaterThanOrEqual(3);
    for (const surname of ['单', '曾', '解']) expect(demo.people.some((p) => p.name.startsWith(surname))).toBe(true);
    expect(demo.people.find((p) => p.name === '单晓光')?.username).toBe('shanxiaoguang');
    expect(demo.people.filter((p) => p.name.length === 2).length).toBeGreaterThan(10);
    expect(demo.people.filter((p) => p.name.length === 3).length).toBeGreaterThan(100);
  });

  it('sorts leaders first within each org', () => {
    const postsByOrg = new Map<string, { title: string; sort: number }[]>();
    for (const p of demo.people) for (const post of p.posts) postsByOrg.set(post.orgId, [...(postsByOrg.get(post.orgId) ?? []), post]);
    for (const posts of postsByOrg.values()) {
      const sorts = posts.map((p) => p.sort);
      expect(new Set(sorts).size).toBe(sorts.length);
      const first = posts.reduce((a, b) => (a.sort < b.sort ? a : b));
      expect(first.title).toMatch(/^(市长|区长|县长|主任|局长|科长|股长|副主任)$/);
    }
    const root = demo.orgs.find((o) => o.parentId === null)!;
    const mayor = demo.people.find((p) => p.posts.some((post) => post.orgId === root.id && post.title === '市长'));
    expect(mayor?.posts[0]!.sort).toBe(1);
  });

  it('assigns roles', () => {
    const admins = demo.people.filter((p) => p.roles.includes('sysadmin'));
    expect(admins.map((p) => p.username)).toEqual(['admin']);
    const admin = admins[0]!;
    expect(unitOf(admin.posts[0]!.orgId)).toBe('市大数据局');
    for (const role of ['leader', 'supervisor', 'duty_officer', 'clerk', 'unit_admin'] as const) {
      expect(demo.people.some((p) => p.roles.includes(role))).toBe(true);
    }
    const nameOf = (orgId: string): string => orgById.get(orgId)!.name;
    for (const p of demo.people) {
      const inDept = (...names: string[]): boolean => p.posts.some((post) => names.includes(nameOf(post.orgId)));
      expect(p.roles.includes('supervisor')).toBe(inDept('督查室'));
      expect(p.roles.includes('duty_officer')).toBe(inDept('总值班室', '应急指挥中心'));
    }
    // one unit_admin per unit that has departments, sitting in that unit
    for (const unit of demo.orgs.filter((o) => o.kind === 'unit' && demo.orgs.some((d) => d.parentId === o.id && d.kind === 'dept'))) {
      const unitAdmins = demo.people.filter((p) => p.roles.includes('unit_admin') && unitOf(p.posts[0]!.orgId) === unit.name);
      expect(unitAdmins.length, unit.name).toBe(1);
    }
    expect(demo.people.filter((p) => p.roles.includes('unit_admin')).length).toBe(
      new Set(demo.people.filter((p) => p.roles.includes('unit_admin')).map((p) => unitOf(p.posts[0]!.orgId))).size,
    );
  });

  it('has a valid demo password and highlighted logins that exist', () => {
    expect(NewPassword.safeParse(demo.demoPassword).success).toBe(true);
    expect(demo.highlightedLogins.length).toBeGreaterThanOrEqual(4);
    expect(demo.highlightedLogins.length).toBeLessThanOrEqual(6);
    expect(demo.highlightedLogins.some((h) => h.username === 'admin')).toBe(true);
    for (const h of demo.highlightedLogins) {
      const person = demo.people.find((p) => p.username === h.username);
      expect(person?.name).toBe(h.name);
      expect(h.description.length).toBeGreaterThan(0);
    }
  });
});
