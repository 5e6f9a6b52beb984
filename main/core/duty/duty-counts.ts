import type { DutyCounts } from '../../../shared/duty/api-types';
import type { DutySwap } from '../../../shared/duty/records';
import { incidentDeadlines } from '../../../shared/duty/incident-deadlines';
import type { LocalDb } from '../store/open-local-db';
import { prepared } from '../store/prepared';
import { rostersAnsweringCall } from './call-status';
import { dutyRecord, dutyRecords } from './duty-rows';
import type { DutyScope } from './duty-scope';

/** Whether I approve this swap: the 带班领导 on the requester's shift, or a duty manager of the unit. */
export function canApproveSwap(db: LocalDb, scope: DutyScope, meId: string, swap: DutySwap): boolean {
  if (scope.managedIds.has(swap.unitId)) return true;
  const setup = dutyRecord(db, 'dutySetup', swap.unitId);
  const leaderPosts = new Set(setup?.posts.filter((post) => post.leaderOnly).map((post) => post.id) ?? []);
  const mine = prepared(db, 'SELECT post_id FROM duty_slots WHERE unit_id = ? AND date = ? AND shift = ? AND person_id = ?').all(
    swap.unitId, swap.slot.date, swap.slot.shift, meId,
  ) as { post_id: string }[];
  return mine.some((row) => leaderPosts.has(row.post_id));
}

/** The 值班 badges: what waits on me. */
export function dutyCounts(db: LocalDb, scope: DutyScope, meId: string, now: number): DutyCounts {
  const waitingSwaps = dutyRecords(db, 'dutySwap', "(status = 'requested' AND counterpart_id = @me) OR status = 'accepted'", { me: meId });
  const swaps = waitingSwaps.filter((swap) => (swap.status === 'requested' ? true : canApproveSwap(db, scope, meId, swap))).length;

  const handovers = (
    prepared(db, "SELECT count(*) AS n FROM duty_handovers WHERE status = 'pending' AND EXISTS (SELECT 1 FROM json_each(data, '$.incomingIds') WHERE value = ?)").get(meId) as { n: number }
  ).n;

  const mine = new Set([...scope.memberIds, ...scope.managedIds]);
  const openIncidents = dutyRecords(db, 'incident', "status = 'open'");
  const overdueIncidents = openIncidents.filter(
    (incident) => (mine.has(incident.unitId) || scope.officeIds.has(incident.toUnitId)) && incidentDeadlines(incident, now).some((d) => d.state === 'overdue'),
  ).length;
  const unreceivedReports = dutyRecords(db, 'incident', 'to_unit_id IN (SELECT value FROM json_each(@offices))', { offices: JSON.stringify([...scope.officeIds]) })
    .flatMap((incident) => incident.reports)
    .filter((report) => report.receivedAt === null).length;

  let callsToAnswer = 0;
  for (const call of dutyRecords(db, 'rosterCall')) {
    const called = call.unitIds.filter((unitId) => scope.managedIds.has(unitId));
    if (called.length === 0) continue;
    const rosters = rostersAnsweringCall(db, call.id);
    callsToAnswer += called.filter((unitId) => {
      const status = rosters.get(unitId)?.submission?.status;
      return status === undefined || status === 'returned';
    }).length;
  }
  return { swaps, handovers, overdueIncidents, unreceivedReports, callsToAnswer };
}
