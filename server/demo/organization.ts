import { createHash } from 'node:crypto';
import type { Role } from '../../shared/directory/schemas';
import { roleLabels } from '../../shared/directory/schemas';
import { nameSearchKeys } from '../../shared/directory/pinyin';

/**
 * The demo organisation: 滨州市人民政府 with a subset of its departments and three of its
 * counties, about 200 people with realistic names, titles, second posts and roles.
 *
 * Everything is derived from SEED: the PRNG that picks names, ranks and phone numbers, and the
 * ids (a SHA-256 of the seed and a stable key, formatted as an RFC 4122 version-4 UUID). Every
 * call returns identical data, so a demo database can be rebuilt and still match screenshots,
 * links and test fixtures.
 *
 * Unit names come from /work/shared/data/binzhou-units.json (滨州市数字政府建设实施方案, 2023):
 * `cityUnits` and the `countyUnitsPattern` applied to three of its `counties`.
 */

export interface DemoOrganization {
  orgs: Array<{ id: string; parentId: string | null; name: string; kind: 'unit' | 'dept'; sort: number }>;
  people: Array<{
    id: string;
    username: string;
    name: string;
    phone: string;
    email: string;
    posts: { orgId: string; title: string; sort: number }[];
    roles: Role[];
  }>;
  /** One password for every demo account; meets the 等保 rule (≥ 8 characters, 3 of 4 classes). */
  demoPassword: string;
  /** A few accounts worth printing when the demo starts. */
  highlightedLogins: Array<{ username: string; name: string; description: string }>;
}

const SEED = 'xietong-demo-binzhou-2026';
const EMAIL_DOMAIN = 'binzhou.gov.cn';
const DEMO_PASSWORD = 'Xietong@2026';

// ---------------------------------------------------------------------------------------------
// Organisation spec
// ---------------------------------------------------------------------------------------------

/**
 * A 处室: "name:n" has n people, the first one its head. "name:n*" is headed by the unit's first
 * deputy as a second post (副局长兼办公室主任), and its n people are the rest of the staff.
 */
type DeptSpec = string;

interface UnitSpec {
  name: string;
  head: string;
  /** Deputy titles, in order (常务 first where there is one). */
  deputies: string[];
  /** How many 调研员 (non-leadership rank held at the unit level). */
  researchers?: number;
  depts: DeptSpec[];
}

const ROOT: UnitSpec = {
  name: '滨州市人民政府',
  head: '市长',
  deputies: ['常务副市长', '副市长', '副市长', '副市长'],
  depts: [],
};

const CITY_UNITS: UnitSpec[] = [
  {
    name: '市政府办公室',
    head: '主任',
    deputies: ['副主任', '副主任', '副主任'],
    researchers: 1,
    depts: ['综合科:3', '秘书一科:4', '秘书二科:3', '督查室:3*', '总值班室:4', '信息科:3'],
  },
  {
    name: '市发展改革委',
    head: '主任',
    deputies: ['副主任', '副主任'],
    researchers: 1,
    depts: ['办公室:2', '发展规划科:2', '国民经济综合科:2', '固定资产投资科:2'],
  },
  { name: '市工业和信息化局', head: '局长', deputies: ['副局长', '副局长'], depts: ['办公室:2', '运行监测协调科:1', '信息化推进科:2'] },
  { name: '市财政局', head: '局长', deputies: ['副局长', '副局长'], depts: ['办公室:2', '预算科:2', '国库科:1'] },
  { name: '市人力资源社会保障局', head: '局长', deputies: ['副局长', '副局长'], depts: ['办公室:1*', '就业促进和失业保险科:2', '人才开发科:1'] },
  { name: '市自然资源规划局', head: '局长', deputies: ['副局长', '副局长'], depts: ['办公室:2', '国土空间规划科:1', '耕地保护监督科:1'] },
  { name: '市生态环境局', head: '局长', deputies: ['副局长', '副局长'], depts: ['办公室:2', '大气环境科:1', '水生态环境科:1'] },
  { name: '市住房城乡建设局', head: '局长', deputies: ['副局长', '副局长'], depts: ['办公室:2', '城市建设科:1', '住房保障科:1'] },
  { name: '市交通运输局', head: '局长', deputies: ['副局长'], depts: ['办公室:2', '综合运输科:1', '安全监督科:1'] },
  { name: '市卫生健康委', head: '主任', deputies: ['副主任', '副主任'], depts: ['办公室:2', '医政医管科:1', '疾病预防控制科:1', '卫生应急办公室:1'] },
  {
    name: '市应急局',
    head: '局长',
    deputies: ['副局长', '副局长', '副局长'],
    depts: ['办公室:3', '应急指挥中心:4', '风险监测和综合减灾科:2', '安全生产综合协调科:2', '危险化学品安全监督管理科:1', '救灾和物资保障科:2'],
  },
  {
    name: '市市场监管局',
    head: '局长',
    deputies: ['副局长', '副局长', '副局长'],
    depts: ['办公室:2', '登记注册科:2', '食品安全协调科:2', '特种设备安全监察科:2'],
  },
  { name: '市信访局', head: '局长', deputies: ['副局长', '副局长'], depts: ['办公室:1*', '来访接待科:2', '网上信访科:1'] },
  { name: '市行政审批服务局', head: '局长', deputies: ['副局长', '副局长'], depts: ['办公室:2', '政务服务科:2', '投资建设审批科:1'] },
  {
    name: '市大数据局',
    head: '局长',
    deputies: ['副局长', '副局长', '副局长'],
    depts: ['办公室:3', '数据资源科:3', '电子政务科:4', '信息安全科:2*'],
  },
];

