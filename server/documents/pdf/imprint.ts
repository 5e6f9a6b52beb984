import type { DocumentFields } from '../../../shared/documents/fields';
import { breakLines, unitsOf, type Measure } from './line-breaking';
import { baselineInRow, linesPerPage, mm, rowTop, typeArea, typeAreaBottom, typeAreaRight, typeSize } from './page-geometry';
import { printedDate } from './printed-date';
import type { Typesetter, TypeLine } from './typesetter';

const size = typeSize.四号;
/** 版记 text sits one 4号 character in from each side of the 版心. */
const inset = size;

/** The 版记 (§7.4): 抄送机关 lines, then one line of 印发机关 and 印发日期. */
export interface Imprint {
  copies: TypeLine[];
  printing: TypeLine[] | null;
}

function textLine(text: string, measure: Measure, box: Pick<TypeLine, 'x' | 'width' | 'align'>): TypeLine {
  return { units: unitsOf([{ text, font: 'fangsong' }], size, measure), size, tracking: 0, ...box };
}

/** 信函格式 has no 印发 line and no rules (§10.1). */
export function imprintOf(fields: DocumentFields, letterFormat: boolean, measure: Measure): Imprint {
  const width = typeArea.width - 2 * inset;
  const copies: TypeLine[] = [];
  if (fields.ccRecipients.length > 0) {
    const label = '抄送：';
    const hang = measure(label, 'fangsong', size);
    const runs = [{ text: `${label}${fields.ccRecipients.join('，')}。`, font: 'fangsong' as const }];
    breakLines(runs, { size, width, firstIndent: 0, indent: hang, tracking: 0, measure }).forEach((line, i) => {
      const x = inset + (i === 0 ? 0 : hang);
      copies.push({ units: line.units, size, tracking: 0, x, width: width - (x - inset), align: line.last ? 'start' : 'justify' });
    });
  }
  const org = fields.printingOrg.trim();
  const date = printedDate(fields.printingDate);
  const printing =
    letterFormat || (!org && !date)
      ? null
      : [textLine(org, measure, { x: inset, width, align: 'start' }), textLine(date ? `${date}印发` : '', measure, { x: inset, width, align: 'end' })];
  return { copies, printing };
}

export function imprintRows(imprint: Imprint): number {
  return imprint.copies.length + (imprint.printing ? 1 : 0);
}

function rule(t: Typesetter, y: number, thickness: number): void {
  t.doc.save().moveTo(typeArea.left, y).lineTo(typeAreaRight, y).lineWidth(thickness).strokeColor('black').stroke().restore();
}

/** At the foot of the last page, its last rule on the bottom edge of the 版心: thick rules outside, thin between. */
export function drawImprint(t: Typesetter, imprint: Imprint, letterFormat: boolean): void {
  const rows = imprintRows(imprint);
  if (rows === 0) return;
  const firstRow = linesPerPage - rows;
  imprint.copies.forEach((line, i) => t.drawLine(line, baselineInRow(firstRow + i, size)));
  if (imprint.printing) for (const line of imprint.printing) t.drawLine(line, baselineInRow(linesPerPage - 1, size));
  if (letterFormat) return;
  rule(t, rowTop(firstRow), mm(0.35));
  if (imprint.copies.length > 0 && imprint.printing) rule(t, rowTop(firstRow + imprint.copies.length), mm(0.25));
  rule(t, typeAreaBottom, mm(0.35));
}
