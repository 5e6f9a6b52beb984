import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Org } from '../../shared/directory/schemas';
import { CreateSupervisionInput, SupervisionAction, supervisionActionLabels, type SupervisionActionKind } from '../../shared/supervision/actions';
import type { UnitStats } from '../../shared/supervision/api-types';
import { applySupervisionAction, availableSupervisionActions, newSupervisionItem, type SupervisionActor } from '../../shared/supervision/lifecycle';
import type { SupervisionItem } from '../../shared/supervision/records';
import { dashboardStats } from '../../shared/supervision/stats';
import { toCreateInput } from './createInput';
import { dataPoints, lightOption, percentText, rankedUnits, unitRateOption } from './dashboard/chartOptions';
import { toSupervisionAction, wholeDeadline, type ActionValues } from './item/actionInput';
import { myActorFor } from './item/actor';
import { countdown } from './item/countdown';
import { actionTargets } from './item/targets';
import { unitOrgs } from '../common/useUnitMembers';
import { lightColors } from './lightColors';
import { emptySupervisionFilters, toLedgerQuery, toSupervisionListQuery } from './listQuery';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [office, lead, support] = [id(1), id(2), id(3)];
const [supervisor, leadClerk, leadOwner, supportOwner] = [id(10), id(11), id(12), id(13)];
const at = (iso: string) => Date.parse(`${iso}T09:00:00+08:00`);

function anItem(): SupervisionItem {
  const input = CreateSupervisionInput.parse({
    id: id(100),
    ownerUnitId: office,
    source: '领导批示',
    title: '推进老旧小区改造',
    deadline: '2026-07-31',
    milestones: [{ id: id(200), title: '完成方案', due: '2026-06-30' }],
    units: [
      { unitId: lead, role: 'lead' },
      { unitId: support, role: 'support' },
    ],
  });
  return newSupervisionItem(input, { year: 2026, serial: 3 }, supervisor, at('2026-06-01'));
}

const actorOf = (personId: string, unitIds: string[], isSupervisor = false): SupervisionActor => ({ personId, isSupervisor, unitIds, leaderUnitIds: [] });
let counter = 500;
function step(item: SupervisionItem, action: SupervisionAction, actor: SupervisionActor, today = '2026-06-02'): SupervisionItem {
  const result = applySupervisionAction(item, action, actor, { now: at(today), todayIso: today, returnWindowWorkingDays: 5, newId: () => id(counter++) });
  if (!result.ok) throw new Error(result.reason);
  return result.item;
}

describe('the 台账 query', () => {
  it('sends what the filter bar holds, with 期限 as whole ISO days and the page as an offset', () => {
    const filters = { ...emptySupervisionFilters, light: 'red' as const, unitId: lead, leaderId: supervisor, range: [dayjs('2026-06-01'), dayjs('2026-06-30')] as [dayjs.Dayjs, dayjs.Dayjs], q: '  改造 ', mine: true, sort: 'deadline' as const };
    expect(toSupervisionListQuery(filters, 3, 20)).toEqual({
      status: undefined,
      light: 'red',
      source: undefined,
      priority: undefined,
      unitId: lead,
      instructingLeaderId: supervisor,
      from: '2026-06-01',
      to: '2026-06-30',
      q: '改造',
      mine: true,
      sort: 'deadline',
      limit: 20,
      offset: 40,
    });
  });

  it('exports what the list selects, without paging, and leaves a blank search out', () => {
    const query = toLedgerQuery({ ...emptySupervisionFilters, q: '   ' });
    expect(query.q).toBeUndefined();
    expect(query).not.toHaveProperty('limit');
    expect(query).not.toHaveProperty('offset');
  });
});

