import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SupervisionAction, SupervisionActionKind } from './actions';
import {
  applySupervisionAction,
  availableSupervisionActions,
  formatSupervisionNumber,
  type SupervisionActor,
  type SupervisionContext,
  type SupervisionNotice,
} from './lifecycle';
import type { SupervisionItem } from './records';
import { at, deepFreeze, instructingLeader, leadUnit, milestoneId, nextIsoDay, personId, registered, supervisor, supportUnit, unitId } from './test-support';

const otherUnit = unitId(3);
const unitNames: Record<string, string> = { [leadUnit]: '发改委', [supportUnit]: '财政局', [otherUnit]: '住建局' };

const actors = {
  supervisor: { personId: supervisor, isSupervisor: true, unitIds: [], leaderUnitIds: [] },
  instructingLeader: { personId: instructingLeader, isSupervisor: false, unitIds: [], leaderUnitIds: [] },
  leadOwner: { personId: personId(101), isSupervisor: false, unitIds: [leadUnit], leaderUnitIds: [] },
  leadLeader: { personId: personId(150), isSupervisor: false, unitIds: [leadUnit], leaderUnitIds: [leadUnit] },
  leadStaff: { personId: personId(160), isSupervisor: false, unitIds: [leadUnit], leaderUnitIds: [] },
  supportOwner: { personId: personId(102), isSupervisor: false, unitIds: [supportUnit], leaderUnitIds: [] },
  otherOwner: { personId: personId(103), isSupervisor: false, unitIds: [otherUnit], leaderUnitIds: [] },
  outsider: { personId: personId(999), isSupervisor: false, unitIds: [unitId(50)], leaderUnitIds: [unitId(50)] },
} satisfies Record<string, SupervisionActor>;
type Role = keyof typeof actors;
/** Each unit names the same 责任人 whenever it signs. */
const ownerOf: Record<string, string> = { [leadUnit]: personId(101), [supportUnit]: personId(102), [otherUnit]: personId(103) };

let idCounter = 0;
function context(todayIso: string): SupervisionContext {
  return { now: at(todayIso), todayIso, returnWindowWorkingDays: 5, newId: () => personId(10_000 + (idCounter += 1)), unitName: (id) => unitNames[id] ?? id };
}

/** The notices each accepted action asked to send, by the item it produced. */
const sent = new WeakMap<SupervisionItem, SupervisionNotice[]>();
const noticesOf = (item: SupervisionItem): SupervisionNotice[] => sent.get(item)!;

function act(item: SupervisionItem, action: SupervisionAction, role: Role, todayIso: string): SupervisionItem {
  const result = applySupervisionAction(deepFreeze(item), action, actors[role], context(todayIso));
  if (!result.ok) throw new Error(`${role} ${action.kind}: ${result.reason}`);
  sent.set(result.item, result.notify);
  return result.item;
}

function refusal(item: SupervisionItem, action: SupervisionAction, role: Role, todayIso: string): string {
  const result = applySupervisionAction(deepFreeze(item), action, actors[role], context(todayIso));
  if (result.ok) throw new Error(`${role} ${action.kind} was accepted`);
  return result.reason;
}

const withMilestone = () => registered({ createdOn: '2026-09-01', deadline: '2026-11-30', milestones: [{ title: '方案制定', due: '2026-10-30' }] });
const report = (unitId: string, percent: number): SupervisionAction => ({ kind: 'report', unitId, text: '已召开专题会研究', percent, fileIds: [], milestoneId: null });

