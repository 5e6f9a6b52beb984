import type { DocumentFields } from '../../../shared/documents/fields';
import {
  baselineBelow,
  baselineInRow,
  cell,
  emBottom,
  firstRowBelow,
  headerRed,
  linePitch,
  mm,
  page,
  typeArea,
  typeAreaRight,
  typeSize,
} from './page-geometry';
import type { PrintableDocument } from './printable';
import type { Typesetter } from './typesetter';

const body = typeSize.三号;
/** The red mark is as large as the 版心's width allows, up to about 初号 scaled up: 20 mm tall. */
const markMaxSize = mm(20);

/** 份号 then 紧急程度 (密级 is always 非涉密 here, and 非涉密 prints nothing), top-down. */
function cornerMarks(fields: DocumentFields): { text: string; font: 'fangsong' | 'heiti' }[] {
  const marks: { text: string; font: 'fangsong' | 'heiti' }[] = [];
  if (fields.copyNumber) marks.push({ text: fields.copyNumber, font: 'fangsong' });
  if (fields.urgency !== '普通') marks.push({ text: fields.urgency, font: 'heiti' });
  return marks;
}

/** Draws the red 发文机关标志 centred with its top at `top`; returns its bottom edge. */
function drawMark(t: Typesetter, mark: string, top: number): number {
  const text = mark.trim();
  if (!text) return top;
  const size = Math.min(markMaxSize, (typeArea.width * 0.96) / t.measure(text, 'xiaobiaosong', 1));
  const x = typeArea.left + (typeArea.width - t.measure(text, 'xiaobiaosong', size)) / 2;
  t.text(text, 'xiaobiaosong', size, x, baselineBelow(top, size), { color: headerRed });
  return top + size;
}

function drawRule(t: Typesetter, y: number, from: number, to: number, thickness: number): void {
  t.doc.save().moveTo(from, y).lineTo(to, y).lineWidth(thickness).strokeColor(headerRed).stroke().restore();
}

/**
 * 上行文 (§7.2.5): "签发人：" then the names in 楷体, two to a line, the block one character from
 * the right; the 字号 one character from the left on the line of the last names.
 */
function drawSigners(t: Typesetter, signers: string[], firstRow: number): number {
  const label = '签发人：';
  const gap = cell;
  const rows: string[][] = [];
  for (let i = 0; i < signers.length; i += 2) rows.push(signers.slice(i, i + 2));
  const nameWidth = (name: string) => t.measure(name, 'kaiti', body);
  const rowWidth = (names: string[]) => names.reduce((sum, name) => sum + nameWidth(name), 0) + gap * (names.length - 1);
  const namesWidth = Math.max(...rows.map(rowWidth));
  const namesX = typeAreaRight - cell - namesWidth;
  t.text(label, 'fangsong', body, namesX - t.measure(label, 'fangsong', body), baselineInRow(firstRow, body));
  rows.forEach((names, i) => {
    let x = namesX;
    for (const name of names) {
      t.text(name, 'kaiti', body, x, baselineInRow(firstRow + i, body));
      x += nameWidth(name) + gap;
    }
  });
  return firstRow + rows.length - 1;
}

/**
 * The 版头 of the standard format (§7.2): corner marks, the red mark 35 mm below the top of the
 * 版心, the 字号 two lines below it, the red separator 4 mm below the 字号. Returns the grid line
 * the title starts on, two lines below the separator.
 */
export function drawStandardHeader(t: Typesetter, input: PrintableDocument): number {
  const { fields } = input;
  cornerMarks(fields).forEach((mark, row) => t.text(mark.text, mark.font, body, typeArea.left, baselineInRow(row, body)));
  const markBottom = drawMark(t, fields.issuerMark, typeArea.top + mm(35));
  let numberRow = firstRowBelow(markBottom) + 2;
  const upward = fields.direction === '上行文';
  if (upward && fields.signers.length > 0) numberRow = drawSigners(t, fields.signers, numberRow);
  const baseline = baselineInRow(numberRow, body);
  if (input.docNumber) {
    const width = t.measure(input.docNumber, 'fangsong', body);
    const x = upward ? typeArea.left + cell : typeArea.left + (typeArea.width - width) / 2;
    t.text(input.docNumber, 'fangsong', body, x, baseline);
  }
  const separator = emBottom(baseline, body) + mm(4);
  drawRule(t, separator, typeArea.left, typeAreaRight, mm(0.5));
  return firstRowBelow(separator) + 2;
}

const doubleLine = { thick: mm(1), thin: mm(0.35), gap: mm(0.7) };
const doubleLineHeight = doubleLine.thick + doubleLine.gap + doubleLine.thin;

/** A red double line 170 mm long centred on the 版心, its top at `y`: thick over thin, or thin over thick. */
function drawDoubleLine(t: Typesetter, y: number, thickFirst: boolean): void {
  const half = mm(170) / 2;
  const centre = typeArea.left + typeArea.width / 2;
  const [first, second] = thickFirst ? [doubleLine.thick, doubleLine.thin] : [doubleLine.thin, doubleLine.thick];
  drawRule(t, y + first / 2, centre - half, centre + half, first);
  drawRule(t, y + first + doubleLine.gap + second / 2, centre - half, centre + half, second);
}

/**
 * 信函格式 (§10.1): the mark 30 mm from the top of the page, a red double line 4 mm below it and
 * another 20 mm above the foot; corner marks on the left and the 字号 flush right below the first
 * double line, 7/8 of a character's height from it; the title two lines below them.
 */
export function drawLetterHeader(t: Typesetter, input: PrintableDocument): number {
  const markBottom = drawMark(t, input.fields.issuerMark, mm(30));
  const lineTop = markBottom + mm(4);
  drawDoubleLine(t, lineTop, true);
  drawDoubleLine(t, page.height - mm(20) - doubleLineHeight, false);
  const firstTop = lineTop + doubleLineHeight + (7 / 8) * body;
  const marks = cornerMarks(input.fields);
  marks.forEach((mark, i) => t.text(mark.text, mark.font, body, typeArea.left, baselineBelow(firstTop + i * linePitch, body)));
  if (input.docNumber) {
    const x = typeAreaRight - t.measure(input.docNumber, 'fangsong', body);
    t.text(input.docNumber, 'fangsong', body, x, baselineBelow(firstTop, body));
  }
  const elements = Math.max(marks.length, input.docNumber ? 1 : 0);
  const lastBottom = elements === 0 ? lineTop + doubleLineHeight : firstTop + (elements - 1) * linePitch + body;
  return firstRowBelow(lastBottom) + 2;
}
