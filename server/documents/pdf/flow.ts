import type { DocumentFields } from '../../../shared/documents/fields';
import type { BodyNode } from '../../../shared/documents/records';
import { bodyParagraphs, type Run } from './body-paragraphs';
import { breakLines, unitsOf, type Measure } from './line-breaking';
import { cell, typeArea, typeSize } from './page-geometry';
import { printedDate } from './printed-date';
import { titleLines } from './title-lines';
import type { TypeLine } from './typesetter';

/** A grid line of the 主体; `sealX` marks the line the seal is centred on, and where across. */
export interface FlowLine extends TypeLine {
  sealX?: number;
}
/** Lines that go on one page together. */
export type FlowGroup = FlowLine[];

const body = typeSize.三号;
/** At natural spacing each 3号 character takes exactly one grid cell. */
const bodyTracking = cell - body;
const blank: FlowLine = { units: [], size: body, tracking: 0, x: 0, width: 0, align: 'start' };

function paragraphLines(runs: Run[], measure: Measure, indents: { first: number; rest: number }, width = typeArea.width): FlowLine[] {
  return breakLines(runs, { size: body, width, firstIndent: indents.first, indent: indents.rest, tracking: bodyTracking, measure }).map(
    (line, i) => {
      const x = i === 0 ? indents.first : indents.rest;
      return { units: line.units, size: body, tracking: bodyTracking, x, width: width - x, align: line.last ? 'start' : 'justify' };
    },
  );
}

function titleGroup(title: string, measure: Measure): FlowGroup {
  const size = typeSize.二号;
  const fits = (line: string) => measure(line, 'xiaobiaosong', size) <= typeArea.width - 2 * size;
  return titleLines(title, fits).map((text) => ({
    units: unitsOf([{ text, font: 'xiaobiaosong' }], size, measure),
    size,
    tracking: 0,
    x: 0,
    width: typeArea.width,
    align: 'center',
  }));
}

/** Organs of one kind are separated by 、; a class name (各县区人民政府) starts a new kind, after ，. */
function recipientsText(names: string[]): string {
  const separator = names.some((name) => name.startsWith('各')) ? '，' : '、';
  return `${names.join(separator)}：`;
}

/** 附件说明 (§7.3.4): "附件：1.名称", wrapped lines aligned with the first character of the name. */
function attachmentLines(names: string[], measure: Measure): FlowLine[] {
  const label = '附件：';
  const spanOf = (text: string) => measure(text, 'fangsong', body) + bodyTracking * [...text].length;
  const labelStart = 2 * cell;
  const nameColumn = labelStart + 3 * cell;
  return names.flatMap((name, i) => {
    const number = names.length > 1 ? `${i + 1}.` : '';
    const hang = nameColumn + (number ? spanOf(number) : 0);
    const runs: Run[] = [{ text: `${i === 0 ? label : ''}${number}${name}`, font: 'fangsong' }];
    return paragraphLines(runs, measure, { first: i === 0 ? labelStart : nameColumn, rest: hang });
  });
}

function lineOf(text: string, measure: Measure, box: { x: number; width: number; align: FlowLine['align'] }): FlowLine {
  return { units: unitsOf([{ text, font: 'fangsong' }], body, measure), size: body, tracking: bodyTracking, ...box };
}

/**
 * 发文机关署名 and 成文日期 (§7.3.5). Sealed: the date four characters from the right, the 署名
 * centred above it, the seal centred on both. Unsealed: the 署名 two characters from the right,
 * the date on the next line starting two characters further right (or itself two from the right).
 */
function signatureLines(fields: DocumentFields, sealed: boolean, measure: Measure, width: (text: string) => number): FlowLine[] {
  const name = fields.issuerName.trim();
  const date = printedDate(fields.writtenDate);
  const right = typeArea.width;
  if (!name && !date) return [];
  if (sealed) {
    const dateEnd = right - 4 * cell;
    const centre = dateEnd - width(date) / 2;
    const nameStart = Math.min(centre - width(name) / 2, right - width(name));
    const lines: FlowLine[] = [blank, blank];
    if (name) lines.push(lineOf(name, measure, { x: nameStart, width: width(name), align: 'start' }));
    if (date) lines.push(lineOf(date, measure, { x: dateEnd - width(date), width: width(date), align: 'start' }));
    lines[2] = { ...lines[2]!, sealX: centre };
    return lines;
  }
  let nameStart = right - 2 * cell - width(name);
  let dateStart = nameStart + 2 * cell;
  if (dateStart + width(date) > right - 2 * cell) {
    dateStart = right - 2 * cell - width(date);
    nameStart = dateStart - 2 * cell;
  }
  const lines: FlowLine[] = [blank];
  if (name) lines.push(lineOf(name, measure, { x: nameStart, width: width(name), align: 'start' }));
  if (date) lines.push(lineOf(date, measure, { x: dateStart, width: width(date), align: 'start' }));
  return lines;
}

/** 附注 (§7.3.6): in parentheses, two characters in, on the line after the 成文日期. */
function notesLines(notes: string, measure: Measure): FlowLine[] {
  const text = notes.trim();
  if (!text) return [];
  const wrapped = /^[（(].*[）)]$/.test(text) ? text : `（${text}）`;
  return paragraphLines([{ text: wrapped, font: 'fangsong' }], measure, { first: 2 * cell, rest: 0 });
}

/**
 * The 主体 in reading order: title, 主送机关, body, 附件说明, then 署名, 成文日期 and 附注. Each line
 * is its own group except the signature block, which keeps the line before it so a page never
 * opens with a seal and nothing to seal.
 */
export function documentFlow(fields: DocumentFields, bodyNode: BodyNode, sealed: boolean, measure: Measure): FlowGroup[] {
  const width = (text: string) => measure(text, 'fangsong', body) + bodyTracking * Math.max(0, [...text].length - 1);
  const groups: FlowGroup[] = [];
  const title = titleGroup(fields.title, measure);
  if (title.length > 0) groups.push(title, [blank]);
  if (fields.mainRecipients.length > 0) {
    for (const line of paragraphLines([{ text: recipientsText(fields.mainRecipients), font: 'fangsong' }], measure, { first: 0, rest: 0 })) groups.push([line]);
  }
  for (const paragraph of bodyParagraphs(bodyNode)) {
    for (const line of paragraphLines(paragraph.runs, measure, { first: 2 * cell, rest: 0 })) groups.push([line]);
  }
  const attachments = fields.attachments.map((a) => a.name.trim()).filter(Boolean);
  if (attachments.length > 0) {
    groups.push([blank]);
    for (const line of attachmentLines(attachments, measure)) groups.push([line]);
  }
  const closing = [...signatureLines(fields, sealed, measure, width), ...notesLines(fields.notes, measure)];
  const lastText = groups.length > 0 && groups.at(-1)!.every((line) => line.units.length > 0) ? groups.pop()! : [];
  groups.push([...lastText, ...closing]);
  return groups;
}