interface CountySpec {
  county: string;
  /** 区长 / 县长 / 市长 (邹平 is a county-level city). */
  headTitle: string;
  units: UnitSpec[];
}

function countyUnits(county: string, wanted: Record<string, DeptSpec[]>): UnitSpec[] {
  const units: UnitSpec[] = [];
  for (const [suffix, depts] of Object.entries(wanted)) {
    const name = `${county}${suffix}`;
    const isOffice = suffix === '人民政府办公室';
    units.push({ name, head: isOffice ? '主任' : '局长', deputies: [isOffice ? '副主任' : '副局长'], depts });
  }
  return units;
}

const COUNTIES: CountySpec[] = [
  {
    county: '滨城区',
    headTitle: '区长',
    units: countyUnits('滨城区', {
      人民政府办公室: ['秘书科:2', '督查室:1', '总值班室:2'],
      大数据局: ['办公室:1*', '数据资源股:1', '电子政务股:1'],
      应急管理局: ['办公室:1*', '应急指挥中心:2'],
    }),
  },
  {
    county: '惠民县',
    headTitle: '县长',
    units: countyUnits('惠民县', {
      人民政府办公室: ['秘书科:2', '督查室:1', '总值班室:2'],
      应急管理局: ['办公室:1*', '应急指挥中心:2'],
      发展和改革局: ['办公室:1*', '规划股:1'],
    }),
  },
  {
    county: '邹平市',
    headTitle: '市长',
    units: countyUnits('邹平市', {
      人民政府办公室: ['秘书科:2', '总值班室:1'],
      大数据局: ['办公室:1*', '数据资源股:1'],
    }),
  },
];

/** Names fixed by position within an org ("unit/dept" or "unit"), for the demo's sake: */
const FIXED_NAMES: Record<string, Array<string | undefined>> = {
  // heteronym surnames: 单 shàn, 曾 zēng, 解 xiè, 仇 qiú (search must find them by the surname reading)
  '市政府办公室/督查室': ['单晓光'],
  '市应急局/应急指挥中心': [undefined, '曾慧敏'],
  '市大数据局/数据资源科': [undefined, '解志远'],
  '邹平市人民政府办公室/秘书科': [undefined, '仇海涛'],
  // the same name in different units, as happens in real life
  '市发展改革委/办公室': [undefined, '王磊'],
  '惠民县应急管理局/应急指挥中心': [undefined, '王磊'],
  '市财政局/预算科': [undefined, '张伟'],
  '市行政审批服务局/政务服务科': [undefined, '张伟'],
  '市市场监管局/登记注册科': [undefined, '李静'],
  '滨城区人民政府办公室/秘书科': [undefined, '李静'],
};

