import { addCalendarDays } from '../../shared/calendar/working-days';
import { isoDateInChina } from '../../shared/documents/dates';
import { generateRoster } from '../../shared/duty/generate-roster';
import type { DutyLogEntry, DutyRoster, DutySetup } from '../../shared/duty/records';
import type { DutyPost, ShiftPattern } from '../../shared/duty/roster-schemas';
import { chinaInstant } from '../../shared/duty/shift-times';
import type { Person } from '../../shared/directory/schemas';
import { newId } from '../../shared/ids';
import type { DirectoryStore } from '../directory/directory-store';
import type { WriteScope } from '../sync/writer';
import type { DutyPeople } from './duty-people';
import type { DutyStore } from './duty-store';

export interface DutyDemoDeps {
  store: DutyStore;
  people: DutyPeople;
  directory: DirectoryStore;
}

const minute = 60_000;

interface DemoUnit {
  name: string;
  shifts: ShiftPattern;
  officePhone: string;
  fax: string;
  /** The posts besides 带班领导, each with who may take it. */
  posts: Array<{ name: string; pool: (people: Person[]) => Person[] }>;
  noConsecutiveDays: boolean;
}

const isLeader = (person: Person) => person.roles.includes('leader');
const isDutyOfficer = (person: Person) => person.roles.includes('duty_officer');

/**
 * 值班 for the demo: the duty setups and this month's published rosters of the city's 总值班室,
 * the 市应急局 and a county's pair, the city's 元旦 holiday roster call to the units reporting to it,
 * and a few lines of the 市应急局 值班日志.
 */
