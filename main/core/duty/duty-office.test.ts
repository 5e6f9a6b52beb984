import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DutySwap, Incident, RosterCall } from '../../../shared/duty/records';
import { callStatus } from './call-status';
import { dutyCounts } from './duty-counts';
import { bureau, bureauRoster, china, dutyCity, leaders, office, officeOfficer, officers, transportBureau, waterBureau, waterRoster } from './duty-fixture';
import { putDutyRecord } from './duty-rows';
import { dutyScope } from './duty-scope';
import { callWorkbook, rosterWorkbook } from './roster-xlsx';
import { dutyTestId, LEADER_POST, OFFICER_POST } from './test-duty';

async function readWorkbook(dataBase64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}
const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describe('the roster as a printable 值班表', () => {
  it('has a title row, the usual columns, a row per day, holidays marked and the page set up for A4', async () => {
    const db = dutyCity();
    const file = await rosterWorkbook(db, dutyScope(db, officeOfficer), bureauRoster.id);
    expect(file.fileName).toBe('滨州市应急管理局2026年5月值班表.xlsx');
    const sheet = (await readWorkbook(file.dataBase64)).worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('滨州市应急管理局2026年5月值班表');
    expect(rowValues(sheet, 2)).toEqual(['日期', '星期', '带班领导', '联系电话', '值班员', '联系电话', '值班电话']);
    expect(sheet.rowCount).toBe(2 + 31);
    const mayDay = rowValues(sheet, 3);
    const slots = bureauRoster.slots.filter((s) => s.date === '2026-05-01');
    const person = (id: string | null) => [...leaders, ...officers].find((p) => p.id === id)!;
    const officerPeople = slots.filter((s) => s.postId === OFFICER_POST).map((s) => person(s.personId));
    const leader = person(slots.find((s) => s.postId === LEADER_POST)!.personId);
    expect(mayDay).toEqual([
      '5月1日', '星期五（节假日）', leader.name, leader.phone, officerPeople.map((p) => p.name).join('、'), officerPeople.map((p) => p.phone).join('、'), '0543-3161234',
    ]);
    expect(rowValues(sheet, 2 + 6)[1]).toBe('星期三'); // 5月6日, a working day
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe('2:2');
  });

  it('adds 班次 for day and night shifts: a row per shift', async () => {
    const db = dutyCity();
    const sheet = (await readWorkbook((await rosterWorkbook(db, dutyScope(db, officeOfficer), waterRoster.id)).dataBase64)).worksheets[0]!;
    expect(rowValues(sheet, 2).slice(0, 4)).toEqual(['日期', '星期', '班次', '带班领导']);
    expect(sheet.rowCount).toBe(2 + 62);
    expect(rowValues(sheet, 4).slice(0, 3)).toEqual(['5月1日', '星期五（节假日）', '夜班']);
  });
});

const deadline = china('2026-04-28', '17:00');
const call: RosterCall = {
  id: dutyTestId('record', 1), ownerUnitId: office.id, title: '2026年劳动节值班表报送', from: '2026-05-01', to: '2026-05-03', deadline,
  unitIds: [bureau.id, waterBureau.id, transportBureau.id], dailyReportBy: '15:00', note: '', createdBy: officeOfficer.id, createdAt: 1,
};

function cityWithCall() {
  const db = dutyCity();
  putDutyRecord(db, 'rosterCall', call);
  const submission = { status: 'submitted' as const, toUnitId: office.id, submittedAt: deadline - 3_600_000, submittedBy: officers[0]!.id, decidedAt: null, decidedBy: null, opinion: '' };
  putDutyRecord(db, 'dutyRoster', { ...bureauRoster, id: dutyTestId('roster', 11), kind: 'holiday', from: call.from, to: call.to, slots: bureauRoster.slots.filter((s) => s.date <= call.to), callId: call.id, submission, updatedAt: 5 });
  putDutyRecord(db, 'dutyRoster', { ...waterRoster, id: dutyTestId('roster', 12), kind: 'holiday', status: 'draft', callId: call.id, updatedAt: 5 });
  const report = (n: number, date: string, at: number) => ({
    id: dutyTestId('record', 100 + n), unitId: bureau.id, toUnitId: office.id, callId: call.id, date, kind: 'zero' as const, text: '', submittedBy: officers[0]!.id, submittedAt: at,
  });
  putDutyRecord(db, 'dailyReport', report(1, '2026-05-01', china('2026-05-01', '14:00')));
  putDutyRecord(db, 'dailyReport', report(2, '2026-05-02', china('2026-05-02', '16:00')));
  return db;
}

describe('a 报送通知 and where each unit stands', () => {
  it('tells submitted, draft and missing apart, late against the deadline, and each day’s report', () => {
    const db = cityWithCall();
    const now = china('2026-05-03', '16:00');
    const status = callStatus(db, dutyScope(db, officeOfficer), call.id, now);
    expect(status.units.map((u) => [u.unitName, u.status, u.late])).toEqual([
      ['滨州市应急管理局', 'submitted', false],
      ['滨州市水利局', 'draft', true],
      ['滨州市交通运输局', 'missing', true],
    ]);
    expect(status.units[0]!.submittedAt).toBe(deadline - 3_600_000);
    expect(status.units[0]!.dailyReports).toEqual([
      { date: '2026-05-01', kind: 'zero', submittedAt: china('2026-05-01', '14:00'), late: false },
      { date: '2026-05-02', kind: 'zero', submittedAt: china('2026-05-02', '16:00'), late: true },
      { date: '2026-05-03', kind: null, submittedAt: null, late: true },
    ]);
    const beforeHour = callStatus(db, dutyScope(db, officeOfficer), call.id, china('2026-05-03', '14:00'));
    expect(beforeHour.units[0]!.dailyReports[2]!.late).toBe(false);
  });

  it('exports a 汇总 sheet and one sheet per roster handed in', async () => {
    const db = cityWithCall();
    const workbook = await readWorkbook((await callWorkbook(db, dutyScope(db, officeOfficer), call.id, china('2026-05-03', '16:00'))).dataBase64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '滨州市应急管理局']);
    const summary = workbook.getWorksheet('汇总')!;
    expect(rowValues(summary, 2)).toEqual(['单位', '报送状态', '报送时间', '是否逾期']);
    expect(rowValues(summary, 3)).toEqual(['滨州市应急管理局', '已报送', '2026-04-28 16:00', '否']);
    expect(rowValues(summary, 5)).toEqual(['滨州市交通运输局', '未报送', '', '是']);
    expect(workbook.getWorksheet('滨州市应急管理局')!.rowCount).toBe(2 + 3);
  });
});