/** Where the system administrator sits; the first staff member generated there gets `admin`. */
const ADMIN_DEPT = '市大数据局/电子政务科';

/** Second posts held by people seconded from elsewhere (借调 / 抽调 / 联合值守). */
const SECONDMENTS: Array<{ fromUnit: string; fromDepts?: string[]; toUnit: string; toDept: string; count: number }> = [
  { fromUnit: '市政府办公室', fromDepts: ['综合科', '秘书一科', '秘书二科', '信息科'], toUnit: '市政府办公室', toDept: '总值班室', count: 2 },
  { fromUnit: '市应急局', toUnit: '市应急局', toDept: '应急指挥中心', count: 2 },
  { fromUnit: '市大数据局', fromDepts: ['电子政务科'], toUnit: '市政府办公室', toDept: '信息科', count: 1 },
  { fromUnit: '市市场监管局', toUnit: '市政府办公室', toDept: '督查室', count: 1 },
  { fromUnit: '市卫生健康委', fromDepts: ['卫生应急办公室'], toUnit: '市应急局', toDept: '应急指挥中心', count: 1 },
  { fromUnit: '滨城区人民政府办公室', fromDepts: ['秘书科'], toUnit: '滨城区人民政府办公室', toDept: '总值班室', count: 1 },
  { fromUnit: '惠民县人民政府办公室', fromDepts: ['秘书科'], toUnit: '惠民县人民政府办公室', toDept: '总值班室', count: 1 },
];

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/** Surnames with rough frequencies for 鲁北 (per mille-ish); 王张李刘 dominate, 孙于韩 are common. */
const SURNAMES: Array<[string, number]> = [
  ['王', 100], ['张', 85], ['李', 80], ['刘', 70], ['孙', 35], ['杨', 25], ['陈', 25], ['赵', 25],
  ['徐', 20], ['高', 20], ['马', 18], ['于', 18], ['韩', 16], ['宋', 15], ['郭', 15], ['田', 12],
  ['董', 12], ['魏', 10], ['崔', 10], ['吕', 9], ['杜', 9], ['孟', 9], ['姜', 9], ['冯', 8],
  ['朱', 8], ['周', 8], ['胡', 7], ['任', 7], ['石', 7], ['贾', 6], ['许', 6], ['曹', 6],
  ['侯', 6], ['郑', 5], ['邢', 5], ['付', 5], ['房', 4], ['尹', 4], ['袁', 4], ['范', 4],
  ['程', 4], ['薄', 3], ['商', 3], ['路', 3], ['葛', 3], ['毕', 3], ['牛', 3], ['单', 2],
  ['解', 2], ['曾', 1], ['仇', 1],
];

const MALE_1 = '伟磊军勇涛斌强鹏杰峰超波辉刚健明亮俊飞凯浩鑫宇帅龙彬林昊博冰'.split('');
const FEMALE_1 = '静敏丽娟艳燕芳婷霞玲颖倩洁慧琳蕾雪晶萍红莉薇'.split('');
const MALE_2 = [
  '建国', '建华', '建军', '志强', '志刚', '海涛', '晓东', '国栋', '文博', '永刚', '立新', '振华',
  '红军', '庆华', '德胜', '浩然', '宇航', '俊杰', '新民', '卫东', '国强', '洪涛', '春雷', '兆亮',
  '金龙', '学军', '延军', '立国', '子豪', '晨阳', '家豪', '嘉诚', '鹏飞', '云飞', '玉林', '成刚',
  '建平', '宏伟', '志远', '洪亮', '景涛', '书明', '晓光', '树森', '明杰', '文涛', '兆华', '福利',
];
const FEMALE_2 = [
  '红梅', '秀英', '丽华', '晓燕', '海燕', '春艳', '文静', '雅琪', '梦瑶', '欣怡', '佳琪', '思雨',
  '雨萱', '玉兰', '淑芬', '美玲', '晓丽', '丽娜', '婷婷', '静怡', '慧敏', '晓红', '秀兰', '桂芳',
  '凤英', '玉梅', '爱华', '俊霞', '艳玲', '雪梅', '晓娟', '秀云', '晓琳', '梦琪', '子涵', '诗涵',
];

