import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Org, Person } from '../../shared/directory/schemas';
import { newId } from '../../shared/ids';
import { TestServer } from '../testing/api-harness';

describe('directory', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await TestServer.start();
  });
  afterEach(async () => {
    await t.stop();
  });

  const names = (reply: { body: { people: Person[] } }) => reply.body.people.map((p) => p.name);

  it('searches name, pinyin, initials, phone, org and title, exact matches first, disabled people left out', async () => {
    const finance = await t.command<Org>(t.admin.token, 'org.create', { id: newId(), parentId: t.rootOrg.id, name: '市财政局', kind: 'unit' });
    const zhang = await t.person('zhangsan', '张三');
    await t.person('zhangsanfeng', '张三丰', { orgId: finance.id });
    const shan = await t.person('shanxg', '单晓光');
    const search = (q: string) => t.call('directorySearch', { query: { q } }, zhang.token);
    expect(names(await search('张三'))).toEqual(['张三', '张三丰']);
    expect(names(await search('zhangsan'))).toEqual(['张三', '张三丰']);
    expect(names(await search('zs'))).toEqual(['张三', '张三丰']);
    expect(names(await search('shan'))).toEqual(['单晓光']);
    expect(names(await search('财政'))).toEqual(['张三丰']);
    expect(names(await search('13800000000')).length).toBeGreaterThanOrEqual(3);
    expect(names(await search('%'))).toEqual([]);

    await t.command(t.admin.token, 'person.update', { id: shan.person.id, disabled: true });
    expect(names(await search('单晓光'))).toEqual([]);
    const members = await t.call('directoryOrgMembers', { params: { id: t.rootOrg.id } }, zhang.token);
    expect(members.body.people.find((p: Person) => p.id === shan.person.id)).toMatchObject({ disabled: true });
  });

  it('lists org members by post sort, and refuses to move an org under its own descendant', async () => {
    const office = await t.command<Org>(t.admin.token, 'org.create', { id: newId(), parentId: t.rootOrg.id, name: '办公室', kind: 'dept' });
    const child = await t.command<Org>(t.admin.token, 'org.create', { id: newId(), parentId: office.id, name: '秘书科', kind: 'dept' });
    const lead = await t.person('leader', '领导', { orgId: office.id });
    await t.command(t.admin.token, 'person.update', { id: lead.person.id, posts: [{ orgId: office.id, title: '主任', sort: 1 }] });
    await t.person('clerk', '科员甲', { orgId: office.id });
    expect(names(await t.call('directoryOrgMembers', { params: { id: office.id } }, lead.token))).toEqual(['领导', '科员甲']);
    const cycle = await t.tryCommand(t.admin.token, 'org.update', { id: office.id, parentId: child.id });
    expect(cycle.status).toBe(400);
    const self = await t.tryCommand(t.admin.token, 'org.update', { id: office.id, parentId: office.id });
    expect(self.status).toBe(400);
    const tree = await t.call('directoryTree', {}, lead.token);
    expect(tree.body.orgs.map((o: Org) => o.name)).toEqual(expect.arrayContaining(['滨州市人民政府', '办公室', '秘书科']));
  });
});