/** The item at each stage of a normal run, reached through the lifecycle itself. */
function stages() {
  const assigned = withMilestone();
  const handling = act(act(assigned, { kind: 'accept', unitId: leadUnit, ownerId: personId(101) }, 'leadStaff', '2026-09-02'), { kind: 'accept', unitId: supportUnit, ownerId: personId(102) }, 'supportOwner', '2026-09-02');
  let ready = act(handling, report(supportUnit, 100), 'supportOwner', '2026-09-03');
  ready = act(ready, report(leadUnit, 60), 'leadOwner', '2026-09-03');
  ready = act(ready, { kind: 'completePart', unitId: supportUnit }, 'supportOwner', '2026-09-04');
  ready = act(ready, { kind: 'completeMilestone', milestoneId: milestoneId(1) }, 'leadOwner', '2026-09-04');
  ready = act(ready, { kind: 'requestExtension', unitId: leadUnit, newDeadline: '2026-12-15', milestoneId: null, reason: '需跨部门协调' }, 'leadOwner', '2026-09-04');
  const reviewing = act(ready, { kind: 'requestClosure', report: '已全部完成', fileIds: [] }, 'leadOwner', '2026-09-07');
  const closed = act(reviewing, { kind: 'reviewClosure', accept: true, opinion: '' }, 'supervisor', '2026-09-08');
  const archived = act(closed, { kind: 'archive' }, 'supervisor', '2026-09-09');
  return { assigned, handling, ready, reviewing, closed, archived };
}

describe('who may do what at each stage', () => {
  const { assigned, handling, ready, reviewing, closed, archived } = stages();
  const table: [string, SupervisionItem, string, Partial<Record<Role, SupervisionActionKind[]>>][] = [
    ['交办中', assigned, '2026-09-02', { supervisor: ['reassign', 'urge'], leadStaff: ['accept', 'return'], leadLeader: ['accept', 'return'], leadOwner: ['accept', 'return'], supportOwner: ['accept', 'return'] }],
    [
      '办理中',
      handling,
      '2026-09-03',
      {
        supervisor: ['reassign', 'urge'],
        leadOwner: ['report', 'completeMilestone', 'requestExtension'],
        leadLeader: ['report', 'completeMilestone', 'requestExtension'],
        supportOwner: ['report', 'completePart', 'requestExtension'],
      },
    ],
    [
      '办理中, all parts done, reports and a 延期 waiting',
      ready,
      '2026-09-07',
      {
        supervisor: ['reassign', 'urge', 'reviewReport', 'decideExtension'],
        instructingLeader: ['decideExtension'],
        leadOwner: ['report', 'reviewReport', 'requestClosure'],
        leadLeader: ['report', 'reviewReport', 'requestClosure'],
        supportOwner: ['report'],
      },
    ],
    ['审核中', reviewing, '2026-09-08', { supervisor: ['reviewReport', 'decideExtension', 'reviewClosure'], instructingLeader: ['decideExtension'], leadOwner: ['reviewReport'], leadLeader: ['reviewReport'] }],
    ['已办结', closed, '2026-09-09', { supervisor: ['evaluate', 'archive'] }],
    ['已归档', archived, '2026-09-10', {}],
  ];
  it.each(table)('%s', (_, item, today, expected) => {
    for (const role of Object.keys(actors) as Role[]) {
      expect(availableSupervisionActions(item, actors[role], today).sort(), role).toEqual([...(expected[role] ?? [])].sort());
    }
  });
});

