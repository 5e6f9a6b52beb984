import PDFDocument from 'pdfkit';
import { formatChineseDate } from '../../shared/documents/dates';
import type { DashboardStats } from '../../shared/supervision/api-types';
import { documentFonts, type DocumentFonts, type FontRole } from '../documents/pdf/fonts';
import { page, typeArea, typeAreaBottom, typeAreaRight } from '../documents/pdf/page-geometry';
import { toBuffer } from '../documents/pdf/render';

/** What a 督查通报 reports: the figures over one period, as dashboardStats computed them. */
export interface BulletinContent {
  title: string;
  /** Who issues it: the supervising unit (市政府办公室). */
  issuer: string;
  from: string;
  to: string;
  /** The day it is drawn up (China time): printed, and its PDF creation date. */
  issuedOn: string;
  stats: DashboardStats;
  unitName(unitId: string): string;
}

const bodySize = 14;
const tableSize = 9.5;

const percent = (rate: number | null): string => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/**
 * A face as pdfkit is told it: by file and family, never by a registered name. pdfkit's tables put
 * the font back after each styled cell by file and family, and only that key finds the font
 * already open; a registered name makes every cell re-read a 17 MB font file (9 s for 2 pages).
 */
const faceOf = (fonts: DocumentFonts, role: FontRole) => ({ src: fonts[role].path, family: fonts[role].postscriptName ?? undefined });

function overallText(content: BulletinContent): string {
  const { stats } = content;
  const closed = stats.byStatus.closed + stats.byStatus.archived;
  const working = stats.byStatus.assigned + stats.byStatus.handling + stats.byStatus.reviewing;
  return (
    `${formatChineseDate(content.from)}至${formatChineseDate(content.to)}，共立项督办事项 ${stats.total} 项，` +
    `已办结 ${closed} 项，在办 ${working} 项，其中超期 ${stats.overdue.length} 项（红灯 ${stats.byLight.red} 项、黄灯 ${stats.byLight.yellow} 项、绿灯 ${stats.byLight.green} 项）。` +
    `按期办结率 ${percent(stats.onTimeRate)}，反馈及时率 ${percent(stats.feedbackRate)}。`
  );
}

/**
 * 督查通报 as a PDF on A4 with the 公文 type area and faces: title, period, the overall figures
 * (总数, 办结, 按期办结率, 反馈及时率), a table by unit, and the overdue list.
 */
export async function renderBulletinPdf(content: BulletinContent, fonts: DocumentFonts = documentFonts()): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margins: { top: typeArea.top, left: typeArea.left, right: page.width - typeAreaRight, bottom: page.height - typeAreaBottom },
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: content.title, Author: content.issuer, Creator: '协同办公', Producer: '协同办公', CreationDate: new Date(`${content.issuedOn}T00:00:00+08:00`) },
  });
  const output = toBuffer(doc);
  const use = (role: FontRole) => {
    const face = faceOf(fonts, role);
    return face.family ? doc.font(face.src, face.family) : doc.font(face.src);
  };
  /** Header cells in 黑体 on grey, the rest in 宋体: one table style for the whole 通报. */
  const header = (labels: string[]) => labels.map((text) => ({ text, font: faceOf(fonts, 'heiti'), align: 'center' as const, backgroundColor: '#eeeeee' }));
  const width = typeArea.width;
  const heading = (text: string) => use('heiti').moveDown(0.6).fontSize(16).text(text, { width }).moveDown(0.3);

  use('xiaobiaosong').fontSize(22).text(content.title, { width, align: 'center' });
  use('fangsong').moveDown(0.4).fontSize(bodySize).text(`${content.issuer}\u3000\u3000${formatChineseDate(content.issuedOn)}`, { width, align: 'center' });

  heading('一、总体情况');
  use('fangsong').fontSize(bodySize).text(overallText(content), { width, indent: bodySize * 2, lineGap: 6 });

  heading('二、各单位办理情况');
  use('songti').fontSize(tableSize);
  doc.table({
    columnStyles: [26, 126, 42, 42, 48, 54, 54, 50],
    defaultStyle: { padding: 3 },
    data: [
      header(['序号', '单位', '承办事项', '已到期', '按期办结', '按期办结率', '反馈及时率', '超期']),
      ...content.stats.units.map((unit, i) => [
        String(i + 1),
        content.unitName(unit.unitId),
        String(unit.total),
        String(unit.due),
        String(unit.closedOnTime),
        percent(unit.onTimeRate),
        percent(unit.feedbackRate),
        String(unit.overdue),
      ]),
    ],
  });

  heading('三、超期事项清单');
  if (content.stats.overdue.length === 0) {
    use('fangsong').fontSize(bodySize).text('本期无超期事项。', { width, indent: bodySize * 2 });
  } else {
    use('songti').fontSize(tableSize);
    doc.table({
      columnStyles: [26, 84, 140, 86, 66, 40],
      defaultStyle: { padding: 3 },
      data: [
        header(['序号', '编号', '事项名称', '牵头单位', '办理期限', '超期工作日']),
        ...content.stats.overdue.map((row, i) => [String(i + 1), row.number, row.title, content.unitName(row.unitId), formatChineseDate(row.deadline), String(row.daysOverdue)]),
      ],
    });
  }

  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    // The page number sits below the type area; pdfkit would start a new page for text there.
    doc.page.margins.bottom = 0;
    use('songti').fontSize(10.5).text(`第 ${index + 1} 页 共 ${range.count} 页`, typeArea.left, typeAreaBottom + 20, { width, align: 'center', lineBreak: false });
  }
  doc.end();
  return output;
}
