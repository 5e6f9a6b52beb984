import ExcelJS from 'exceljs';
import { isStatutoryHoliday } from '../../../shared/calendar/working-days';
import type { DutyRoster, DutySetup } from '../../../shared/duty/records';
import { daysBetween, shiftLabels } from '../../../shared/duty/roster-frame';
import type { DutyPost, RosterSlot, ShiftKind } from '../../../shared/duty/roster-schemas';
import { isoDateInChina } from '../../../shared/documents/dates';
import { AppError } from '../../../shared/errors';
import { peopleByIds } from '../directory/directory-rows';
import type { LocalDb } from '../store/open-local-db';
import { callStatus } from './call-status';
import { dutyRecord } from './duty-rows';
import { unitName, type DutyScope } from './duty-scope';

type Output = { fileName: string; dataBase64: string };

const weekdays = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const holidayFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E2' } };
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const thin: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** Which posts fill the 带班领导 and 值班员 columns; every other post gets a column of its own. */
function columnGroups(posts: DutyPost[]) {
  const leaders = posts.filter((post) => post.leaderOnly);
  const others = posts.filter((post) => !post.leaderOnly);
  const named = others.filter((post) => post.name.includes('值班员'));
  const officers = named.length > 0 ? named : others.slice(0, 1);
  return { leaders, officers, rest: others.filter((post) => !officers.includes(post)) };
}

/** A roster whose unit's setup has not reached this machine still prints, its places under 值班员. */
function postsOf(roster: DutyRoster, setup: DutySetup | null): DutyPost[] {
  if (setup) return setup.posts;
  return [...new Set(roster.slots.map((slot) => slot.postId))].map((id) => ({ id, name: '值班员', leaderOnly: false, perShift: 1 }));
}

function chineseDay(iso: string): string {
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** The roster as the usual 值班表: a title row, then a row per day (per shift when there are two). */
function addRosterSheet(db: LocalDb, workbook: ExcelJS.Workbook, sheetName: string, roster: DutyRoster, unit: string): void {
  const setup = dutyRecord(db, 'dutySetup', roster.unitId);
  const { leaders, officers, rest } = columnGroups(postsOf(roster, setup));
  const twoShifts = roster.slots.some((slot) => slot.shift !== 'full');
  const people = new Map(peopleByIds(db, [...new Set(roster.slots.flatMap((slot) => (slot.personId ? [slot.personId] : [])))]).map((p) => [p.id, p]));
  const bySlot = new Map<string, RosterSlot[]>();
  for (const slot of roster.slots) {
    const key = `${slot.date}|${slot.shift}`;
    bySlot.set(key, [...(bySlot.get(key) ?? []), slot]);
  }
  const assigned = (slots: RosterSlot[], posts: DutyPost[]) =>
    slots.filter((slot) => slot.personId && posts.some((post) => post.id === slot.postId)).map((slot) => people.get(slot.personId!));
  const names = (list: ReturnType<typeof assigned>) => list.map((p) => p?.name ?? '（未知人员）').join('、');
  const phones = (list: ReturnType<typeof assigned>) => list.map((p) => p?.phone ?? '').filter(Boolean).join('、');

  const headers = ['日期', '星期', ...(twoShifts ? ['班次'] : []), '带班领导', '联系电话', '值班员', '联系电话', ...rest.map((post) => post.name), '值班电话'];
  const sheet = workbook.addWorksheet(sheetName, {
    pageSetup: { paperSize: 9, orientation: headers.length > 8 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2', horizontalCentered: true },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  sheet.mergeCells(1, 1, 1, headers.length);
  const title = sheet.getCell(1, 1);
  title.value = `${unit}${roster.title}`;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  header.eachCell((cell) => Object.assign(cell, { fill: headerFill, border: thin, alignment: { horizontal: 'center', vertical: 'middle' } }));
  sheet.columns.forEach((column, index) => (column.width = [12, 14, 8][index] ?? 14));

  const shifts: ShiftKind[] = twoShifts ? ['day', 'night'] : ['full'];
  for (const date of daysBetween(roster.from, roster.to)) {
    const holiday = isStatutoryHoliday(date);
    for (const shift of shifts) {
      const slots = bySlot.get(`${date}|${shift}`) ?? [];
      const [leaderList, officerList] = [assigned(slots, leaders), assigned(slots, officers)];
      const weekday = weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
      const row = sheet.addRow([
        chineseDay(date),
        holiday ? `${weekday}（节假日）` : weekday,
        ...(twoShifts ? [shiftLabels[shift]] : []),
        names(leaderList),
        phones(leaderList),
        names(officerList),
        phones(officerList),
        ...rest.map((post) => names(assigned(slots, [post]))),
        setup?.officePhone ?? '',
      ]);
      row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = thin;
        if (holiday) cell.fill = holidayFill;
      });
    }
  }
}

export async function rosterWorkbook(db: LocalDb, scope: DutyScope, rosterId: string): Promise<Output> {
  const roster = dutyRecord(db, 'dutyRoster', rosterId);
  if (!roster) throw new AppError('not_found', '值班表不存在，或您无权查看');
  const unit = unitName(scope, roster.unitId);
  const workbook = new ExcelJS.Workbook();
  addRosterSheet(db, workbook, '值班表', roster, unit);
  const bytes = await workbook.xlsx.writeBuffer();
  return { fileName: `${unit}${roster.title}.xlsx`, dataBase64: Buffer.from(bytes).toString('base64') };
}

const statusLabels = { missing: '未报送', draft: '未报送（编制中）', submitted: '已报送', returned: '已退回', accepted: '已接收' } as const;

/** Excel refuses sheet names over 31 characters, with []:*?/\, or used twice. */
function sheetNameFor(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '').slice(0, 28) || '单位';
  let candidate = base;
  for (let n = 2; used.has(candidate); n++) candidate = `${base}${n}`;
  used.add(candidate);
  return candidate;
}

/** A call's rosters in one workbook: a 汇总 sheet, then one sheet per unit whose roster is in. */
export async function callWorkbook(db: LocalDb, scope: DutyScope, callId: string, now: number): Promise<Output> {
  const { call, units } = callStatus(db, scope, callId, now);
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('汇总', { pageSetup: { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' } });
  summary.mergeCells(1, 1, 1, 4);
  summary.getCell(1, 1).value = `${call.title}报送情况`;
  summary.getCell(1, 1).font = { bold: true, size: 14 };
  summary.getCell(1, 1).alignment = { horizontal: 'center' };
  summary.addRow(['单位', '报送状态', '报送时间', '是否逾期']).font = { bold: true };
  summary.columns.forEach((column, index) => (column.width = [30, 16, 20, 10][index]));
  const used = new Set(['汇总']);
  for (const unit of units) {
    const at = unit.submittedAt === null ? '' : `${isoDateInChina(unit.submittedAt)} ${new Date(unit.submittedAt + 8 * 3_600_000).toISOString().slice(11, 16)}`;
    summary.addRow([unit.unitName, statusLabels[unit.status], at, unit.late ? '是' : '否']);
    const roster = unit.rosterId ? dutyRecord(db, 'dutyRoster', unit.rosterId) : null;
    if (roster && (unit.status === 'submitted' || unit.status === 'accepted')) addRosterSheet(db, workbook, sheetNameFor(unit.unitName, used), roster, unit.unitName);
  }
  const bytes = await workbook.xlsx.writeBuffer();
  return { fileName: `${call.title}.xlsx`, dataBase64: Buffer.from(bytes).toString('base64') };
}
