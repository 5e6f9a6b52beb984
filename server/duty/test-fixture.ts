/* eslint-disable @typescript-eslint/no-explicit-any -- replies are read loosely in tests */
import type { Org, Person } from '../../shared/directory/schemas';
import type { DutyRoster, DutySetup, Incident } from '../../shared/duty/records';
import type { RosterSlot } from '../../shared/duty/roster-schemas';
import { newId } from '../../shared/ids';
import type { TestServer } from '../testing/api-harness';

export interface Someone {
  person: Person;
  token: string;
}

/** The test clock starts on Monday 2026-11-23 at 09:00 China time; the fixture's roster runs that week. */
export const week = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];

/**
 * The city's 总值班室 (市政府办公室 under 滨州市人民政府), the 市应急局 reporting to it with two
 * leaders and four 值班 people, 惠民县 with its office and 应急管理局, and 阳信县's office, which
 * has nothing to do with any of them. The 市应急局 runs 24-hour shifts from 08:00 with a 带班领导
 * and a 值班员; its roster for the week alternates leaders A/B and rotates the 值班员.
 */
export async function dutyFixture(server: TestServer) {
  const admin = server.admin.token;
  const org = (name: string, parentId: string, kind: 'unit' | 'dept' = 'unit') => server.command<Org>(admin, 'org.create', { id: newId(), parentId, name, kind, sort: 1 });
  const person = (username: string, name: string, orgId: string, roles: Person['roles'] = []): Promise<Someone> => server.person(username, name, { orgId, roles });

  const office = await org('市政府办公室', server.rootOrg.id);
  const watchRoom = await org('总值班室', office.id, 'dept');
  const emergency = await org('市应急局', server.rootOrg.id);
  const command = await org('应急指挥中心', emergency.id, 'dept');
  const huimin = await org('惠民县人民政府', server.rootOrg.id);
  const huiminOffice = await org('惠民县人民政府办公室', huimin.id);
  const huiminEmergency = await org('惠民县应急管理局', huimin.id);
  const yangxin = await org('阳信县人民政府', server.rootOrg.id);
  const yangxinOffice = await org('阳信县人民政府办公室', yangxin.id);

  const cityOfficer = await person('fengwenjing', '冯文静', watchRoom.id, ['duty_officer']);
  const leaderA = await person('hanjianguo', '韩建国', emergency.id, ['leader']);
  const leaderB = await person('zhaohao', '赵浩', emergency.id, ['leader']);
  const manager = await person('weijie', '魏洁', command.id, ['duty_officer']);
  const staff = [
    await person('guoying', '郭颖', command.id),
    await person('zenghuimin', '曾慧敏', command.id),
    await person('liukai', '刘凯', command.id),
  ];
  const outsiderInUnit = await person('zhaolong', '赵龙', emergency.id);
  const countyOfficer = await person('wangyonggang', '王永刚', huiminOffice.id, ['duty_officer']);
  const countyEmergencyOfficer = await person('liulin', '刘琳', huiminEmergency.id, ['duty_officer']);
  const unrelatedOfficer = await person('yangxinzhiban', '阳信值班员', yangxinOffice.id, ['duty_officer']);

  const leaderPost = newId();
  const officerPost = newId();
  const officers = [manager, ...staff];

  const saveSetup = (changes: Partial<DutySetup> = {}, who: Someone = manager): Promise<DutySetup> =>
    server.command(who.token, 'duty.saveSetup', {
      unitId: emergency.id,
      posts: [
        { id: leaderPost, name: '带班领导', leaderOnly: true, perShift: 1 },
        { id: officerPost, name: '值班员', leaderOnly: false, perShift: 1 },
      ],
      shifts: { kind: '24h', dayStart: '08:00' },
      pools: [
        { postId: leaderPost, personIds: [leaderA.person.id, leaderB.person.id] },
        { postId: officerPost, personIds: officers.map((o) => o.person.id) },
      ],
      constraints: { noConsecutiveDays: false, maxPerMonth: null, unavailable: [], leaders: [leaderA.person.id, leaderB.person.id] },
      officePhone: '0543-3162110',
      ...changes,
    });

  /** Leaders A, B, A, B …; 值班员 魏洁, 郭颖, 曾慧敏, 刘凯, 魏洁 … */
  const weekSlots = (): RosterSlot[] =>
    week.flatMap((date, i) => [
      { date, shift: 'full' as const, postId: leaderPost, personId: (i % 2 === 0 ? leaderA : leaderB).person.id },
      { date, shift: 'full' as const, postId: officerPost, personId: officers[i % officers.length]!.person.id },
    ]);

  const saveRoster = (roster: Partial<DutyRoster> & { expectedVersion?: number | null } = {}, who: Someone = manager): Promise<DutyRoster> =>
    server.command(who.token, 'duty.saveRoster', {
      id: newId(),
      unitId: emergency.id,
      kind: 'month',
      title: '2026年11月第4周值班表',
      from: week[0],
      to: week[week.length - 1],
      slots: weekSlots(),
      callId: null,
      expectedVersion: null,
      ...roster,
    });

  const actRoster = (who: Someone, roster: DutyRoster, action: object) =>
    server.tryCommand(who.token, 'duty.actRoster', { rosterId: roster.id, expectedVersion: roster.version, action });

  /** The week's roster, published. */
  const publishedRoster = async (): Promise<DutyRoster> => {
    await saveSetup();
    const roster = await saveRoster();
    const reply = await actRoster(manager, roster, { kind: 'publish', acknowledged: [] });
    if (reply.status !== 200) throw new Error(`publish failed: ${JSON.stringify(reply.body)}`);
    return reply.body.output;
  };

  const createIncident = (who: Someone, unitId: string, receivedAt = server.clock.now()): Promise<Incident> =>
    server.command(who.token, 'incident.create', {
      id: newId(),
      unitId,
      receivedAt,
      source: '群众报告',
      reporterName: '张三',
      reporterPhone: '13900000000',
      facts: { title: '滨城区某化工厂火灾', category: '事故灾难' },
    });

  const report = (who: Someone, incident: Incident, reportKind: 'first' | 'followUp' | 'final') =>
    server.tryCommand(who.token, 'incident.act', {
      incidentId: incident.id,
      action: { kind: 'report', reportId: newId(), reportKind, text: '', facts: { title: '滨城区某化工厂火灾', category: '事故灾难', injuries: 2 } },
    });

  /** What a person's client would pull: the latest state of each duty record, and their 工作通知 from 值班值守. */
  const pull = async (who: Someone) => {
    const token = await server.login(who.person.username);
    const changes: any[] = [];
    for (let after = 0, more = true; more; ) {
      const page = (await server.call('changes', { query: { after, limit: 1000 } }, token)).body;
      changes.push(...page.changes);
      [after, more] = [page.cursor, page.hasMore];
    }
    const latest = (entity: string) => {
      const records = new Map<string, any>();
      for (const change of changes) if (change.entity === entity) records.set(change.data.id, change.data);
      return [...records.values()];
    };
    const notices = changes.filter((c) => c.entity === 'message' && c.data.notice?.source === '值班值守').map((c) => ({ title: c.data.notice.title as string, text: c.data.text as string }));
    return { rosters: latest('dutyRoster') as DutyRoster[], incidents: latest('incident') as Incident[], swaps: latest('dutySwap'), calls: latest('rosterCall'), setups: latest('dutySetup'), notices };
  };

  /** Notices are sent once a command has committed: waits for them to arrive. */
  const noticesOf = async (who: Someone, count: number) => {
    for (let tries = 0; ; tries++) {
      const { notices } = await pull(who);
      if (notices.length >= count || tries >= 40) return notices;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  return {
    office, emergency, huiminOffice, huiminEmergency, yangxinOffice,
    cityOfficer, leaderA, leaderB, manager, staff, outsiderInUnit, countyOfficer, countyEmergencyOfficer, unrelatedOfficer,
    leaderPost, officerPost, officers,
    saveSetup, weekSlots, saveRoster, actRoster, publishedRoster, createIncident, report, pull, noticesOf,
  };
}

export type DutyFixture = Awaited<ReturnType<typeof dutyFixture>>;
