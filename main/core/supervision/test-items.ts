/** Deterministic 督办事项 for the tests of this folder and the client benchmark. */
import { supervisionPriorities, supervisionSources, type SupervisionStatus } from '../../../shared/supervision/kinds';
import type { Milestone, ProgressReport, SupervisionItem, UnitPart } from '../../../shared/supervision/records';
import { chinaDayOf, dayOfIso, isoOfDay, nthWorkingDayAfter } from '../../../shared/supervision/working-day-index';

/** A stable, valid UUID per number and kind of thing, readable in failure output. */
export function testId(kind: 'person' | 'unit' | 'item' | 'part', n: number): string {
  const prefix = { person: '00000011', unit: '00000012', item: '00000013', part: '00000014' }[kind];
  return `${prefix}-0000-4000-8000-${n.toString().padStart(12, '0')}`;
}

/** 2026-11-20 in China, a Friday: "today" for the corpus. */
export const TODAY = '2026-11-20';
const DAY_MS = 86_400_000;
/** 09:00 in China on an ISO day, as epoch milliseconds. */
export const atNine = (iso: string) => Date.parse(`${iso}T09:00:00+08:00`);

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const topics = [
  '关于推进老旧小区改造的批示', '防汛物资储备情况', '营商环境优化提升行动', '12345 热线群众反映噪音扰民问题', '市政府常务会议议定事项落实',
  '重点项目建设进度', '安全生产大排查大整治', '数字政府建设三年行动', '人大代表关于校园周边交通的建议', '政协委员关于养老服务的提案',
  '农村人居环境整治', '秸秆禁烧工作', '城区供暖保障', '食品安全专项整治', '一网通办事项梳理',
];
const reportTexts = ['已召开专题会议研究部署', '完成现场踏勘，形成整改方案', '整改工作正在推进中，完成主体工程', '已完成阶段性任务，正在组织验收', '配合单位已提供相关材料'];

export interface Corpus {
  items: SupervisionItem[];
  unitIds: string[];
  leaderIds: string[];
  ownerUnitId: string;
  supervisorId: string;
}

/**
 * Items created over the year before TODAY, each led by one of `units` units with up to three
 * supporters, in every status, with the reports, milestones, extensions, closures and log a real
 * item gathers on its way.
 */
