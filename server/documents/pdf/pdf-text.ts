/**
 * Reads a PDF back the way a reader's software does (pdf.js), for tests that check what a 公文
 * PDF says and where: each text item with its position in points from the page's top-left.
 */

export interface PdfTextItem {
  text: string;
  x: number;
  /** The baseline, measured from the top of the page. */
  y: number;
  size: number;
  width: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [a, b, , , e, f] = item.transform as number[];
      items.push({ text: item.str, x: e!, y: height - f!, size: Math.hypot(a!, b!), width: item.width });
    }
    pages.push({ width, height, items });
  }
  await pdf.destroy();
  return pages;
}
