import type { z } from 'zod';
import type { IncidentListItem, IncidentListQuery, RosterListItem, RosterListQuery } from '../../../shared/duty/api-types';
import { writtenReportAt } from '../../../shared/duty/incident-deadlines';
import type { Incident } from '../../../shared/duty/records';
import { AppError } from '../../../shared/errors';
import type { LocalDb } from '../store/open-local-db';
import { dutyPendingChanges, withPending } from './duty-pending';
import { dutyRecord, dutyRecords } from './duty-rows';
import { unitName, type DutyScope } from './duty-scope';

/** The rosters this machine holds, newest period first. */
export function rosterList(db: LocalDb, scope: DutyScope, query: z.output<typeof RosterListQuery>): RosterListItem[] {
  const clauses = [query.unitId ? 'unit_id = @unitId' : '1', query.callId ? 'call_id = @callId' : '1'];
  const rosters = dutyRecords(db, 'dutyRoster', clauses.join(' AND '), { unitId: query.unitId, callId: query.callId }, 'from_date DESC, updated_at DESC');
  return withPending(db, rosters).map((roster) => ({
    id: roster.id, unitId: roster.unitId, unitName: unitName(scope, roster.unitId), kind: roster.kind, title: roster.title, from: roster.from, to: roster.to,
    status: roster.status, callId: roster.callId, submission: roster.submission, version: roster.version, updatedAt: roster.updatedAt, pending: roster.pending,
  }));
}

export function rosterWithPending(db: LocalDb, id: string) {
  const roster = dutyRecord(db, 'dutyRoster', id);
  if (!roster) throw new AppError('not_found', '值班表不存在，或您无权查看');
  return withPending(db, [roster])[0]!;
}

/** Swaps I am part of, or of a unit whose swaps I approve. */
export function swapList(db: LocalDb, scope: DutyScope, meId: string, unitId?: string) {
  const managed = JSON.stringify([...scope.managedIds]);
  const swaps = dutyRecords(
    db,
    'dutySwap',
    `(requester_id = @me OR counterpart_id = @me OR unit_id IN (SELECT value FROM json_each(@managed))) AND (@unitId IS NULL OR unit_id = @unitId)`,
    { me: meId, managed, unitId: unitId ?? null },
    'updated_at DESC',
  );
  return withPending(db, swaps);
}

export function logEntryList(db: LocalDb, query: { unitId: string; from: number; to: number; openOnly: boolean }) {
  const entries = dutyRecords(db, 'dutyLogEntry', 'unit_id = @unitId AND at >= @from AND at < @to AND (@openOnly = 0 OR open = 1)', { ...query, openOnly: query.openOnly ? 1 : 0 }, 'at DESC');
  return withPending(db, entries);
}

export function handoverList(db: LocalDb, unitId: string) {
  return withPending(db, dutyRecords(db, 'dutyHandover', 'unit_id = @unitId', { unitId }, 'created_at DESC'));
}

export function dailyReportList(db: LocalDb, query: { unitId?: string; callId?: string }) {
  return dutyRecords(db, 'dailyReport', '(@unitId IS NULL OR unit_id = @unitId) AND (@callId IS NULL OR call_id = @callId)', { unitId: query.unitId ?? null, callId: query.callId ?? null }, 'date DESC, submitted_at DESC');
}

/** My units' incidents (mine), the ones reported to offices I sit in (received), or both. */
export function incidentList(db: LocalDb, scope: DutyScope, query: z.output<typeof IncidentListQuery>): IncidentListItem[] {
  const mine = JSON.stringify([...new Set([...scope.memberIds, ...scope.managedIds])]);
  const offices = JSON.stringify([...scope.officeIds]);
  const inScope = {
    mine: 'unit_id IN (SELECT value FROM json_each(@mine))',
    received: 'to_unit_id IN (SELECT value FROM json_each(@offices))',
    all: '(unit_id IN (SELECT value FROM json_each(@mine)) OR to_unit_id IN (SELECT value FROM json_each(@offices)))',
  }[query.scope];
  const incidents = dutyRecords(db, 'incident', `${inScope} AND (@status IS NULL OR status = @status)`, { mine, offices, status: query.status ?? null }, 'updated_at DESC');
  const pending = dutyPendingChanges(db, incidents.map((incident) => incident.id));
  return incidents.map((incident) => incidentListItem(scope, incident, pending.get(incident.id) ?? null));
}

function incidentListItem(scope: DutyScope, incident: Incident, pending: IncidentListItem['pending']): IncidentListItem {
  const last = incident.reports.at(-1);
  return {
    id: incident.id, unitId: incident.unitId, unitName: unitName(scope, incident.unitId), toUnitId: incident.toUnitId, title: incident.facts.title,
    category: incident.facts.category, level: incident.facts.level, receivedAt: incident.receivedAt, phoneDueAt: incident.phoneDueAt,
    writtenDueAt: incident.writtenDueAt, phoneReportedAt: incident.phoneReportedAt, writtenReportedAt: writtenReportAt(incident),
    lastReport: last ? { kind: last.kind, number: last.number, at: last.at } : null,
    unreceived: incident.reports.filter((report) => report.receivedAt === null).length,
    status: incident.status, updatedAt: incident.updatedAt, pending,
  };
}

export function incidentWithPending(db: LocalDb, id: string) {
  const incident = dutyRecord(db, 'incident', id);
  if (!incident) throw new AppError('not_found', '突发事件不存在，或您无权查看');
  return withPending(db, [incident])[0]!;
}