describe('a normal run, with its notices and log', () => {
  it('立项 → 签收 → 反馈 → 节点 → 办结申请 → 退回重办 → 办结 → 评价 → 归档', () => {
    let item = withMilestone();
    expect(item).toMatchObject({ number: formatSupervisionNumber(2026, 1), status: 'assigned', deadline: '2026-11-30', originalDeadline: '2026-11-30' });
    expect(item.number).toBe('督〔2026〕1号');

    item = act(item, { kind: 'accept', unitId: leadUnit, ownerId: personId(101) }, 'leadStaff', '2026-09-02');
    expect(item.status).toBe('assigned');
    expect(noticesOf(item)).toEqual([{ userIds: [personId(101), supervisor], unitIds: [], title: '督〔2026〕1号 已签收', text: '「督办事项1」发改委签收，明确责任人' }]);
    item = act(item, { kind: 'accept', unitId: supportUnit, ownerId: personId(102) }, 'supportOwner', '2026-09-02');
    expect(item.status).toBe('handling');
    expect(noticesOf(item)[0]!.userIds).toEqual([supervisor]);

    item = act(item, report(supportUnit, 80), 'supportOwner', '2026-09-03');
    expect(noticesOf(item)[0]).toMatchObject({ userIds: [personId(101)], title: '督〔2026〕1号 进展反馈' });
    expect(item.units.find((u) => u.unitId === supportUnit)).toMatchObject({ percent: 80, lastReportAt: at('2026-09-03') });
    item = act(item, report(leadUnit, 50), 'leadOwner', '2026-09-03');
    expect(noticesOf(item)[0]!.userIds).toEqual([supervisor]);
    const [supportReport, leadReport] = item.reports;
    expect(refusal(item, { kind: 'reviewReport', reportId: supportReport!.id, accept: true, opinion: '' }, 'supervisor', '2026-09-03')).toBe('配合单位的反馈由牵头单位审核汇总');
    expect(refusal(item, { kind: 'reviewReport', reportId: leadReport!.id, accept: true, opinion: '' }, 'leadOwner', '2026-09-03')).toBe('只有督查室可以审核牵头单位的反馈');
    item = act(item, { kind: 'reviewReport', reportId: supportReport!.id, accept: true, opinion: '' }, 'leadOwner', '2026-09-03');
    expect(noticesOf(item)[0]!.userIds).toEqual([personId(102)]);
    item = act(item, { kind: 'reviewReport', reportId: leadReport!.id, accept: false, opinion: '请补充数据' }, 'supervisor', '2026-09-03');
    expect(item.reports.map((r) => r.status)).toEqual(['accepted', 'returned']);

    const closure: SupervisionAction = { kind: 'requestClosure', report: '已全部完成', fileIds: [] };
    expect(refusal(item, closure, 'leadOwner', '2026-09-04')).toBe("节点'方案制定'尚未完成");
    expect(refusal(item, { kind: 'completeMilestone', milestoneId: milestoneId(1) }, 'supportOwner', '2026-09-04')).toBe('只有牵头单位的责任人或领导可以确认节点完成');
    item = act(item, { kind: 'completeMilestone', milestoneId: milestoneId(1) }, 'leadLeader', '2026-09-04');
    expect(refusal(item, closure, 'leadOwner', '2026-09-04')).toBe("配合单位'财政局'尚未完成");
    expect(refusal(item, closure, 'supportOwner', '2026-09-04')).toBe('只有牵头单位的责任人或领导可以申请办结');
    item = act(item, { kind: 'completePart', unitId: supportUnit }, 'supportOwner', '2026-09-04');
    expect(noticesOf(item)[0]!.userIds).toEqual([personId(101)]);

    item = act(item, closure, 'leadOwner', '2026-09-07');
    expect(item.status).toBe('reviewing');
    expect(noticesOf(item)[0]).toMatchObject({ userIds: [supervisor], title: '督〔2026〕1号 办结申请' });
    item = act(item, { kind: 'reviewClosure', accept: false, opinion: '整改措施不具体' }, 'supervisor', '2026-09-08');
    expect(item).toMatchObject({ status: 'handling', closedAt: null, closure: { status: 'returned', opinion: '整改措施不具体' } });
    expect(noticesOf(item)[0]).toMatchObject({ userIds: [personId(101)], title: '督〔2026〕1号 退回重办' });

    item = act(item, closure, 'leadLeader', '2026-09-10');
    item = act(item, { kind: 'reviewClosure', accept: true, opinion: '' }, 'supervisor', '2026-09-11');
    expect(item).toMatchObject({ status: 'closed', closedAt: at('2026-09-11'), closure: { status: 'accepted', byId: personId(150) } });
    expect(noticesOf(item)[0]!.userIds).toEqual([personId(150), instructingLeader]);

    item = act(item, { kind: 'evaluate', grade: '优秀', comment: '成效明显' }, 'supervisor', '2026-09-14');
    expect(item.evaluation).toMatchObject({ grade: '优秀', byId: supervisor });
    item = act(item, { kind: 'archive' }, 'supervisor', '2026-09-15');
    expect(item.status).toBe('archived');
    expect(item.log.map((l) => l.action)).toEqual([
      'create', 'accept', 'accept', 'report', 'report', 'reviewReport', 'reviewReport', 'completeMilestone', 'completePart',
      'requestClosure', 'reviewClosure', 'requestClosure', 'reviewClosure', 'evaluate', 'archive',
    ]);
    expect(item.log.map((l) => l.text)).toContain('退回重办：整改措施不具体');
    expect(item.log.at(-1)).toEqual({ at: at('2026-09-15'), actorId: supervisor, action: 'archive', text: '归档' });
  });

  it('催办 goes to the 责任人 of units still at work, and to units that have not signed yet', () => {
    let item = act(withMilestone(), { kind: 'accept', unitId: leadUnit, ownerId: personId(101) }, 'leadOwner', '2026-09-02');
    item = act(item, { kind: 'urge', text: '请于本周内报送进展' }, 'supervisor', '2026-09-03');
    expect(noticesOf(item)).toEqual([{ userIds: [personId(101)], unitIds: [supportUnit], title: '督〔2026〕1号 催办通知单', text: '「督办事项1」请于本周内报送进展' }]);
    expect(item.log.at(-1)!.text).toBe('催办：请于本周内报送进展');
    expect(refusal(item, { kind: 'urge', text: '催办' }, 'leadLeader', '2026-09-03')).toBe('只有督查室可以催办');
  });
});

