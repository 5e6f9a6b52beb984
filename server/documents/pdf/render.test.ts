import { describe, expect, it } from 'vitest';
import { DocumentFields } from '../../../shared/documents/fields';
import type { BodyNode } from '../../../shared/documents/records';
import { findDocumentFonts } from './fonts';
import { cell, linePitch, mm, typeArea, typeAreaBottom, typeAreaRight } from './page-geometry';
import { readPdfText, type PdfPage, type PdfTextItem } from './pdf-text';
import { renderDocumentPdf } from './render';
import { sampleDocument } from './sample-document';

const bodySize = 16;
const fullWidthOnly = /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]+$/u;

/** Text lines of one size on a page: items sharing a baseline, joined left to right. */
function linesOf(page: PdfPage, size: number): { y: number; x: number; right: number; text: string; items: PdfTextItem[] }[] {
  const rows = new Map<number, PdfTextItem[]>();
  for (const item of page.items.filter((i) => Math.abs(i.size - size) < 0.01)) {
    const key = Math.round(item.y * 10) / 10;
    rows.set(key, [...(rows.get(key) ?? []), item]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, items]) => {
      const sorted = items.sort((a, b) => a.x - b.x);
      const last = sorted.at(-1)!;
      return { y: sorted[0]!.y, x: sorted[0]!.x, right: last.x + last.width, text: sorted.map((i) => i.text).join(''), items: sorted };
    });
}

const allText = (pages: PdfPage[]) => pages.flatMap((p) => p.items.map((i) => i.text)).join('\n');
const find = (page: PdfPage, text: string) => page.items.find((i) => i.text === text);
const findIn = (page: PdfPage, text: string) => page.items.find((i) => i.text.includes(text));