describe('立项 values as the create command', () => {
  it('is accepted by the contract: milestones in date order with ids, empty rows dropped, the lead not also a supporter', () => {
    const input = toCreateInput({
      ownerUnitId: office,
      source: '重要文件',
      sourceDocumentId: id(300),
      title: '  落实文件精神 ',
      priority: '紧急',
      cadence: 'milestone',
      deadline: dayjs('2026-09-30'),
      milestones: [{ title: '验收', due: dayjs('2026-09-15') }, { title: '  ' }, { title: '启动', due: dayjs('2026-07-01') }],
      leadUnitId: lead,
      supportUnitIds: [support, lead, support],
    });
    const parsed = CreateSupervisionInput.parse({ ...input, id: id(101) });
    expect(parsed.title).toBe('落实文件精神');
    expect(parsed.milestones.map((m) => [m.title, m.due])).toEqual([
      ['启动', '2026-07-01'],
      ['验收', '2026-09-15'],
    ]);
    expect(new Set(parsed.milestones.map((m) => m.id)).size).toBe(2);
    expect(parsed.units).toEqual([
      { unitId: lead, role: 'lead' },
      { unitId: support, role: 'support' },
    ]);
    expect(parsed.instructingLeaderId).toBeNull();
  });
});

describe('action dialog values as actions', () => {
  const values: ActionValues = {
    unitId: lead,
    ownerId: leadOwner,
    reason: ' 不属于本单位职责 ',
    text: ' 已完成方案 ',
    percent: 42.4,
    milestoneId: id(200),
    reportId: id(400),
    accept: false,
    opinion: ' 请补充数据 ',
    extensionId: id(401),
    extensionTarget: id(200),
    newDeadline: dayjs('2026-07-10'),
    grade: '优秀',
    leadUnitId: support,
    supportUnitIds: [lead, support],
  };
  const kinds = Object.keys(supervisionActionLabels) as SupervisionActionKind[];

  it.each(kinds)('%s passes the contract', (kind) => {
    const action = toSupervisionAction(kind, values);
    expect(action.kind).toBe(kind);
    expect(SupervisionAction.parse(action)).toEqual(action);
  });

  it('trims texts, rounds the percent, and names the milestone or the whole deadline for 延期', () => {
    expect(toSupervisionAction('report', values)).toMatchObject({ text: '已完成方案', percent: 42, milestoneId: id(200) });
    expect(toSupervisionAction('requestExtension', values)).toMatchObject({ newDeadline: '2026-07-10', milestoneId: id(200), reason: '不属于本单位职责' });
    expect(toSupervisionAction('requestExtension', { ...values, extensionTarget: wholeDeadline })).toMatchObject({ milestoneId: null });
    expect(toSupervisionAction('reassign', values)).toEqual({ kind: 'reassign', units: [{ unitId: support, role: 'lead' }, { unitId: lead, role: 'support' }] });
    expect(toSupervisionAction('decideExtension', values)).toEqual({ kind: 'decideExtension', extensionId: id(401), approve: false, opinion: '请补充数据' });
  });
});

describe('me on an item', () => {
  const org = (n: number, name: string, parent: number | null): Org => ({ id: id(n), parentId: parent === null ? null : id(parent), name, kind: 'unit', sort: 0, updatedAt: 0 });
  const government = org(50, '滨州市人民政府', null);
  const govOffice = org(1, '市政府办公室', 50);
  const bureau = org(2, '市应急局', 50);
  const orgs = new Map([government, govOffice, bureau].map((o) => [o.id, o]));
  const item = anItem();

  it('is a 督查员 of the supervising unit I hold a post in, or of the government my office serves', () => {
    expect(myActorFor({ id: supervisor, roles: ['supervisor'] }, [govOffice], orgs, item).isSupervisor).toBe(true);
    expect(myActorFor({ id: supervisor, roles: ['supervisor'] }, [govOffice], orgs, { ownerUnitId: government.id }).isSupervisor).toBe(true);
    expect(myActorFor({ id: supervisor, roles: ['supervisor'] }, [bureau], orgs, item).isSupervisor).toBe(false);
    expect(myActorFor({ id: supervisor, roles: ['supervisor'] }, [bureau], orgs, { ownerUnitId: government.id }).isSupervisor).toBe(false);
    expect(myActorFor({ id: leadClerk, roles: ['clerk'] }, [govOffice], orgs, item).isSupervisor).toBe(false);
  });

  it('leads my units only with the leader role', () => {
    expect(myActorFor({ id: leadClerk, roles: ['leader'] }, [bureau], orgs, item).leaderUnitIds).toEqual([bureau.id]);
    expect(myActorFor({ id: leadClerk, roles: ['clerk'] }, [bureau], orgs, item)).toMatchObject({ unitIds: [bureau.id], leaderUnitIds: [] });
  });
});