describe('签收, 退回 and 调整承办单位', () => {
  it('a unit returns within 5 working days of its 交办, counted across 国庆', () => {
    const item = registered({ createdOn: '2026-09-29', deadline: '2026-12-31' });
    const back: SupervisionAction = { kind: 'return', unitId: supportUnit, reason: '不属于本单位职责' };
    // After 9-29: 9-30, 10-08, 10-09, 10-10 (调休), 10-12.
    expect(act(item, back, 'supportOwner', '2026-10-12').units[1]).toMatchObject({ status: 'returned', returnReason: '不属于本单位职责' });
    expect(refusal(item, back, 'supportOwner', '2026-10-13')).toBe('已超过退回期限（交办后 5 个工作日内）');
    expect(refusal(item, back, 'leadOwner', '2026-10-12')).toBe('您不在该单位任职，不能代其办理');
  });

  it('a returned unit keeps the item 交办中 until the 督查室 names another; the new unit has its own window', () => {
    let item = registered({ createdOn: '2026-09-01', deadline: '2026-12-31' });
    item = act(item, { kind: 'accept', unitId: leadUnit, ownerId: personId(101) }, 'leadOwner', '2026-09-02');
    item = act(item, { kind: 'return', unitId: supportUnit, reason: '不属于本单位职责' }, 'supportOwner', '2026-09-02');
    expect(item.status).toBe('assigned');
    expect(noticesOf(item)[0]).toMatchObject({ userIds: [supervisor], text: '「督办事项1」财政局退回：不属于本单位职责' });
    expect(refusal(item, { kind: 'accept', unitId: supportUnit, ownerId: personId(102) }, 'supportOwner', '2026-09-03')).toBe('该单位已退回本事项，待督查室调整承办单位');
    expect(refusal(item, { kind: 'reassign', units: [{ unitId: leadUnit, role: 'lead' }, { unitId: otherUnit, role: 'lead' }] }, 'supervisor', '2026-09-03')).toBe('牵头单位有且只有一个');

    item = act(item, { kind: 'reassign', units: [{ unitId: leadUnit, role: 'lead' }, { unitId: otherUnit, role: 'support' }] }, 'supervisor', '2026-09-21');
    expect(item.status).toBe('assigned');
    expect(item.units.map((u) => [u.unitId, u.status])).toEqual([[leadUnit, 'accepted'], [otherUnit, 'pending']]);
    expect(noticesOf(item)).toEqual([{ userIds: [], unitIds: [otherUnit], title: '督〔2026〕1号 督办交办通知', text: '「督办事项1」已交办你单位办理，请及时签收' }]);
    expect(item.log.at(-1)!.text).toBe('调整承办单位：牵头单位发改委，配合单位住建局');
    // After 9-21: 9-22, 9-23, 9-24, (9-25 is 中秋节) 9-28, 9-29.
    expect(availableSupervisionActions(item, actors.otherOwner, '2026-09-29')).toEqual(['accept', 'return']);
    expect(availableSupervisionActions(item, actors.otherOwner, '2026-09-30')).toEqual(['accept']);
    item = act(item, { kind: 'accept', unitId: otherUnit, ownerId: personId(103) }, 'otherOwner', '2026-09-30');
    expect(item.status).toBe('handling');
  });

  it('dropping the returned unit alone moves the item on to 办理中', () => {
    let item = registered({ createdOn: '2026-09-01', deadline: '2026-12-31' });
    item = act(item, { kind: 'accept', unitId: leadUnit, ownerId: personId(101) }, 'leadOwner', '2026-09-02');
    item = act(item, { kind: 'return', unitId: supportUnit, reason: '不属于本单位职责' }, 'supportOwner', '2026-09-02');
    item = act(item, { kind: 'reassign', units: [{ unitId: leadUnit, role: 'lead' }] }, 'supervisor', '2026-09-03');
    expect(item.status).toBe('handling');
    expect(noticesOf(item)).toEqual([]);
  });
});

