import type { Database } from 'better-sqlite3';
import type { DutySetup, Incident, RosterCall } from '../../shared/duty/records';
import { AppError } from '../../shared/errors';
import type { EntityData } from '../../shared/sync/changes';
import type { RecordAccess } from '../documents/record-access';
import { userScope, type ChangeLog, type RecordScope } from '../sync/change-log';
import type { WriteScope } from '../sync/writer';
import type { DutyPeople } from './duty-people';

/** The records that belong to one unit and are seen by its duty audience. */
export type UnitEntity = 'dutySetup' | 'dutyRoster' | 'dutySwap' | 'dutyLogEntry' | 'dutyHandover' | 'dailyReport';
type DutyEntity = UnitEntity | 'rosterCall';

export const dutyScope = (unitId: string): RecordScope => `duty:${unitId}`;
export const incidentScope = (incidentId: string): RecordScope => `inc:${incidentId}`;

/**
 * 值班 records kept whole. A unit's records are seen by its people and the 值班员 of the duty
 * offices above it; that audience is granted on every write to the unit (access only grows), and
 * whoever joins it gets the unit's records again under their own scope, since their sync cursor
 * may already be past them.
 */
export class DutyStore {
  private readonly getOne;
  private readonly put;
  private readonly unitRows;
  private readonly allCalls;
  private readonly allSetups;
  private readonly getIncident;
  private readonly putIncident;
  private readonly openRows;

  constructor(
    db: Database,
    private readonly changeLog: ChangeLog,
    private readonly access: RecordAccess,
    private readonly people: DutyPeople,
  ) {
    this.getOne = db.prepare<[string, string], { data: string }>('SELECT data FROM duty_records WHERE entity = ? AND id = ?');
    this.put = db.prepare<[string, string, string, string]>(
      'INSERT INTO duty_records (entity, id, unit_id, data) VALUES (?, ?, ?, ?) ON CONFLICT (entity, id) DO UPDATE SET unit_id = excluded.unit_id, data = excluded.data',
    );
    this.unitRows = db.prepare<[string], { entity: DutyEntity; data: string }>('SELECT entity, data FROM duty_records WHERE unit_id = ?');
    this.allCalls = db.prepare<[], { data: string }>("SELECT data FROM duty_records WHERE entity = 'rosterCall'");
    this.allSetups = db.prepare<[], { data: string }>("SELECT data FROM duty_records WHERE entity = 'dutySetup'");
    this.getIncident = db.prepare<[string], { data: string }>('SELECT data FROM incidents WHERE id = ?');
    this.putIncident = db.prepare<[string, string, string, string]>(
      'INSERT INTO incidents (id, unit_id, status, data) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET status = excluded.status, data = excluded.data',
    );
    this.openRows = db.prepare<[], { data: string }>("SELECT data FROM incidents WHERE status = 'open'");
  }

  get<E extends DutyEntity>(entity: E, id: string): EntityData<E> | null {
    const row = this.getOne.get(entity, id);
    return row ? (JSON.parse(row.data) as EntityData<E>) : null;
  }

  require<E extends DutyEntity>(entity: E, id: string, what: string): EntityData<E> {
    const record = this.get(entity, id);
    if (!record) throw new AppError('not_found', `${what}不存在`);
    return record;
  }

  ofUnit<E extends UnitEntity>(entity: E, unitId: string): EntityData<E>[] {
    return this.unitRows
      .all(unitId)
      .filter((row) => row.entity === entity)
      .map((row) => JSON.parse(row.data) as EntityData<E>);
  }

  setups(): DutySetup[] {
    return this.allSetups.all().map((row) => JSON.parse(row.data) as DutySetup);
  }

  calls(): RosterCall[] {
    return this.allCalls.all().map((row) => JSON.parse(row.data) as RosterCall);
  }

  save<E extends UnitEntity>(scope: WriteScope, entity: E, record: EntityData<E>): EntityData<E> {
    this.ensureAudience(scope, record.unitId);
    this.put.run(entity, record.id, record.unitId, JSON.stringify(record));
    this.changeLog.put(scope.changes, entity, record, dutyScope(record.unitId));
    return record;
  }

  /** A 报送通知 is the owner's record and each called unit's: both sides see it. */
  saveCall(scope: WriteScope, call: RosterCall): RosterCall {
    this.put.run('rosterCall', call.id, call.ownerUnitId, JSON.stringify(call));
    for (const unitId of new Set([call.ownerUnitId, ...call.unitIds])) {
      this.ensureAudience(scope, unitId);
      this.changeLog.put(scope.changes, 'rosterCall', call, dutyScope(unitId));
    }
    return call;
  }

  /** Grants the unit's audience as it stands; newcomers get the unit's records under their own scope. */
  ensureAudience(scope: WriteScope, unitId: string): void {
    const newcomers = this.access.grant(dutyScope(unitId), this.people.audience(unitId));
    if (newcomers.length === 0) return;
    const records = this.unitRows.all(unitId).map((row) => ({ entity: row.entity, data: JSON.parse(row.data) as EntityData<DutyEntity> }));
    const calls = this.calls().filter((call) => call.unitIds.includes(unitId) && call.ownerUnitId !== unitId);
    for (const userId of newcomers) {
      for (const { entity, data } of records) this.changeLog.put(scope.changes, entity, data, userScope(userId));
      for (const call of calls) this.changeLog.put(scope.changes, 'rosterCall', call, userScope(userId));
    }
  }

  incident(id: string): Incident | null {
    const row = this.getIncident.get(id);
    return row ? (JSON.parse(row.data) as Incident) : null;
  }

  /** Someone the incident does not involve gets the same answer as for a missing one. */
  visibleIncident(id: string, userId: string): Incident {
    const incident = this.incident(id);
    if (!incident || !this.access.has(incidentScope(id), userId)) throw new AppError('not_found', '突发事件不存在或无权查看');
    return incident;
  }

  /** Grants `audience` (access only grows), then appends the incident so they all pull its current state. */
  saveIncident(scope: WriteScope, incident: Incident, audience: readonly string[]): Incident {
    this.access.grant(incidentScope(incident.id), audience);
    this.putIncident.run(incident.id, incident.unitId, incident.status, JSON.stringify(incident));
    this.changeLog.put(scope.changes, 'incident', incident, incidentScope(incident.id));
    return incident;
  }

  openIncidents(): Incident[] {
    return this.openRows.all().map((row) => JSON.parse(row.data) as Incident);
  }
}