describe('what the dialogs offer', () => {
  const boss = actorOf(supervisor, [office], true);
  const leadUnit = actorOf(leadOwner, [lead]);
  const supportUnit = actorOf(supportOwner, [support]);

  it('offers a unit its own part to sign or return, and nothing of another unit', () => {
    const item = anItem();
    const targets = actionTargets(item, actorOf(leadClerk, [lead]), '2026-06-02');
    expect(targets.accept).toEqual([lead]);
    expect(targets.return).toEqual([lead]);
    expect(targets.report).toEqual([]);
  });

  it('after 签收: the 责任人 reports, asks 延期 of the deadline or the milestone; the 督查员 reviews the lead report, the lead the supporter’s', () => {
    let item = anItem();
    item = step(item, { kind: 'accept', unitId: lead, ownerId: leadOwner }, actorOf(leadClerk, [lead]));
    item = step(item, { kind: 'accept', unitId: support, ownerId: supportOwner }, supportUnit);
    expect(actionTargets(item, leadUnit, '2026-06-02').report).toEqual([lead]);
    expect(actionTargets(item, leadUnit, '2026-06-02').requestExtension.get(lead)).toEqual([wholeDeadline, id(200)]);
    // Past the milestone's date only the deadline can still move.
    expect(actionTargets(item, leadUnit, '2026-07-01').requestExtension.get(lead)).toEqual([wholeDeadline]);

    item = step(item, { kind: 'report', unitId: lead, text: '进展', percent: 30, fileIds: [], milestoneId: null }, leadUnit);
    item = step(item, { kind: 'report', unitId: support, text: '配合进展', percent: 50, fileIds: [], milestoneId: null }, supportUnit);
    const [leadReport, supportReport] = item.reports;
    expect(actionTargets(item, boss, '2026-06-02').reviewReport).toEqual([leadReport!.id]);
    expect(actionTargets(item, leadUnit, '2026-06-02').reviewReport).toEqual([supportReport!.id]);
    expect(actionTargets(item, leadUnit, '2026-06-02').completeMilestone).toEqual([id(200)]);
    expect(actionTargets(item, supportUnit, '2026-06-02').completePart).toEqual([support]);
  });

  it('never shows a button whose dialog would have nothing to pick', () => {
    let item = anItem();
    item = step(item, { kind: 'accept', unitId: lead, ownerId: leadOwner }, actorOf(leadClerk, [lead]));
    item = step(item, { kind: 'accept', unitId: support, ownerId: supportOwner }, supportUnit);
    item = step(item, { kind: 'report', unitId: support, text: '配合进展', percent: 50, fileIds: [], milestoneId: null }, supportUnit);
    item = step(item, { kind: 'requestExtension', unitId: lead, newDeadline: '2026-08-31', milestoneId: null, reason: '工程量大' }, leadUnit);
    for (const actor of [boss, leadUnit, supportUnit]) {
      const targets = actionTargets(item, actor, '2026-06-02');
      const picks: Partial<Record<SupervisionActionKind, number>> = {
        accept: targets.accept.length,
        return: targets.return.length,
        report: targets.report.length,
        completePart: targets.completePart.length,
        requestExtension: targets.requestExtension.size,
        reviewReport: targets.reviewReport.length,
        completeMilestone: targets.completeMilestone.length,
        decideExtension: targets.decideExtension.length,
      };
      for (const kind of availableSupervisionActions(item, actor, '2026-06-02')) {
        if (kind in picks) expect(picks[kind], `${actor.personId} ${kind}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('the countdown in working days', () => {
  const open = { status: 'handling' as const, closedAt: null };
  it('counts working days left after today up to the deadline, and past it', () => {
    expect(countdown({ ...open, deadline: '2026-06-08' }, '2026-06-03')).toEqual({ text: '剩余3个工作日', tone: 'due' });
    expect(countdown({ ...open, deadline: '2026-06-30' }, '2026-06-03').tone).toBe('open');
    expect(countdown({ ...open, deadline: '2026-06-03' }, '2026-06-03')).toEqual({ text: '今日到期', tone: 'due' });
    expect(countdown({ ...open, deadline: '2026-06-05' }, '2026-06-09')).toEqual({ text: '超期2个工作日', tone: 'overdue' });
  });

  it('says so when the deadline falls on a day off after today, and when it passed over a weekend only', () => {
    expect(countdown({ ...open, deadline: '2026-06-07' }, '2026-06-05').text).toBe('今日为最后一个工作日');
    expect(countdown({ ...open, deadline: '2026-06-05' }, '2026-06-06')).toEqual({ text: '已过期限', tone: 'overdue' });
  });

  it('tells a closed item closed on time (a China date no later than the deadline) from a late one, whatever today is', () => {
    const lateEvening = Date.parse('2026-06-05T23:30:00+08:00');
    expect(countdown({ status: 'closed', deadline: '2026-06-05', closedAt: lateEvening }, '2026-07-09')).toEqual({ text: '按期办结', tone: 'done' });
    expect(countdown({ status: 'archived', deadline: '2026-06-05', closedAt: lateEvening + 3_600_000 }, '2026-07-09')).toEqual({ text: '逾期办结', tone: 'done' });
  });
});

describe('dashboard charts', () => {
  const unit = (n: number, onTimeRate: number | null): UnitStats => ({ unitId: id(n), total: 1, due: 1, closedOnTime: 0, onTimeRate, reportsDue: 0, reportsOnTime: 0, feedbackRate: null, overdue: 0 });

  it('ranks the units with a rate, best first, at most 15, as percentages', () => {
    const units = [unit(1, 0.5), unit(2, null), unit(3, 0.875), ...Array.from({ length: 20 }, (_, i) => unit(10 + i, 0.1))];
    const option = unitRateOption(units, 'onTimeRate', (unitId) => `单位${Number(unitId.slice(-4))}`);
    const yAxis = option.yAxis as { data: string[] };
    expect(yAxis.data).toHaveLength(rankedUnits);
    expect(yAxis.data.slice(0, 2)).toEqual(['单位3', '单位1']);
    expect(yAxis.data).not.toContain('单位2');
    const series = option.series as { data: { value: number }[] }[];
    expect(series[0]!.data.slice(0, 2).map((d) => d.value)).toEqual([87.5, 50]);
  });

  it('draws the lights in their colours from real statistics, and counts what is drawn', () => {
    let item = anItem();
    item = step(item, { kind: 'accept', unitId: lead, ownerId: leadOwner }, actorOf(leadClerk, [lead]));
    const stats = dashboardStats([item, { ...anItem(), id: id(102), deadline: '2026-06-05' }], '2026-06-10', {});
    const option = lightOption(stats.byLight);
    const slices = (option.series as { data: { name: string; value: number; itemStyle: { color: string } }[] }[])[0]!.data;
    expect(slices.find((s) => s.name === '红灯')).toEqual({ name: '红灯', value: 1, itemStyle: { color: lightColors.red } });
    expect(dataPoints(option)).toBe(2);
    expect(dataPoints(lightOption({ green: 0, yellow: 0, red: 0, grey: 0 }))).toBe(0);
  });

  it('writes rates to a tenth of a percent and no rate as a dash', () => {
    expect(percentText(0.8726)).toBe('87.3%');
    expect(percentText(1)).toBe('100%');
    expect(percentText(null)).toBe('—');
  });
});

describe('a unit’s people', () => {
  const org = (n: number, kind: Org['kind'], parent: number | null): Org => ({ id: id(n), parentId: parent === null ? null : id(parent), name: `机构${n}`, kind, sort: 0, updatedAt: 0 });
  it('come from the unit’s departments at any depth, not from a unit below it', () => {
    const orgs = [org(1, 'unit', null), org(2, 'dept', 1), org(3, 'dept', 2), org(4, 'unit', 1), org(5, 'dept', 4)];
    expect(unitOrgs(orgs, id(1)).map((o) => o.id).sort()).toEqual([id(2), id(3)]);
  });
});