describe('延期', () => {
  const handling = () => stages().handling;
  const ask = (newDeadline: string, milestone: string | null = null, unitId = leadUnit): SupervisionAction => ({ kind: 'requestExtension', unitId, newDeadline, milestoneId: milestone, reason: '需跨部门协调' });

  it('is asked for on or before the date it moves, for a later date, one at a time', () => {
    const item = handling();
    expect(refusal(item, ask('2026-12-15'), 'leadOwner', '2026-12-01')).toBe('已超过期限，延期申请须在期限届满前提出');
    expect(refusal(item, ask('2026-11-30'), 'leadOwner', '2026-11-30')).toBe('申请的期限应晚于现行期限');
    expect(refusal(item, ask('2026-12-01', milestoneId(1)), 'leadOwner', '2026-10-30')).toBe('节点期限不能晚于办理期限');
    const asked = act(item, ask('2026-12-15'), 'leadOwner', '2026-11-30');
    expect(noticesOf(asked)[0]).toMatchObject({ userIds: [supervisor, instructingLeader], title: '督〔2026〕1号 延期申请' });
    expect(asked.log.at(-1)!.text).toBe('发改委申请将办理期限延至 2026年12月15日：需跨部门协调');
    expect(refusal(asked, ask('2026-12-20'), 'leadLeader', '2026-11-30')).toBe('已有待审批的延期申请');
    // A milestone is a separate target.
    expect(act(asked, ask('2026-11-13', milestoneId(1)), 'leadOwner', '2026-10-30').extensions).toHaveLength(2);
  });

  it('the 督查室 or the instructing leader decides; approval moves the date, refusal does not', () => {
    const asked = act(handling(), ask('2026-11-13', milestoneId(1), supportUnit), 'supportOwner', '2026-10-29');
    const extensionId = asked.extensions[0]!.id;
    expect(refusal(asked, { kind: 'decideExtension', extensionId, approve: true, opinion: '' }, 'leadLeader', '2026-10-30')).toBe('只有督查室或批示领导可以审批延期');
    const approved = act(asked, { kind: 'decideExtension', extensionId, approve: true, opinion: '同意' }, 'instructingLeader', '2026-11-02');
    expect(approved.milestones[0]!.due).toBe('2026-11-13');
    expect(approved.deadline).toBe('2026-11-30');
    expect(approved.extensions[0]).toMatchObject({ status: 'approved', decidedBy: instructingLeader, decidedAt: at('2026-11-02'), opinion: '同意' });
    expect(noticesOf(approved)[0]).toMatchObject({ userIds: [personId(102)], title: '督〔2026〕1号 延期已批准' });
    const refused = act(asked, { kind: 'decideExtension', extensionId, approve: false, opinion: '理由不充分' }, 'supervisor', '2026-11-02');
    expect(refused.milestones[0]!.due).toBe('2026-10-30');
    expect(refused.log.at(-1)!.text).toBe('不同意延期至 2026年11月13日：理由不充分');
    expect(refusal(refused, { kind: 'decideExtension', extensionId, approve: true, opinion: '' }, 'supervisor', '2026-11-02')).toBe('该延期申请已审批');
  });
});

