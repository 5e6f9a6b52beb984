import PDFDocument from 'pdfkit';
import { isValidIsoDate } from '../../../shared/documents/dates';
import { documentFlow, type FlowLine } from './flow';
import { documentFonts, type DocumentFonts } from './fonts';
import { drawLetterHeader, drawStandardHeader } from './header';
import { drawImprint, imprintOf, imprintRows } from './imprint';
import { paginate } from './paginate';
import { baselineInRow, firstRowBelow, linePitch, linesPerPage, page, rowTop, sealDiameter, typeArea } from './page-geometry';
import { drawPageNumber } from './page-number';
import type { PrintableDocument } from './printable';
import { drawSealImage } from './seal-image';
import { Typesetter } from './typesetter';

/** The 署名 and 成文日期 sit a little below the seal's centre (§7.3.5.2). */
const sealCentreBelowRowTop = linePitch * 0.25;

/** The 成文日期 at midnight in China, so the same document always gives the same bytes. */
function creationDate(writtenDate: string): Date {
  if (!isValidIsoDate(writtenDate)) return new Date(0);
  return new Date(`${writtenDate}T00:00:00+08:00`);
}

export function toBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** A 公文 as a PDF in GB/T 9704-2012 layout, its fonts embedded as subsets. */
export async function renderDocumentPdf(input: PrintableDocument, fonts: DocumentFonts = documentFonts()): Promise<Buffer> {
  const { fields } = input;
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margin: 0,
    autoFirstPage: false,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: fields.title,
      Author: fields.issuerName,
      Subject: input.docNumber ?? '',
      Creator: '协同办公',
      Producer: '协同办公',
      CreationDate: creationDate(fields.writtenDate),
    },
  });
  const output = toBuffer(doc);
  const t = new Typesetter(doc, fonts);

  doc.addPage();
  const titleRow = input.letterFormat ? drawLetterHeader(t, input) : drawStandardHeader(t, input);
  const flow = documentFlow(fields, input.body, input.sealImage !== null, t.measure);
  const layout = paginate(flow, titleRow, (line: FlowLine) => line.units.length === 0);

  const anchor = input.sealImage ? layout.placed.find((p) => p.line.sealX !== undefined) : undefined;
  const seal = anchor && { page: anchor.page, x: typeArea.left + anchor.line.sealX!, y: rowTop(anchor.row) + sealCentreBelowRowTop };

  const imprint = imprintOf(fields, input.letterFormat, t.measure);
  const freeRow = Math.max(layout.nextRow, seal?.page === layout.lastPage ? firstRowBelow(seal.y + sealDiameter / 2) : 0);
  const imprintPage = imprintRows(imprint) > 0 && freeRow + imprintRows(imprint) > linesPerPage ? layout.lastPage + 1 : layout.lastPage;

  for (let pageIndex = 0; pageIndex <= imprintPage; pageIndex++) {
    if (pageIndex > 0) doc.addPage();
    for (const { line, row } of layout.placed.filter((p) => p.page === pageIndex)) t.drawLine(line, baselineInRow(row, line.size));
    if (seal?.page === pageIndex && input.sealImage) drawSealImage(t, input.sealImage, seal.x, seal.y, sealDiameter);
    if (pageIndex === imprintPage) drawImprint(t, imprint, input.letterFormat);
    if (!(input.letterFormat && pageIndex === 0)) drawPageNumber(t, pageIndex + 1);
  }
  doc.end();
  return output;
}