export function corpus(count: number, units = 200, seed = 7): Corpus {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const unitIds = Array.from({ length: units }, (_, i) => testId('unit', i + 1));
  const leaderIds = Array.from({ length: 8 }, (_, i) => testId('person', 900 + i));
  const ownerUnitId = testId('unit', 0);
  const supervisorId = testId('person', 1);
  const today = dayOfIso(TODAY);
  const statuses: [SupervisionStatus, number][] = [['assigned', 0.08], ['handling', 0.5], ['reviewing', 0.05], ['closed', 0.22], ['archived', 0.15]];
  const items: SupervisionItem[] = [];
  for (let n = 0; n < count; n++) {
    const createdDay = today - 1 - Math.floor(rand() * 365);
    const createdAt = atNine(isoOfDay(createdDay)) + Math.floor(rand() * 8 * 3_600_000);
    let deadlineDay = nthWorkingDayAfter(createdDay, 5 + Math.floor(rand() * 80));
    let roll = rand();
    let status: SupervisionStatus = 'handling';
    for (const [candidate, share] of statuses) {
      if ((roll -= share) < 0) {
        status = candidate;
        break;
      }
    }
    const started = status !== 'assigned';
    const leadUnit = pick(unitIds);
    const supporters = [...new Set(Array.from({ length: Math.floor(rand() * 4) }, () => pick(unitIds)))].filter((u) => u !== leadUnit);
    const id = testId('item', n + 1);
    const parts: UnitPart[] = [leadUnit, ...supporters].map((unitId, i) => {
      const accepted = started || (i > 0 && rand() < 0.5);
      const acceptedAt = accepted ? createdAt + (1 + Math.floor(rand() * 3)) * DAY_MS : null;
      return {
        unitId, role: i === 0 ? 'lead' : 'support', status: accepted ? 'accepted' : 'pending', assignedAt: createdAt,
        ownerId: accepted ? testId('person', 1000 + n * 4 + i) : null, acceptedAt, returnReason: '', percent: 0, lastReportAt: null,
        partDone: accepted && i > 0 && status !== 'handling' ? true : accepted && i > 0 && rand() < 0.3,
      };
    });
    const milestones: Milestone[] = Array.from({ length: Math.floor(rand() * 3) }, (_, i) => {
      const due = createdDay + Math.floor(((deadlineDay - createdDay) * (i + 1)) / 4);
      return { id: testId('part', n * 10 + i), title: `第${i + 1}阶段`, due: isoOfDay(due), doneAt: due < today || status !== 'handling' ? atNine(isoOfDay(due)) : null };
    });
    const closedDay = Math.min(today - 1, deadlineDay + Math.floor(rand() * 10) - 6);
    const endDay = status === 'closed' || status === 'archived' || status === 'reviewing' ? Math.max(createdDay + 3, closedDay) : today;
    const reports: ProgressReport[] = [];
    const log: SupervisionItem['log'] = [{ at: createdAt, actorId: supervisorId, action: 'create', text: '立项并交办' }];
    for (const part of parts) {
      if (part.acceptedAt === null) continue;
      log.push({ at: part.acceptedAt, actorId: part.ownerId, action: 'accept', text: '签收，明确责任人' });
      for (let day = chinaDayOf(part.acceptedAt) + 5 + Math.floor(rand() * 6); day < endDay && reports.length < 12; day += 5 + Math.floor(rand() * 8)) {
        part.percent = Math.min(100, part.percent + 5 + Math.floor(rand() * 20));
        part.lastReportAt = atNine(isoOfDay(day));
        reports.push({
          id: testId('part', 5_000_000 + n * 20 + reports.length), unitId: part.unitId, byId: part.ownerId!, at: part.lastReportAt, text: pick(reportTexts),
          percent: part.percent, fileIds: [], milestoneId: milestones.find((m) => dayOfIso(m.due) >= day)?.id ?? null,
          status: rand() < 0.7 ? 'accepted' : 'submitted', reviewOpinion: '', reviewedBy: null,
        });
        log.push({ at: part.lastReportAt, actorId: part.ownerId, action: 'report', text: `反馈进展，完成 ${part.percent}%` });
      }
    }
    const extensions: SupervisionItem['extensions'] = [];
    const originalDeadline = isoOfDay(deadlineDay);
    if (started && rand() < 0.1) {
      deadlineDay = nthWorkingDayAfter(deadlineDay, 10);
      extensions.push({
        id: testId('part', 9_000_000 + n), unitId: leadUnit, byId: parts[0]!.ownerId!, at: createdAt + 2 * DAY_MS, newDeadline: isoOfDay(deadlineDay),
        milestoneId: null, reason: '涉及多个部门协调，需延长办理期限', status: 'approved', decidedBy: supervisorId, decidedAt: createdAt + 3 * DAY_MS, opinion: '',
      });
    }
    const closing = status === 'reviewing' || status === 'closed' || status === 'archived';
    const closureAt = atNine(isoOfDay(endDay));
    items.push({
      id, number: `督〔${isoOfDay(createdDay).slice(0, 4)}〕${n + 1}号`, year: Number(isoOfDay(createdDay).slice(0, 4)), serial: n + 1, ownerUnitId,
      createdBy: supervisorId, createdAt, updatedAt: Math.max(createdAt, ...log.map((l) => l.at)), source: pick(supervisionSources), sourceDocumentId: null,
      instructingLeaderId: rand() < 0.6 ? pick(leaderIds) : null, title: `${pick(topics)}（${n + 1}）`,
      originalText: `请${pick(topics)}，抓紧研究落实，限期办结并报告结果。`, requirements: '按周反馈进展，办结后报送书面报告。',
      priority: pick(supervisionPriorities), cadence: milestones.length > 0 && rand() < 0.3 ? 'milestone' : rand() < 0.8 ? 'weekly' : 'monthly',
      deadline: isoOfDay(deadlineDay), originalDeadline, milestones, units: parts, status, reports, extensions,
      closure: closing ? { byId: parts[0]!.ownerId!, at: closureAt, report: '已按要求办结', fileIds: [], status: status === 'reviewing' ? 'pending' : 'accepted', opinion: '' } : null,
      closedAt: status === 'closed' || status === 'archived' ? closureAt + DAY_MS : null, evaluation: null, log,
    });
  }
  return { items, unitIds, leaderIds, ownerUnitId, supervisorId };
}