/** Given names typical of people born after about 1985. */
const YOUNG_NAMES = new Set(['浩然', '宇航', '子豪', '晨阳', '家豪', '嘉诚', '雅琪', '梦瑶', '欣怡', '佳琪', '思雨', '雨萱', '婷婷', '静怡', '梦琪', '子涵', '诗涵']);

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155',
  '156', '157', '158', '159', '166', '176', '177', '178', '180', '181', '182', '183', '185', '186',
  '187', '188', '189', '198', '199',
];

// ---------------------------------------------------------------------------------------------
// Ranks and titles
// ---------------------------------------------------------------------------------------------

const STAFF_RANKS: Array<[string, number]> = [
  ['一级主任科员', 12], ['二级主任科员', 15], ['三级主任科员', 12], ['四级主任科员', 18], ['一级科员', 18], ['科员', 25],
];
const COUNTY_STAFF_RANKS: Array<[string, number]> = [
  ['二级主任科员', 6], ['三级主任科员', 10], ['四级主任科员', 18], ['一级科员', 26], ['科员', 40],
];

/** Order within one org: leaders first, then 调研员, then staff by rank. Lower sorts first. */
function titleRank(title: string): number {
  if (/^(市长|区长|县长|主任|局长|科长|股长)$/.test(title)) return 0;
  if (title.startsWith('常务副')) return 1;
  if (title.startsWith('副')) return 2;
  const order = ['秘书长', '一级巡视员', '二级巡视员', '一级调研员', '二级调研员', ...STAFF_RANKS.map(([t]) => t)];
  const i = order.indexOf(title);
  return i < 0 ? 50 : 3 + i;
}

function isLeaderTitle(title: string): boolean {
  return titleRank(title) <= 2;
}