export function seedDutyDemo(scope: WriteScope, now: number, deps: DutyDemoDeps): void {
  const { store, people, directory } = deps;
  const unitId = (name: string) => directory.orgs().find((org) => org.kind === 'unit' && org.name === name)?.id ?? null;
  const inDept = (unit: string, dept: string) => {
    const id = directory.orgs().find((org) => org.name === dept && org.parentId === unitId(unit))?.id;
    return new Set(id ? directory.orgMembers(id).map((person) => person.id) : []);
  };
  const cityWatch = inDept('市政府办公室', '总值班室');

  const units: DemoUnit[] = [
    {
      name: '市政府办公室',
      shifts: { kind: '24h', dayStart: '08:30' },
      officePhone: '0543-3161234',
      fax: '0543-3161235',
      posts: [
        { name: '值班员（主班）', pool: (all) => all.filter((p) => cityWatch.has(p.id)) },
        { name: '值班员（副班）', pool: (all) => all.filter((p) => !cityWatch.has(p.id) && !isLeader(p)).slice(0, 10) },
      ],
      noConsecutiveDays: true,
    },
    {
      name: '市应急局',
      shifts: { kind: 'dayNight', dayStart: '08:00', nightStart: '18:00' },
      officePhone: '0543-3162110',
      fax: '0543-3162119',
      posts: [
        { name: '值班员', pool: (all) => all.filter(isDutyOfficer) },
        { name: '驾驶员', pool: (all) => all.filter((p) => !isLeader(p) && !isDutyOfficer(p)) },
      ],
      noConsecutiveDays: false,
    },
    {
      name: '惠民县人民政府办公室',
      shifts: { kind: '24h', dayStart: '08:30' },
      officePhone: '0543-5321234',
      fax: '0543-5321235',
      posts: [{ name: '值班员', pool: (all) => all.filter((p) => !isLeader(p)) }],
      noConsecutiveDays: false,
    },
    {
      name: '惠民县应急管理局',
      shifts: { kind: '24h', dayStart: '08:00' },
      officePhone: '0543-5332110',
      fax: '0543-5332119',
      posts: [{ name: '值班员', pool: (all) => all.filter((p) => !isLeader(p)) }],
      noConsecutiveDays: false,
    },
  ];

  const today = isoDateInChina(now);
  const from = `${today.slice(0, 8)}01`;
  const to = addCalendarDays(`${addCalendarDays(from, 31).slice(0, 8)}01`, -1);
  for (const unit of units) {
    const id = unitId(unit.name);
    if (!id) continue;
    const members = people.roles.activeMembers(id);
    const leaders = members.filter(isLeader);
    const manager = members.find(isDutyOfficer)?.id ?? members[0]!.id;
    const posts: DutyPost[] = [
      { id: newId(), name: '带班领导', leaderOnly: true, perShift: 1 },
      ...unit.posts.map((post) => ({ id: newId(), name: post.name, leaderOnly: false, perShift: 1 })),
    ];
    const pools = [leaders, ...unit.posts.map((post) => post.pool(members))].map((pool, i) => ({ postId: posts[i]!.id, personIds: pool.map((p) => p.id) }));
    const constraints = { noConsecutiveDays: unit.noConsecutiveDays, maxPerMonth: null, unavailable: [], leaders: leaders.map((p) => p.id) };
    const setup: DutySetup = { id, unitId: id, posts, shifts: unit.shifts, pools, constraints, officePhone: unit.officePhone, fax: unit.fax, managerIds: [], updatedAt: now, updatedBy: manager };
    store.save(scope, 'dutySetup', setup);
    const { roster } = generateRoster({ unitId: id, from, to, posts, shifts: unit.shifts, pools, constraints });
    const month = Number(from.slice(5, 7));
    const published: DutyRoster = {
      id: newId(),
      unitId: id,
      kind: 'month',
      title: `${from.slice(0, 4)}年${month}月值班表`,
      from,
      to,
      slots: roster.slots,
      status: 'published',
      callId: null,
      submission: null,
      version: 2,
      createdBy: manager,
      createdAt: now,
      updatedAt: now,
      history: [
        { at: now, actorId: manager, action: 'create', text: '新建值班表（自动排班）' },
        { at: now, actorId: manager, action: 'publish', text: '发布值班表' },
      ],
    };
    store.save(scope, 'dutyRoster', published);
  }

  const office = unitId('市政府办公室');
  const officer = office ? people.dutyOfficersOf(office).find((id) => cityWatch.has(id)) : undefined;
  if (office && officer) {
    store.saveCall(scope, {
      id: newId(),
      ownerUnitId: office,
      title: '关于报送2027年元旦假期值班安排的通知',
      from: '2027-01-01',
      to: '2027-01-03',
      deadline: chinaInstant('2026-12-29', '18:00'),
      unitIds: people.offices().reportingTo(office),
      dailyReportBy: '15:00',
      note: '请各单位于12月29日18:00前报送元旦假期值班表（含带班领导、值班员及值班电话），假期每日15:00前报送日报告（无事报平安）。',
      createdBy: officer,
      createdAt: now,
    });
  }

  const emergency = unitId('市应急局');
  const recorder = directory.personRowByUsername('weijie');
  if (emergency && recorder) {
    const entry = (minutesAgo: number, fields: Partial<DutyLogEntry>): DutyLogEntry => ({
      id: newId(),
      unitId: emergency,
      kind: 'call',
      at: now - minutesAgo * minute,
      callerName: '',
      callerUnit: '',
      callerNumber: '',
      content: '',
      leaderInstruction: '',
      handling: '',
      recorderId: recorder.id,
      open: false,
      closedAt: null,
      closedBy: null,
      createdAt: now - minutesAgo * minute,
      updatedAt: now - minutesAgo * minute,
      ...fields,
    });
    for (const line of [
      entry(300, { callerName: '李国栋', callerUnit: '市气象局', callerNumber: '0543-3187120', content: '发布寒潮蓝色预警：明后两天最低气温降至-8℃，伴有6级阵风。', handling: '已转报带班领导，并通知各县区应急管理局做好防寒准备。' }),
      entry(150, { kind: 'document', callerUnit: '省应急管理厅', content: '收到《关于做好岁末年初安全防范工作的紧急通知》传真件。', handling: '已登记，呈带班领导阅示。', open: true }),
      entry(40, { callerName: '王海', callerUnit: '惠民县应急管理局', callerNumber: '0543-5332110', content: '报告：县城东一处民房因取暖不当起火，已扑灭，无人员伤亡。', leaderInstruction: '请持续关注，做好续报。', handling: '已记录，督促惠民县按时续报。', open: true }),
    ]) {
      store.save(scope, 'dutyLogEntry', line);
    }
  }
}
