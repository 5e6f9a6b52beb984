import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { SaveLogEntryInput } from '../../../shared/duty/actions';
import type { DailyReport, DutyLogEntry, RosterCall } from '../../../shared/duty/records';
import { chinaInstant } from '../../../shared/duty/shift-times';
import { dailyReportCallFor, dailyReportState } from './dailyReportDue';
import { closedEntryInput, toSaveLogEntryInput, valuesOfEntry } from './logEntryInput';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [unit, other, office, callId] = [id(1), id(2), id(3), id(4)];

const call = (over: Partial<RosterCall> = {}): RosterCall => ({
  id: callId, ownerUnitId: office, title: '2027年元旦值班表报送', from: '2027-01-01', to: '2027-01-03', deadline: 0, unitIds: [unit],
  dailyReportBy: '15:00', note: '', createdBy: id(9), createdAt: 0, ...over,
});
const report = (over: Partial<DailyReport> = {}): DailyReport => ({
  id: id(5), unitId: unit, toUnitId: office, callId, date: '2027-01-02', kind: 'zero', text: '', submittedBy: id(9), submittedAt: chinaInstant('2027-01-02', '09:00'), ...over,
});

describe('值班日志 entries', () => {
  const at = dayjs(chinaInstant('2027-01-02', '10:15'));

  it('keeps the five elements of a call and passes the schema', () => {
    const input = toSaveLogEntryInput(id(6), unit, { kind: 'call', at, callerUnit: '惠民县应急管理局', callerName: '王磊', callerNumber: '0543-5321100', content: '货车侧翻', leaderInstruction: '密切关注', handling: '已通知交警', open: true });
    expect(SaveLogEntryInput.parse(input)).toMatchObject({ kind: 'call', at: at.valueOf(), callerUnit: '惠民县应急管理局', callerName: '王磊', callerNumber: '0543-5321100', open: true });
  });

  it('drops caller fields the kind has none of, so a call changed to 其他 keeps no stray caller', () => {
    const input = toSaveLogEntryInput(id(6), unit, { kind: 'other', at, callerUnit: '惠民县', callerName: '王磊', callerNumber: '110', content: '巡查' });
    expect(input).toMatchObject({ callerUnit: '', callerName: '', callerNumber: '' });
    const document = toSaveLogEntryInput(id(6), unit, { kind: 'document', at, callerUnit: '省应急厅', callerName: '王磊', content: '明电' });
    expect(document).toMatchObject({ callerUnit: '省应急厅', callerName: '' });
  });

  it('办结 saves the entry as it stands, no longer open', () => {
    const entry: DutyLogEntry = {
      id: id(6), unitId: unit, kind: 'call', at: at.valueOf(), callerName: '王磊', callerUnit: '惠民县', callerNumber: '110', content: '货车侧翻', leaderInstruction: '', handling: '已处置',
      recorderId: id(9), open: true, closedAt: null, closedBy: null, createdAt: 0, updatedAt: 0,
    };
    expect(closedEntryInput(entry)).toEqual({ ...toSaveLogEntryInput(entry.id, unit, valuesOfEntry(entry)), open: false });
    expect(closedEntryInput(entry)).toMatchObject({ open: false, content: '货车侧翻', handling: '已处置', at: entry.at });
  });
});

describe('今日日报', () => {
  it('is asked by a call with a daily hour, to my unit, on a day of its period', () => {
    expect(dailyReportCallFor([call()], unit, '2027-01-02')?.id).toBe(callId);
    expect(dailyReportCallFor([call()], unit, '2027-01-04')).toBeNull();
    expect(dailyReportCallFor([call()], other, '2027-01-02')).toBeNull();
    expect(dailyReportCallFor([call({ dailyReportBy: null })], unit, '2027-01-02')).toBeNull();
  });

  it('is filed on time, filed late, due, or overdue by the hour in China time', () => {
    const c = { id: callId, dailyReportBy: '15:00' };
    const beforeHour = chinaInstant('2027-01-02', '14:59');
    const afterHour = chinaInstant('2027-01-02', '15:01');
    expect(dailyReportState(c, [report()], '2027-01-02', afterHour)).toMatchObject({ late: false, report: { id: id(5) } });
    expect(dailyReportState(c, [report({ submittedAt: afterHour })], '2027-01-02', afterHour).late).toBe(true);
    expect(dailyReportState(c, [report({ date: '2027-01-01' })], '2027-01-02', beforeHour)).toMatchObject({ late: false, report: null });
    expect(dailyReportState(c, [], '2027-01-02', afterHour)).toMatchObject({ late: true, report: null, dueAt: chinaInstant('2027-01-02', '15:00') });
  });
});