/** Every action a test can think of for this item, with varied details, valid or not. */
function candidates(item: SupervisionItem, percent: number): SupervisionAction[] {
  const later = (iso: string, days: number) => nextIsoDay(iso, days);
  const unitIds = [leadUnit, supportUnit, otherUnit];
  const all: SupervisionAction[] = [
    ...unitIds.flatMap((unitId): SupervisionAction[] => [
      { kind: 'accept', unitId, ownerId: ownerOf[unitId]! },
      { kind: 'return', unitId, reason: '不属于本单位职责' },
      { kind: 'report', unitId, text: '按计划推进', percent, fileIds: [], milestoneId: null },
      { kind: 'report', unitId, text: '节点进展', percent, fileIds: [], milestoneId: milestoneId(1) },
      { kind: 'completePart', unitId },
      { kind: 'requestExtension', unitId, newDeadline: later(item.deadline, 10), milestoneId: null, reason: '需协调' },
      { kind: 'requestExtension', unitId, newDeadline: later(item.deadline, -1), milestoneId: null, reason: '需协调' },
      ...item.milestones.map((m): SupervisionAction => ({ kind: 'requestExtension', unitId, newDeadline: later(m.due, 3), milestoneId: m.id, reason: '需协调' })),
    ]),
    { kind: 'reassign', units: item.units.map(({ unitId, role }) => ({ unitId, role })) },
    { kind: 'reassign', units: item.units.filter((u) => u.status !== 'returned').map(({ unitId, role }) => ({ unitId, role })) },
    { kind: 'reassign', units: [{ unitId: otherUnit, role: 'lead' }, { unitId: leadUnit, role: 'support' }] },
    { kind: 'reassign', units: [{ unitId: leadUnit, role: 'lead' }, { unitId: supportUnit, role: 'support' }, { unitId: otherUnit, role: 'support' }] },
    { kind: 'reassign', units: [{ unitId: leadUnit, role: 'lead' }, { unitId: otherUnit, role: 'lead' }] },
    ...item.reports.flatMap((r): SupervisionAction[] => [
      { kind: 'reviewReport', reportId: r.id, accept: true, opinion: '' },
      { kind: 'reviewReport', reportId: r.id, accept: false, opinion: '请补充' },
    ]),
    { kind: 'completeMilestone', milestoneId: milestoneId(1) },
    ...item.extensions.flatMap((e): SupervisionAction[] => [
      { kind: 'decideExtension', extensionId: e.id, approve: true, opinion: '' },
      { kind: 'decideExtension', extensionId: e.id, approve: false, opinion: '不同意' },
    ]),
    { kind: 'requestClosure', report: '已办结', fileIds: [] },
    { kind: 'reviewClosure', accept: true, opinion: '' },
    { kind: 'reviewClosure', accept: false, opinion: '退回重办' },
    { kind: 'evaluate', grade: '良好', comment: '' },
    { kind: 'archive' },
    { kind: 'urge', text: '请抓紧办理' },
  ];
  return all.filter((action) => action.kind !== 'reassign' || action.units.length > 0);
}