function deptHeadTitles(dept: string): [string, string] {
  if (dept.endsWith('科')) return ['科长', '副科长'];
  if (dept.endsWith('股')) return ['股长', '副股长'];
  return ['主任', '副主任'];
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness and ids
// ---------------------------------------------------------------------------------------------

function hashBytes(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** A fixed RFC 4122 version-4-format UUID for a key, derived from the seed. */
export function demoId(key: string): string {
  const b = hashBytes(`${SEED}\u0000${key}`);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** sfc32, seeded from the SHA-256 of the seed. */
function makeRng(seed: string): () => number {
  const s = hashBytes(seed);
  let a = s.readUInt32LE(0);
  let b = s.readUInt32LE(4);
  let c = s.readUInt32LE(8);
  let d = s.readUInt32LE(12);
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return next;
}

export class Random {
  private readonly next: () => number;
  constructor(seed: string) {
    this.next = makeRng(seed);
  }
  float(): number {
    return this.next();
  }
  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }
}

// ---------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------

interface OrgRec {
  id: string;
  parentId: string | null;
  name: string;
  kind: 'unit' | 'dept';
  sort: number;
  /** The unit this org is or belongs to. */
  unitName: string;
}

interface PostRec {
  orgId: string;
  title: string;
  primary: boolean;
  seq: number;
}

interface PersonRec {
  id: string;
  name: string;
  username: string;
  phone: string;
  posts: PostRec[];
  roles: Set<Role>;
  isAdmin: boolean;
}

class Builder {
  readonly rng = new Random(SEED);
  readonly orgs: OrgRec[] = [];
  readonly orgByPath = new Map<string, OrgRec>();
  readonly people: PersonRec[] = [];
  private postSeq = 0;
  private readonly phones = new Set<string>();
  private readonly childCount = new Map<string | null, number>();

  addOrg(path: string, name: string, parent: OrgRec | null, kind: 'unit' | 'dept'): OrgRec {
    const parentId = parent?.id ?? null;
    const sort = (this.childCount.get(parentId) ?? 0) + 1;
    this.childCount.set(parentId, sort);
    const org: OrgRec = { id: demoId(`org:${path}`), parentId, name, kind, sort, unitName: kind === 'unit' ? name : (parent?.unitName ?? name) };
    this.orgs.push(org);
    this.orgByPath.set(path, org);
    return org;
  }

  org(path: string): OrgRec {
    const org = this.orgByPath.get(path);
    if (!org) throw new Error(`demo organisation: no org ${path}`);
    return org;
  }

  addPerson(orgPath: string, title: string, positionInOrg: number): PersonRec {
    const fixed = FIXED_NAMES[orgPath]?.[positionInOrg];
    const person: PersonRec = {
      id: demoId(`person:${this.people.length + 1}`),
      name: fixed ?? this.randomName(titleRank(title) <= 2),
      username: '',
      phone: this.randomPhone(),
      posts: [],
      roles: new Set(),
      isAdmin: false,
    };
    this.addPost(person, this.org(orgPath), title, true);
    this.people.push(person);
    return person;
  }

  addPost(person: PersonRec, org: OrgRec, title: string, primary: boolean): void {
    person.posts.push({ orgId: org.id, title, primary, seq: this.postSeq++ });
  }

  private randomName(leader: boolean): string {
    const surname = this.rng.weighted(SURNAMES);
    // leaders of this generation are mostly men; staff are close to even
    const male = this.rng.float() < (leader ? 0.8 : 0.55);
    const single = this.rng.float() < 0.28;
    // leaders were born in the 1960s–70s: no 子豪 or 梦瑶 among them
    const pool2 = (male ? MALE_2 : FEMALE_2).filter((g) => !leader || !YOUNG_NAMES.has(g));
    const given = single ? this.rng.pick(male ? MALE_1 : FEMALE_1) : this.rng.pick(pool2);
    return surname + given;
  }

  private randomPhone(): string {
    for (;;) {
      let phone = this.rng.pick(MOBILE_PREFIXES);
      for (let i = 0; i < 8; i++) phone += String(this.rng.int(10));
      if (!this.phones.has(phone)) {
        this.phones.add(phone);
        return phone;
      }
    }
  }

  staffRank(county: boolean): string {
    return this.rng.weighted(county ? COUNTY_STAFF_RANKS : STAFF_RANKS);
  }
}

interface BuiltUnit {
  unit: OrgRec;
  spec: UnitSpec;
  county: boolean;
  leaders: PersonRec[];
}

function buildUnit(b: Builder, spec: UnitSpec, parent: OrgRec | null, county: boolean): BuiltUnit {
  const unit = b.addOrg(spec.name, spec.name, parent, 'unit');
  let pos = 0;
  const head = b.addPerson(spec.name, spec.head, pos++);
  const deputies = spec.deputies.map((title) => b.addPerson(spec.name, title, pos++));
  for (let i = 0; i < (spec.researchers ?? 0); i++) b.addPerson(spec.name, b.rng.pick(['一级调研员', '二级调研员']), pos++);

  for (const deptSpec of spec.depts) {
    const match = /^(.+):(\d+)(\*?)$/.exec(deptSpec);
    if (!match) throw new Error(`bad dept spec ${deptSpec}`);
    const [, deptName = '', countText = '0', star] = match;
    const path = `${spec.name}/${deptName}`;
    const dept = b.addOrg(path, deptName, unit, 'dept');
    const [headTitle, deputyTitle] = deptHeadTitles(deptName);
    let n = Number(countText);
    let p = 0;
    if (star) {
      const deputy = deputies[0];
      if (!deputy) throw new Error(`${spec.name} has no deputy to head ${deptName}`);
      b.addPost(deputy, dept, headTitle, false);
    } else {
      b.addPerson(path, headTitle, p++);
      n--;
    }
    if (n >= 2 && (star || b.rng.float() < 0.5)) {
      b.addPerson(path, deputyTitle, p++);
      n--;
    }
    for (let i = 0; i < n; i++) {
      const person = b.addPerson(path, b.staffRank(county), p++);
      if (path === ADMIN_DEPT && !b.people.some((x) => x.isAdmin)) person.isAdmin = true;
    }
  }
  return { unit, spec, county, leaders: [head, ...deputies] };
}

function primaryPost(person: PersonRec): PostRec {
  const post = person.posts.find((p) => p.primary);
  if (!post) throw new Error(`${person.name} has no primary post`);
  return post;
}

export function generateDemoOrganization(): DemoOrganization {
  const b = new Builder();
  const units: BuiltUnit[] = [];

  const root = buildUnit(b, ROOT, null, false);
  units.push(root);
  for (const spec of CITY_UNITS) units.push(buildUnit(b, spec, root.unit, false));
  for (const c of COUNTIES) {
    const gov = buildUnit(
      b,
      { name: `${c.county}人民政府`, head: c.headTitle, deputies: [`常务副${c.headTitle}`, `副${c.headTitle}`], depts: [] },
      root.unit,
      true,
    );
    units.push(gov);
    for (const spec of c.units) units.push(buildUnit(b, spec, gov.unit, true));
  }

  const orgById = new Map(b.orgs.map((o) => [o.id, o]));
  const orgOf = (post: PostRec): OrgRec => orgById.get(post.orgId)!;

  // 市政府秘书长 is, as usual, the director of 市政府办公室.
  const cityOfficeHead = units.find((u) => u.spec.name === '市政府办公室')!.leaders[0]!;
  b.addPost(cityOfficeHead, root.unit, '秘书长', false);

  // Secondments: staff (not leaders, not yet holding a second post) given a post elsewhere.
  for (const s of SECONDMENTS) {
    const target = b.org(`${s.toUnit}/${s.toDept}`);
    const candidates = b.people.filter((person) => {
      if (person.isAdmin || person.posts.length > 1) return false;
      const post = primaryPost(person);
      const org = orgOf(post);
      return (
        org.kind === 'dept' &&
        org.unitName === s.fromUnit &&
        org.id !== target.id &&
        titleRank(post.title) > 2 &&
        (!s.fromDepts || s.fromDepts.includes(org.name))
      );
    });
    for (let i = 0; i < s.count && candidates.length > 0; i++) {
      const [person] = candidates.splice(b.rng.int(candidates.length), 1);
      b.addPost(person!, target, primaryPost(person!).title, false);
    }
  }

  // Usernames: pinyin of the name, digits appended on collision ("zhangwei", "zhangwei2").
  const usernames = new Set<string>(['admin']);
  for (const person of b.people) {
    if (person.isAdmin) {
      person.username = 'admin';
      continue;
    }
    const base = nameSearchKeys(person.name).pinyin.replace(/[^a-z0-9]/g, '') || 'user';
    let username = base;
    for (let i = 2; usernames.has(username); i++) username = `${base}${i}`;
    usernames.add(username);
    person.username = username;
  }

  // Roles.
  for (const person of b.people) {
    if (person.isAdmin) person.roles.add('sysadmin');
    for (const post of person.posts) {
      const org = orgOf(post);
      if (org.kind === 'unit' && isLeaderTitle(post.title)) person.roles.add('leader');
      if (org.kind === 'dept' && org.name === '督查室') person.roles.add('supervisor');
      if (org.kind === 'dept' && (org.name === '总值班室' || org.name === '应急指挥中心')) person.roles.add('duty_officer');
    }
  }
  const staffIn = (org: OrgRec): PersonRec[] =>
    b.people.filter((p) => !p.isAdmin && p.posts.some((post) => post.primary && post.orgId === org.id && titleRank(post.title) > 2));

  // 文书: the most junior staff member of each 办公室 and 秘书科.
  for (const org of b.orgs) {
    if (org.kind !== 'dept' || !(org.name === '办公室' || /^秘书.?科$/.test(org.name))) continue;
    const staff = staffIn(org);
    const clerk = staff.sort((x, y) => titleRank(primaryPost(y).title) - titleRank(primaryPost(x).title))[0];
    clerk?.roles.add('clerk');
  }

  // 单位管理员: one person per unit that has departments, from its IT or general office. The
  // 人民政府 units themselves (root and counties) hold only leaders; their 人民政府办公室's
  // administrator looks after them.
  const adminDeptOrder = ['信息科', '电子政务科', '电子政务股', '办公室', '综合科', '秘书科'];
  for (const u of units) {
    const depts = b.orgs.filter((o) => o.parentId === u.unit.id && o.kind === 'dept');
    if (depts.length === 0) continue;
    const ordered = [...depts].sort((x, y) => rankIndex(adminDeptOrder, x.name) - rankIndex(adminDeptOrder, y.name));
    // Prefer someone without another role: staff first, then a 科长, then anyone on the staff.
    const everyone = ordered.flatMap((dept) => b.people.filter((p) => !p.isAdmin && p.posts.some((post) => post.primary && post.orgId === dept.id)));
    const staff = ordered.flatMap(staffIn);
    const chosen = staff.find((p) => p.roles.size === 0) ?? everyone.find((p) => p.roles.size === 0) ?? staff[0];
    if (!chosen) throw new Error(`no unit_admin candidate in ${u.spec.name}`);
    chosen.roles.add('unit_admin');
  }

  // Post sort: within each org, leaders first, then by rank, then in order of appointment.
  const postsByOrg = new Map<string, PostRec[]>();
  for (const person of b.people) {
    for (const post of person.posts) {
      const list = postsByOrg.get(post.orgId) ?? [];
      list.push(post);
      postsByOrg.set(post.orgId, list);
    }
  }
  const postSort = new Map<PostRec, number>();
  for (const list of postsByOrg.values()) {
    list.sort((x, y) => titleRank(x.title) - titleRank(y.title) || x.seq - y.seq);
    list.forEach((post, i) => postSort.set(post, i + 1));
  }

  const roleOrder: Role[] = ['sysadmin', 'unit_admin', 'leader', 'supervisor', 'duty_officer', 'clerk'];
  const people: DemoOrganization['people'] = b.people.map((person) => ({
    id: person.id,
    username: person.username,
    name: person.name,
    phone: person.phone,
    email: `${person.username}@${EMAIL_DOMAIN}`,
    posts: [...person.posts]
      .sort((x, y) => Number(y.primary) - Number(x.primary) || x.seq - y.seq)
      .map((post) => ({ orgId: post.orgId, title: post.title, sort: postSort.get(post)! })),
    roles: roleOrder.filter((r) => person.roles.has(r)),
  }));

  const orgs: DemoOrganization['orgs'] = b.orgs.map(({ id, parentId, name, kind, sort }) => ({ id, parentId, name, kind, sort }));

  // Accounts to print at start.
  const describe = (person: PersonRec, role: Role | null): { username: string; name: string; description: string } => {
    const post = primaryPost(person);
    const org = orgOf(post);
    const where = org.kind === 'dept' ? `${org.unitName} ${org.name}` : org.name;
    const label = role ? roleLabels[role] : '普通用户';
    return { username: person.username, name: person.name, description: `${label} · ${where} ${post.title}` };
  };
  const find = (what: string, test: (person: PersonRec, org: OrgRec, post: PostRec) => boolean): PersonRec => {
    const found = b.people.find((person) => {
      const post = primaryPost(person);
      return test(person, orgOf(post), post);
    });
    if (!found) throw new Error(`demo organisation: no ${what}`);
    return found;
  };
  const admin = find('admin', (p) => p.isAdmin);
  const supervisor = find('督查员', (p, org) => org.unitName === '市政府办公室' && org.name === '督查室' && !p.roles.has('leader'));
  const dataClerk = find(
    '市大数据局 科员',
    (p, org, post) => org.unitName === '市大数据局' && org.kind === 'dept' && /科员$/.test(post.title) && !/主任科员/.test(post.title) && p.roles.size === 0,
  );
  const dutyOfficer = find('值班员', (_p, org, post) => org.unitName === '市应急局' && org.name === '应急指挥中心' && titleRank(post.title) > 2);
  const countyLeader = find('县长', (_p, org, post) => org.name === '惠民县人民政府' && post.title === '县长');
  const secretary = find('文书', (p, org) => org.unitName === '市政府办公室' && org.name === '秘书一科' && p.roles.has('clerk'));

  return {
    orgs,
    people,
    demoPassword: DEMO_PASSWORD,
    highlightedLogins: [
      describe(admin, 'sysadmin'),
      describe(supervisor, 'supervisor'),
      describe(dutyOfficer, 'duty_officer'),
      describe(secretary, 'clerk'),
      describe(dataClerk, null),
      describe(countyLeader, 'leader'),
    ],
  };
}

function rankIndex(order: string[], name: string): number {
  const i = order.indexOf(name);
  return i < 0 ? order.length : i;
}