describe('the 值班 badges', () => {
  const swap = (n: number, status: DutySwap['status'], date: string, counterpartId: string): DutySwap => ({
    id: dutyTestId('record', 200 + n), unitId: bureau.id, rosterId: bureauRoster.id, kind: 'substitute', requesterId: officers[1]!.id,
    slot: { date, shift: 'full', postId: OFFICER_POST }, counterpartId, counterpartSlot: null, reason: '出差', status, decidedBy: null, history: [], createdAt: 1, updatedAt: 1,
  });
  const incident = (reports: Incident['reports'], phoneReportedAt: number | null): Incident => ({
    id: dutyTestId('record', 300), unitId: bureau.id, toUnitId: office.id, receivedAt: china('2026-05-06', '09:00'), source: '', reporterName: '', reporterPhone: '',
    facts: { title: '某路段交通事故', occurredAt: null, place: '', category: '事故灾难', nature: '', level: '未定级', scope: '', deaths: 0, injuries: 0, missing: 0, propertyLoss: '', trend: '', leadersOnSite: '', measures: '', requests: '', contactName: '', contactPhone: '', signedBy: null },
    phoneReportedAt, phoneDueAt: china('2026-05-06', '09:30'), writtenDueAt: china('2026-05-06', '10:00'), reports, status: 'open', escalations: [],
    createdBy: officers[0]!.id, createdAt: 1, updatedAt: 1,
  });

  it('counts swaps for the counterpart and for the 带班领导 of that shift only', () => {
    const db = dutyCity();
    const date = '2026-05-10';
    const leaderThatDay = bureauRoster.slots.find((s) => s.date === date && s.postId === LEADER_POST)!.personId!;
    const otherLeader = leaders.find((l) => l.id !== leaderThatDay)!;
    putDutyRecord(db, 'dutySwap', swap(1, 'requested', date, officers[2]!.id));
    putDutyRecord(db, 'dutySwap', swap(2, 'accepted', date, officers[3]!.id));
    putDutyRecord(db, 'dutySwap', swap(3, 'approved', date, officers[2]!.id));
    const count = (who: (typeof officers)[number]) => dutyCounts(db, dutyScope(db, who), who.id, china('2026-05-06', '10:00')).swaps;
    expect(count(officers[2]!)).toBe(1);
    expect(count(leaders.find((l) => l.id === leaderThatDay)!)).toBe(1);
    expect(count(otherLeader)).toBe(0);
    // 值班员 with the duty_officer role manage their unit: they approve too.
    expect(count(officers[0]!)).toBe(1);
  });

  it('counts handovers, overdue incidents, unreceived reports and calls to answer', () => {
    const db = cityWithCall();
    putDutyRecord(db, 'dutyHandover', {
      id: dutyTestId('record', 400), unitId: bureau.id, date: '2026-05-06', shift: 'full', outgoingIds: [officers[1]!.id], incomingIds: [officers[2]!.id], notes: '', openEntryIds: [],
      createdBy: officers[1]!.id, createdAt: 1, status: 'pending', confirmedBy: null, confirmedAt: null,
    });
    const first = { id: dutyTestId('record', 301), kind: 'first' as const, number: 0, text: '', facts: incident([], null).facts, byId: officers[0]!.id, at: china('2026-05-06', '09:50'), receivedAt: null, receivedBy: null };
    putDutyRecord(db, 'incident', incident([first], null));
    const now = china('2026-05-06', '10:00');
    expect(dutyCounts(db, dutyScope(db, officers[2]!), officers[2]!.id, now)).toMatchObject({ handovers: 1, overdueIncidents: 1, unreceivedReports: 0 });
    expect(dutyCounts(db, dutyScope(db, officeOfficer), officeOfficer.id, now)).toMatchObject({ handovers: 0, overdueIncidents: 1, unreceivedReports: 1, callsToAnswer: 0 });
    putDutyRecord(db, 'incident', incident([{ ...first, receivedAt: now, receivedBy: officeOfficer.id }], china('2026-05-06', '09:20')));
    expect(dutyCounts(db, dutyScope(db, officeOfficer), officeOfficer.id, now)).toMatchObject({ overdueIncidents: 0, unreceivedReports: 0 });
    // The bureau's roster is in; once returned it is to answer again.
    const manager = officers[0]!;
    expect(dutyCounts(db, dutyScope(db, manager), manager.id, now).callsToAnswer).toBe(0);
    db.prepare("UPDATE duty_rosters SET data = json_set(data, '$.submission.status', 'returned') WHERE id = ?").run(dutyTestId('roster', 11));
    expect(dutyCounts(db, dutyScope(db, manager), manager.id, now).callsToAnswer).toBe(1);
  });
});
