import ExcelJS from 'exceljs';
import { lightLabels, supervisionStatusLabels, type Light } from '../../../shared/supervision/kinds';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { allOrgs, peopleByIds } from '../directory/directory-rows';
import type { LocalDb } from '../store/open-local-db';
import { itemRow } from './supervision-rows';
import { listItems, type ListQuery } from './supervision-list';

/** The 督办台账's columns, as supervision offices keep it on paper. */
const columns = [
  { header: '编号', width: 16 },
  { header: '事项名称', width: 36 },
  { header: '来源', width: 12 },
  { header: '批示领导', width: 10 },
  { header: '牵头单位', width: 20 },
  { header: '配合单位', width: 28 },
  { header: '责任人', width: 14 },
  { header: '办理时限', width: 12 },
  { header: '当前状态', width: 10 },
  { header: '灯色', width: 8 },
  { header: '进展(%)', width: 10 },
  { header: '最新反馈', width: 40 },
  { header: '超期天数', width: 10 },
] as const;

const LIGHT_COLUMN = columns.findIndex((c) => c.header === '灯色') + 1;

const lightFill: Record<Light, string> = { red: 'FFFF4D4F', yellow: 'FFFADB14', green: 'FF52C41A', grey: 'FFBFBFBF' };

/** The 台账 for the items a list query selects, in the list's order, as an .xlsx workbook. */
export async function ledgerWorkbook(db: LocalDb, query: ListQuery, todayIso: string): Promise<{ fileName: string; dataBase64: string }> {
  const { items } = listItems(db, { ...query, limit: undefined, offset: undefined }, todayIso);
  const orgName = new Map(allOrgs(db).map((org) => [org.id, org.name]));
  const records = items.map((listed) => JSON.parse(itemRow(db, listed.id)!.data) as SupervisionItem);
  const personIds = records.flatMap((item) => [item.instructingLeaderId, ...item.units.map((u) => u.ownerId)]).filter((id): id is string => id !== null);
  const personName = new Map(peopleByIds(db, [...new Set(personIds)]).map((person) => [person.id, person.name]));
  const unitNames = (item: SupervisionItem, role: 'lead' | 'support') =>
    item.units.filter((u) => u.role === role).map((u) => orgName.get(u.unitId) ?? '（未知单位）').join('、');

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('督办台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }));

  items.forEach((listed, index) => {
    const item = records[index]!;
    const latest = item.reports.reduce<SupervisionItem['reports'][number] | null>((last, r) => (!last || r.at > last.at ? r : last), null);
    const row = sheet.addRow([
      listed.number,
      listed.title,
      listed.source,
      listed.instructingLeaderId ? (personName.get(listed.instructingLeaderId) ?? '') : '',
      unitNames(item, 'lead'),
      unitNames(item, 'support'),
      item.units.flatMap((u) => (u.ownerId ? [personName.get(u.ownerId) ?? ''] : [])).join('、'),
      listed.deadline,
      supervisionStatusLabels[listed.status],
      lightLabels[listed.light],
      listed.percent,
      latest?.text ?? '',
      listed.daysOverdue,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(LIGHT_COLUMN).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: lightFill[listed.light] } };
  });
  const bytes = await workbook.xlsx.writeBuffer();
  return { fileName: `督办台账-${todayIso}.xlsx`, dataBase64: Buffer.from(bytes).toString('base64') };
}
