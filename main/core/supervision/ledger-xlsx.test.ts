import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SupervisionListQuery } from '../../../shared/supervision/api-types';
import { lightLabels, supervisionStatusLabels } from '../../../shared/supervision/kinds';
import { itemLight, workingDaysOverdue } from '../../../shared/supervision/lights';
import { putOrg, putPerson } from '../directory/directory-rows';
import { applyChange } from '../sync/appliers';
import { person, tempDb } from '../test-support/fixtures';
import { ledgerWorkbook } from './ledger-xlsx';
import { listItems } from './supervision-list';
import { corpus, TODAY } from './test-items';

const headers = ['编号', '事项名称', '来源', '批示领导', '牵头单位', '配合单位', '责任人', '办理时限', '当前状态', '灯色', '进展(%)', '最新反馈', '超期天数'];
const fills = { red: 'FFFF4D4F', yellow: 'FFFADB14', green: 'FF52C41A', grey: 'FFBFBFBF' };

describe('督办台账', () => {
  const { items, unitIds, leaderIds } = corpus(150, 6);
  const db = tempDb();
  unitIds.forEach((id, i) => putOrg(db, { id, parentId: null, name: `滨州市第${i + 1}局`, kind: 'unit', sort: i, updatedAt: 1 }));
  leaderIds.forEach((id, i) => putPerson(db, person({ id, name: `领导${i + 1}` })));
  const owners = items.flatMap((item) => item.units.flatMap((u) => (u.ownerId ? [u.ownerId] : [])));
  [...new Set(owners)].forEach((id, i) => putPerson(db, person({ id, name: `责任人${i + 1}` })));
  db.transaction(() => items.forEach((data) => applyChange(db, { entity: 'supervisionItem', op: 'put', data }, { areas: new Set(), newMessages: [] })))();

  it('holds the items the list selects, in its order, with names, light colours, a styled frozen header and set widths', async () => {
    const query = SupervisionListQuery.omit({ limit: true, offset: true }).parse({ unitId: unitIds[2] });
    const { fileName, dataBase64 } = await ledgerWorkbook(db, query, TODAY);
    expect(fileName).toBe(`督办台账-${TODAY}.xlsx`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('督办台账')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...headers]);
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(sheet.views).toMatchObject([{ state: 'frozen', ySplit: 1 }]);
    expect(headers.map((_, i) => sheet.getColumn(i + 1).width)).toEqual([16, 36, 12, 10, 20, 28, 14, 12, 10, 8, 10, 40, 10]);

    const listed = listItems(db, { ...query, limit: undefined, offset: undefined }, TODAY).items;
    const selected = items.filter((item) => item.units.some((u) => u.unitId === unitIds[2]));
    expect(listed.map((l) => l.id).sort()).toEqual(selected.map((item) => item.id).sort());
    expect(sheet.rowCount).toBe(1 + selected.length);
    const byId = new Map(items.map((item) => [item.id, item]));
    const unitName = (id: string) => `滨州市第${unitIds.indexOf(id) + 1}局`;
    listed.forEach((entry, index) => {
      const item = byId.get(entry.id)!;
      const light = itemLight(item, TODAY);
      const latest = [...item.reports].sort((a, b) => b.at - a.at)[0];
      const row = sheet.getRow(index + 2);
      expect(row.values).toEqual([
        undefined,
        item.number,
        item.title,
        item.source,
        item.instructingLeaderId ? `领导${leaderIds.indexOf(item.instructingLeaderId) + 1}` : '',
        unitName(item.units[0]!.unitId),
        item.units.slice(1).map((u) => unitName(u.unitId)).join('、'),
        item.units.flatMap((u) => (u.ownerId ? [`责任人${[...new Set(owners)].indexOf(u.ownerId) + 1}`] : [])).join('、'),
        item.deadline,
        supervisionStatusLabels[item.status],
        lightLabels[light],
        item.units[0]!.percent,
        latest?.text ?? '',
        light === 'grey' ? 0 : workingDaysOverdue(item.deadline, TODAY),
      ]);
      expect(row.getCell(10).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: fills[light] } });
    });
    expect(new Set(listed.map((l) => l.light)).size).toBeGreaterThan(1);
  });
});
