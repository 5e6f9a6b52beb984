import type { SupervisionItem, UnitPart } from '../../../shared/supervision/records';
import { chinaDayOf } from '../../../shared/supervision/working-day-index';

/**
 * What the dashboard (dashboardStats, itemLight) reads of an item, as a compact JSON array stored
 * beside the record: parsing 100,000 whole records, logs and report texts included, takes
 * seconds, their digests a fraction of that. The statistics count in days in China, so instants
 * are kept as day numbers and come back as noon of that day; reports and milestones point into
 * the item's own lists by position, so ids are not repeated.
 */
type Day = number | null;
type Digest = [
  id: string,
  number: string,
  title: string,
  ownerUnitId: string,
  created: number,
  source: SupervisionItem['source'],
  instructingLeaderId: string | null,
  status: SupervisionItem['status'],
  deadline: string,
  cadence: SupervisionItem['cadence'],
  closed: Day,
  closure: Day,
  units: [unitId: string, role: UnitPart['role'], status: UnitPart['status'], assigned: number, accepted: Day, lastReport: Day, partDone: 0 | 1][],
  milestones: [id: string, due: string, done: Day][],
  reports: [unit: number, at: number, milestone: number][],
];

const DAY_MS = 86_400_000;
/** 12:00 in China is 04:00 UTC. */
const NOON_IN_CHINA_MS = 4 * 3_600_000;

const dayOf = (at: number | null): Day => (at === null ? null : chinaDayOf(at));
const noonOf = (day: Day): number | null => (day === null ? null : day * DAY_MS + NOON_IN_CHINA_MS);

export function encodeDigest(item: SupervisionItem): string {
  const unitIndex = new Map(item.units.map((u, i) => [u.unitId, i]));
  const milestoneIndex = new Map(item.milestones.map((m, i) => [m.id, i]));
  const digest: Digest = [
    item.id, item.number, item.title, item.ownerUnitId, chinaDayOf(item.createdAt), item.source, item.instructingLeaderId, item.status, item.deadline,
    item.cadence, dayOf(item.closedAt), dayOf(item.closure?.at ?? null),
    item.units.map((u) => [u.unitId, u.role, u.status, chinaDayOf(u.assignedAt), dayOf(u.acceptedAt), dayOf(u.lastReportAt), u.partDone ? 1 : 0]),
    item.milestones.map((m) => [m.id, m.due, dayOf(m.doneAt)]),
    item.reports.map((r) => [unitIndex.get(r.unitId) ?? -1, chinaDayOf(r.at), r.milestoneId === null ? -1 : (milestoneIndex.get(r.milestoneId) ?? -1)]),
  ];
  return JSON.stringify(digest);
}

const none: never[] = [];

/**
 * The item as the dashboard sees it: what the digest holds, and blanks for the rest (texts,
 * logs, people), which no statistic reads.
 */
export function decodeDigest(text: string): SupervisionItem {
  const [id, number, title, ownerUnitId, created, source, instructingLeaderId, status, deadline, cadence, closed, closure, units, milestones, reports] =
    JSON.parse(text) as Digest;
  const parts: UnitPart[] = units.map(([unitId, role, partStatus, assigned, accepted, lastReport, partDone]) => ({
    unitId, role, status: partStatus, assignedAt: noonOf(assigned)!, ownerId: null, acceptedAt: noonOf(accepted), returnReason: '', percent: 0,
    lastReportAt: noonOf(lastReport), partDone: partDone === 1,
  }));
  const nodes = milestones.map(([milestoneId, due, done]) => ({ id: milestoneId, title: '', due, doneAt: noonOf(done) }));
  const createdAt = noonOf(created)!;
  return {
    id, number, year: 0, serial: 1, ownerUnitId, createdBy: '', createdAt, updatedAt: createdAt, source, sourceDocumentId: null, instructingLeaderId,
    title, originalText: '', requirements: '', priority: '一般', cadence, deadline, originalDeadline: deadline, milestones: nodes, units: parts, status,
    reports: reports.map(([unit, at, milestone], i) => ({
      id: String(i), unitId: parts[unit]?.unitId ?? '', byId: '', at: noonOf(at)!, text: '', percent: 0, fileIds: none,
      milestoneId: nodes[milestone]?.id ?? null, status: 'submitted', reviewOpinion: '', reviewedBy: null,
    })),
    extensions: none,
    closure: closure === null ? null : { byId: '', at: noonOf(closure)!, report: '', fileIds: none, status: 'pending', opinion: '' },
    closedAt: noonOf(closed), evaluation: null, log: none,
  };
}
