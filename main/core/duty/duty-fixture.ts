/** A small city for the tests of this folder: its government office over three bureaus, in a real SQLite file. */
import type { Person } from '../../../shared/directory/schemas';
import { putOrg, putPerson } from '../directory/directory-rows';
import type { LocalDb } from '../store/open-local-db';
import { tempDb } from '../test-support/fixtures';
import { putDutyRecord } from './duty-rows';
import { dutyScope } from './duty-scope';
import { dutyPerson, dutySetup, dutyTestId, rotationRoster, unitOrg } from './test-duty';

export const city = unitOrg(1, '滨州市人民政府', null);
export const office = unitOrg(2, '滨州市人民政府办公室', city.id);
export const bureau = unitOrg(3, '滨州市应急管理局', city.id);
export const waterBureau = unitOrg(4, '滨州市水利局', city.id);
/** Has a setup and only a draft roster: nothing in force. */
export const transportBureau = unitOrg(5, '滨州市交通运输局', city.id);

/** 总值班室's 值班员. */
export const officeOfficer = dutyPerson(1, '总值班甲', office.id, { roles: ['duty_officer'] });
export const leaders = [dutyPerson(10, '带班领导甲', bureau.id, { roles: ['leader'] }), dutyPerson(11, '带班领导乙', bureau.id, { roles: ['leader'] })];
export const officers = [12, 13, 14, 15].map((n) => dutyPerson(n, `值班员${n}`, bureau.id, n === 12 ? { roles: ['duty_officer'] } : {}));
const waterPeople = [20, 21, 22].map((n) => dutyPerson(n, `水利${n}`, waterBureau.id));

export const bureauSetup = dutySetup(bureau.id, leaders.map((p) => p.id), officers.map((p) => p.id));
export const waterSetup = dutySetup(waterBureau.id, [waterPeople[0]!.id], waterPeople.slice(1).map((p) => p.id), { kind: 'dayNight', dayStart: '08:00', nightStart: '18:00' });
const transportSetup = dutySetup(transportBureau.id, [], []);

export const bureauRoster = rotationRoster(dutyTestId('roster', 1), bureauSetup, '2026-05-01', '2026-05-31');
export const waterRoster = rotationRoster(dutyTestId('roster', 2), waterSetup, '2026-05-01', '2026-05-31');

export function dutyCity(): LocalDb {
  const db = tempDb();
  [city, office, bureau, waterBureau, transportBureau].forEach((org) => putOrg(db, org));
  [officeOfficer, ...leaders, ...officers, ...waterPeople].forEach((person) => putPerson(db, person));
  [bureauSetup, waterSetup, transportSetup].forEach((setup) => putDutyRecord(db, 'dutySetup', setup));
  putDutyRecord(db, 'dutyRoster', bureauRoster);
  putDutyRecord(db, 'dutyRoster', waterRoster);
  putDutyRecord(db, 'dutyRoster', rotationRoster(dutyTestId('roster', 3), transportSetup, '2026-05-01', '2026-05-31', { status: 'draft' }));
  return db;
}

export const scopeOf = (db: LocalDb, me: Person) => dutyScope(db, me);

/** An instant in China time. */
export const china = (isoDate: string, clock: string) => Date.parse(`${isoDate}T${clock}:00+08:00`);
