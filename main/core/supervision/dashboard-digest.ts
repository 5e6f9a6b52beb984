import type { SupervisionItem, UnitPart } from '../../../shared/supervision/records';

/**
 * What the dashboard (dashboardStats, itemLight) reads of an item, as a compact JSON array stored
 * beside the record: parsing 100,000 whole records, logs and report texts included, takes
 * seconds, their digests a fraction of that. Reports and milestones point into the item's own
 * lists by position, so ids are not repeated.
 */
type Digest = [
  id: string,
  number: string,
  title: string,
  ownerUnitId: string,
  createdAt: number,
  source: SupervisionItem['source'],
  instructingLeaderId: string | null,
  status: SupervisionItem['status'],
  deadline: string,
  cadence: SupervisionItem['cadence'],
  closedAt: number | null,
  closureAt: number | null,
  units: [unitId: string, role: UnitPart['role'], status: UnitPart['status'], assignedAt: number, acceptedAt: number | null, lastReportAt: number | null, partDone: 0 | 1][],
  milestones: [id: string, due: string, doneAt: number | null][],
  reports: [unit: number, at: number, milestone: number][],
];

export function encodeDigest(item: SupervisionItem): string {
  const unitIndex = new Map(item.units.map((u, i) => [u.unitId, i]));
  const milestoneIndex = new Map(item.milestones.map((m, i) => [m.id, i]));
  const digest: Digest = [
    item.id, item.number, item.title, item.ownerUnitId, item.createdAt, item.source, item.instructingLeaderId, item.status, item.deadline, item.cadence,
    item.closedAt, item.closure?.at ?? null,
    item.units.map((u) => [u.unitId, u.role, u.status, u.assignedAt, u.acceptedAt, u.lastReportAt, u.partDone ? 1 : 0]),
    item.milestones.map((m) => [m.id, m.due, m.doneAt]),
    item.reports.map((r) => [unitIndex.get(r.unitId) ?? -1, r.at, r.milestoneId === null ? -1 : (milestoneIndex.get(r.milestoneId) ?? -1)]),
  ];
  return JSON.stringify(digest);
}

const none: never[] = [];

/**
 * The item as the dashboard sees it: what the digest holds, and blanks for the rest (texts,
 * logs, people), which no statistic reads.
 */
export function decodeDigest(text: string): SupervisionItem {
  const [id, number, title, ownerUnitId, createdAt, source, instructingLeaderId, status, deadline, cadence, closedAt, closureAt, units, milestones, reports] =
    JSON.parse(text) as Digest;
  const parts: UnitPart[] = units.map(([unitId, role, partStatus, assignedAt, acceptedAt, lastReportAt, partDone]) => ({
    unitId, role, status: partStatus, assignedAt, ownerId: null, acceptedAt, returnReason: '', percent: 0, lastReportAt, partDone: partDone === 1,
  }));
  const nodes = milestones.map(([milestoneId, due, doneAt]) => ({ id: milestoneId, title: '', due, doneAt }));
  return {
    id, number, year: 0, serial: 1, ownerUnitId, createdBy: '', createdAt, updatedAt: createdAt, source, sourceDocumentId: null, instructingLeaderId,
    title, originalText: '', requirements: '', priority: '一般', cadence, deadline, originalDeadline: deadline, milestones: nodes, units: parts, status,
    reports: reports.map(([unit, at, milestone], i) => ({
      id: String(i), unitId: parts[unit]?.unitId ?? '', byId: '', at, text: '', percent: 0, fileIds: none, milestoneId: nodes[milestone]?.id ?? null,
      status: 'submitted', reviewOpinion: '', reviewedBy: null,
    })),
    extensions: none,
    closure: closureAt === null ? null : { byId: '', at: closureAt, report: '', fileIds: none, status: 'pending', opinion: '' },
    closedAt, evaluation: null, log: none,
  };
}