describe('公文 PDF in GB/T 9704-2012 layout', () => {
  it('sets a long 通知 on A4 pages of 22 lines × 28 characters, numbered "— N —" on alternating sides', async () => {
    const input = sampleDocument({ extraParagraphs: 14 });
    const bytes = await renderDocumentPdf(input);
    const pages = await readPdfText(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(3);

    for (const page of pages) {
      expect(page.width).toBeCloseTo(mm(210), 1);
      expect(page.height).toBeCloseTo(mm(297), 1);
    }
    const text = allText(pages);
    expect(text).toContain('滨政发〔2026〕3号');
    expect(text).toContain('2026年11月23日');
    const titleLines = linesOf(pages[0]!, 22).map((line) => line.text);
    expect(titleLines.join('')).toBe(input.fields.title);

    // Page numbers: 4号, 7 mm below the 版心, odd pages one character in from the right, even from the left.
    pages.forEach((page, i) => {
      const number = find(page, `— ${i + 1} —`)!;
      expect(number, `page ${i + 1}`).toBeDefined();
      expect(number.size).toBe(14);
      expect(number.y).toBeGreaterThan(typeAreaBottom + mm(7));
      expect(number.y).toBeLessThan(typeAreaBottom + mm(7) + 14);
      if ((i + 1) % 2 === 1) expect(number.x + number.width).toBeCloseTo(typeAreaRight - 14, 0);
      else expect(number.x).toBeCloseTo(typeArea.left + 14, 0);
    });

    // Page 2 is body from top to bottom: 22 lines at the 版心's pitch, full lines 28 characters wide.
    const lines = linesOf(pages[1]!, bodySize);
    expect(lines).toHaveLength(22);
    lines.slice(1).forEach((line, i) => expect(line.y - lines[i]!.y).toBeCloseTo(linePitch, 2));
    expect(lines[0]!.y).toBeGreaterThan(typeArea.top);
    expect(lines.at(-1)!.y).toBeLessThan(typeAreaBottom);
    const full = lines.filter((line) => fullWidthOnly.test(line.text) && Math.abs(line.x - typeArea.left) < 0.5 && line.right > typeAreaRight - cell / 2);
    expect(full.length).toBeGreaterThanOrEqual(3);
    for (const line of full) {
      expect([...line.text].length, line.text).toBeLessThanOrEqual(28);
      expect(line.right).toBeCloseTo(typeAreaRight, 0);
    }
    expect(full.filter((line) => [...line.text].length === 28).length).toBeGreaterThanOrEqual(3);
  });

  it('loses no line of the body and prints none over another', async () => {
    const input = sampleDocument({ extraParagraphs: 14 });
    const pages = await readPdfText(await renderDocumentPdf(input));
    const bodyLines = pages.flatMap((page) => linesOf(page, bodySize));
    for (const page of pages) {
      for (const line of linesOf(page, bodySize)) {
        expect(line.x).toBeGreaterThanOrEqual(typeArea.left - 0.5);
        expect(line.right).toBeLessThanOrEqual(typeAreaRight + 0.5);
        line.items.slice(1).forEach((item, i) => expect(item.x).toBeGreaterThanOrEqual(line.items[i]!.x + line.items[i]!.width - 0.5));
      }
    }
    const printed = bodyLines.map((line) => line.text).join('');
    const paragraphs = (input.body.content ?? []).map((p: BodyNode) => (p.content ?? []).map((t) => t.text).join(''));
    for (const paragraph of paragraphs) expect(printed).toContain(paragraph);
  });

  it('embeds its fonts as subsets and gives the same bytes for the same document', async () => {
    const input = sampleDocument();
    const bytes = await renderDocumentPdf(input);
    const raw = bytes.toString('latin1');
    expect(raw).toMatch(/\/FontFile[23]/);
    const baseFonts = [...raw.matchAll(/\/BaseFont \/(\S+)/g)].map((m) => m[1]!);
    expect(baseFonts.length).toBeGreaterThan(0);
    for (const name of baseFonts) expect(name).toMatch(/^[A-Z]{6}\+/);
    expect((await renderDocumentPdf(input)).equals(bytes)).toBe(true);
  });

  it('puts the 版头 where the standard says: mark 35 mm into the 版心, 字号 centred, title two lines below the red line', async () => {
    const pages = await readPdfText(await renderDocumentPdf(sampleDocument()));
    const first = pages[0]!;
    const mark = find(first, '滨州市人民政府文件')!;
    expect(mark.y - 0.88 * mark.size).toBeCloseTo(typeArea.top + mm(35), 0);
    expect(mark.x + mark.width / 2).toBeCloseTo(typeArea.left + typeArea.width / 2, 0);
    const number = find(first, '滨政发〔2026〕3号')!;
    expect(number.x + number.width / 2).toBeCloseTo(typeArea.left + typeArea.width / 2, 0);
    expect(number.y - mark.y).toBeGreaterThan(2 * linePitch);
    expect(find(first, '000123')!.x).toBeCloseTo(typeArea.left, 1);
    expect(find(first, '特急')).toBeDefined();
    const [title] = linesOf(first, 22);
    expect(title!.y - number.y).toBeGreaterThan(3 * linePitch);
    const recipients = linesOf(first, bodySize).find((line) => line.text.startsWith('各县'))!;
    expect(recipients.text).toBe('各县（市、区）人民政府，市政府各部门，各大企业：');
    expect(recipients.x).toBeCloseTo(typeArea.left, 1);
  });

  it('sets an 上行文 with its 签发人 on the right and the 字号 one character in on the same line', async () => {
    const input = sampleDocument();
    input.fields = DocumentFields.parse({ ...input.fields, type: '请示', direction: '上行文', signers: ['张三', '李四', '王五'], urgency: '普通', copyNumber: '' });
    const [first] = await readPdfText(await renderDocumentPdf(input));
    const number = find(first!, '滨政发〔2026〕3号')!;
    expect(number.x).toBeCloseTo(typeArea.left + cell, 1);
    expect(findIn(first!, '王五')!.y).toBeCloseTo(number.y, 1);
    const firstSigners = findIn(first!, '张三')!;
    expect(firstSigners.y).toBeCloseTo(number.y - linePitch, 1);
    expect(firstSigners.text).toMatch(/^签发人：/);
    expect(findIn(first!, '李四')!.y).toBeCloseTo(firstSigners.y, 1);
    expect(find(first!, '特急')).toBeUndefined();
  });

  it('sets an unsealed 署名 two characters from the right with the date two characters further in', async () => {
    const input = { ...sampleDocument(), sealImage: null };
    const pages = await readPdfText(await renderDocumentPdf(input));
    const last = pages.find((page) => find(page, '滨州市人民政府'))!;
    const name = find(last, '滨州市人民政府')!;
    const date = find(last, '2026年11月23日')!;
    expect(date.y - name.y).toBeCloseTo(linePitch, 1);
    const nameRight = name.x + name.width;
    const dateRight = date.x + date.width;
    const dateIsLonger = dateRight > nameRight;
    if (dateIsLonger) expect(dateRight).toBeCloseTo(typeAreaRight - 2 * cell, 0);
    else expect(nameRight).toBeCloseTo(typeAreaRight - 2 * cell, 0);
    expect(date.x - name.x).toBeCloseTo(2 * cell, 0);
  });

  it('draws a PNG seal as an image and an SVG seal as vector art', async () => {
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
    const withPng = (await renderDocumentPdf({ ...sampleDocument(), sealImage: png })).toString('latin1');
    expect(withPng).toContain('/Subtype /Image');
    const withSvg = (await renderDocumentPdf(sampleDocument())).toString('latin1');
    expect(withSvg).not.toContain('/Subtype /Image');
    await expect(renderDocumentPdf({ ...sampleDocument(), sealImage: 'data:text/html,<b>x</b>' })).rejects.toThrow('印章图片');
  });

  it('sets the 信函格式: mark 30 mm from the top, 字号 flush right, no page number on page 1', async () => {
    const input = sampleDocument({ letterFormat: true, extraParagraphs: 6 });
    input.fields = DocumentFields.parse({ ...input.fields, issuerMark: '滨州市人民政府办公室' });
    const pages = await readPdfText(await renderDocumentPdf(input));
    const first = pages[0]!;
    const mark = find(first, '滨州市人民政府办公室')!;
    expect(mark.y - 0.88 * mark.size).toBeCloseTo(mm(30), 0);
    const number = find(first, '滨政发〔2026〕3号')!;
    expect(number.x + number.width).toBeCloseTo(typeAreaRight, 0);
    expect(find(first, '— 1 —')).toBeUndefined();
    expect(find(pages[1]!, '— 2 —')).toBeDefined();
    expect(allText(pages)).not.toContain('印发');
  });

  it('prefers a configured font file and refuses one that cannot set Chinese', () => {
    const bold = require.resolve('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf');
    const fonts = findDocumentFonts({ fangsong: bold });
    expect(fonts.fangsong).toEqual({ path: bold, postscriptName: null, source: 'configured' });
    expect(() => findDocumentFonts({ kaiti: __filename })).toThrow('kaiti');
  });
});
