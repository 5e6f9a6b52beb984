/* eslint-disable @typescript-eslint/no-explicit-any -- replies are read loosely in tests */
import type { Org, Person } from '../../shared/directory/schemas';
import { newId } from '../../shared/ids';
import type { CreateSupervisionInput, SupervisionAction } from '../../shared/supervision/actions';
import type { SupervisionItem } from '../../shared/supervision/records';
import type { TestServer } from '../testing/api-harness';

export interface Someone {
  person: Person;
  token: string;
}

/**
 * The 督查室 of 市政府办公室 with its 督查员, the 市长 who gives 批示, a lead unit (市大数据局: its
 * leader, 文书, the future 责任人 and a colleague), a supporting unit (市财政局), and outsiders: a
 * unit the item does not name and a county 督查员.
 */
export async function supervisionFixture(server: TestServer) {
  const admin = server.admin.token;
  const org = (name: string, parentId: string, kind: 'unit' | 'dept') => server.command<Org>(admin, 'org.create', { id: newId(), parentId, name, kind, sort: 1 });
  const person = (username: string, name: string, orgId: string, roles: Person['roles'] = []): Promise<Someone> => server.person(username, name, { orgId, roles });

  const office = await org('市政府办公室', server.rootOrg.id, 'unit');
  const inspection = await org('督查室', office.id, 'dept');
  const dataBureau = await org('市大数据局', server.rootOrg.id, 'unit');
  const dataOffice = await org('办公室', dataBureau.id, 'dept');
  const finance = await org('市财政局', server.rootOrg.id, 'unit');
  const emergency = await org('市应急局', server.rootOrg.id, 'unit');
  const county = await org('滨城区人民政府办公室', server.rootOrg.id, 'unit');

  const supervisor = await person('shanxiaoguang', '单晓光', inspection.id, ['supervisor']);
  const mayor = await person('wangguoqiang', '王国强', server.rootOrg.id, ['leader']);
  const dataLeader = await person('sunzhaohua', '孙兆华', dataBureau.id, ['leader']);
  const dataClerk = await person('wangli', '王丽', dataOffice.id, ['clerk']);
  const dataOwner = await person('zhaomin', '赵敏', dataOffice.id);
  const dataColleague = await person('qianjin', '钱进', dataOffice.id);
  const financeLeader = await person('wangpengfei', '王鹏飞', finance.id, ['leader']);
  const financeOwner = await person('liutao', '刘涛', finance.id);
  const outsider = await person('hanjianguo', '韩建国', emergency.id, ['leader']);
  const countySupervisor = await person('wangwenbo', '王文博', county.id, ['supervisor']);

  const create = (input: Partial<CreateSupervisionInput> = {}, who: Someone = supervisor): Promise<SupervisionItem> =>
    server.command(who.token, 'supervision.create', {
      id: newId(),
      ownerUnitId: office.id,
      source: '领导批示',
      instructingLeaderId: mayor.person.id,
      title: '关于推动"无证明城市"建设的批示',
      originalText: '请大数据局牵头推进"无证明城市"建设，年底前实现高频证明材料免提交。',
      requirements: '请于每周五前报送办理进展。',
      deadline: '2026-12-18',
      milestones: [{ id: newId(), title: '梳理证明事项清单', due: '2026-12-04' }],
      units: [
        { unitId: dataBureau.id, role: 'lead' },
        { unitId: finance.id, role: 'support' },
      ],
      ...input,
    });

  const act = (who: Someone, item: SupervisionItem, action: SupervisionAction): Promise<SupervisionItem> =>
    server.command(who.token, 'supervision.act', { itemId: item.id, expectedStatus: item.status, action });

  const tryAct = (who: Someone, item: SupervisionItem, action: object) =>
    server.tryCommand(who.token, 'supervision.act', { itemId: item.id, expectedStatus: item.status, action });

  /** Both units sign: 市大数据局 names 赵敏 and 市财政局 刘涛 as 责任人. */
  const signed = async (item: SupervisionItem): Promise<SupervisionItem> => {
    const half = await act(dataLeader, item, { kind: 'accept', unitId: dataBureau.id, ownerId: dataOwner.person.id });
    return act(financeLeader, half, { kind: 'accept', unitId: finance.id, ownerId: financeOwner.person.id });
  };

  /** What a person's client would pull: the latest state of each item, and their 工作通知 from 督查督办. */
  const pull = async (who: Someone) => {
    const token = await server.login(who.person.username);
    const changes = (await server.call('changes', { query: { after: 0, limit: 1000 } }, token)).body.changes as any[];
    const items = new Map<string, SupervisionItem>();
    for (const change of changes) if (change.entity === 'supervisionItem') items.set(change.data.id, change.data);
    const notices = changes.filter((c) => c.entity === 'message' && c.data.notice?.source === '督查督办').map((c) => ({ title: c.data.notice.title as string, text: c.data.text as string }));
    return { items: [...items.values()], notices };
  };

  return {
    office, dataBureau, finance, emergency, county,
    supervisor, mayor, dataLeader, dataClerk, dataOwner, dataColleague, financeLeader, financeOwner, outsider, countySupervisor,
    create, act, tryAct, signed, pull,
  };
}

export type SupervisionFixture = Awaited<ReturnType<typeof supervisionFixture>>;