function checkInvariants(item: SupervisionItem): void {
  expect(item.units.filter((u) => u.role === 'lead')).toHaveLength(1);
  expect(new Set(item.units.map((u) => u.unitId)).size).toBe(item.units.length);
  const allSigned = item.units.every((u) => u.status === 'accepted');
  const allDone = item.milestones.every((m) => m.doneAt !== null) && item.units.every((u) => u.role === 'lead' || u.partDone);
  switch (item.status) {
    case 'assigned':
      expect(allSigned).toBe(false);
      // Only a 办结申请 sent back (退回重办) may be on record while the units are at work.
      expect(item.closure?.status ?? 'returned').toBe('returned');
      break;
    case 'handling':
      expect(allSigned).toBe(true);
      expect(item.closure?.status ?? 'returned').toBe('returned');
      break;
    case 'reviewing':
      expect(allSigned && allDone).toBe(true);
      expect(item.closure?.status).toBe('pending');
      break;
    case 'closed':
    case 'archived':
      expect(allSigned && allDone).toBe(true);
      expect(item.closure?.status).toBe('accepted');
      expect(item.closedAt).not.toBeNull();
      break;
  }
  expect(item.deadline >= item.originalDeadline).toBe(true);
  if (item.status !== 'closed' && item.status !== 'archived') expect(item.closedAt).toBeNull();
}

describe('random runs of the state machine', () => {
  const forwardKinds: SupervisionActionKind[] = ['accept', 'completeMilestone', 'completePart', 'requestClosure', 'reviewClosure', 'evaluate', 'archive'];
  const roles = Object.keys(actors) as Role[];
  const step = fc.record({ role: fc.constantFrom(...roles), pick: fc.nat(), mode: fc.constantFrom('anything' as const, 'accepted' as const, 'forward' as const), daysLater: fc.integer({ min: 0, max: 4 }), percent: fc.integer({ min: 0, max: 100 }) });

  it('keep status, units and closure consistent; refused actions change nothing; 已归档 is final; the buttons match', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 10, maxLength: 45 }), fc.boolean(), (steps, withMilestones) => {
        let item = deepFreeze(withMilestones ? withMilestone() : registered({ createdOn: '2026-09-01', deadline: '2026-10-30' }));
        let today = '2026-09-01';
        for (const { role, pick, mode, daysLater, percent } of steps) {
          today = nextIsoDay(today, daysLater);
          const ctx = context(today);
          const tried = roles.flatMap((r) => candidates(item, percent).map((action) => ({ role: r, action, result: applySupervisionAction(item, action, actors[r], ctx) })));

          // The buttons: a kind is offered exactly when some way of taking it is accepted.
          for (const r of roles) {
            const offered = availableSupervisionActions(item, actors[r], today).sort();
            const acceptedKinds = new Set(tried.filter((t) => t.role === r && t.result.ok).map((t) => t.action.kind));
            expect(offered, `${r} in ${item.status}`).toEqual([...acceptedKinds].sort());
          }
          const acceptedAtAll = tried.filter((t) => t.result.ok);
          if (item.status === 'archived') expect(acceptedAtAll).toEqual([]);

          // A step tries anything this person could think of, or something someone may do, or the
          // next step towards 归档, so that runs reach every stage.
          const forward = forwardKinds.map((kind) => acceptedAtAll.filter((t) => t.action.kind === kind && (t.action.kind !== 'reviewClosure' || t.action.accept))).find((ts) => ts.length > 0);
          const pool = mode === 'forward' && forward ? forward : mode !== 'anything' && acceptedAtAll.length > 0 ? acceptedAtAll : tried.filter((t) => t.role === role);
          const { action, result } = pool[pick % pool.length]!;
          const actor = actors[pool[pick % pool.length]!.role];
          if (!result.ok) {
            expect(result.reason.length).toBeGreaterThan(0);
            continue;
          }
          expect(result.item.log).toHaveLength(item.log.length + 1);
          expect(result.item.log.at(-1)).toMatchObject({ at: ctx.now, actorId: actor.personId, action: action.kind });
          expect(result.item.updatedAt).toBe(ctx.now);
          for (const notice of result.notify) {
            expect(notice.userIds).not.toContain(actor.personId);
            expect(notice.userIds.length + notice.unitIds.length).toBeGreaterThan(0);
          }
          checkInvariants(result.item);
          reached.add(result.item.status);
          item = deepFreeze(result.item);
        }
      }),
      { numRuns: 60 },
    );
    // The runs went everywhere, so the checks above were made at every stage.
    expect([...reached].sort()).toEqual(['archived', 'assigned', 'closed', 'handling', 'reviewing']);
  });
});
