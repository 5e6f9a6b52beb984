// Renders PDF pages to PNG so a person can look at the layout:
//   npx tsx scripts/render-pdf-page.ts                      the sample 公文 → /tmp/sample-page-N.png
//   npx tsx scripts/render-pdf-page.ts --pdf doc.pdf --out /tmp/doc --scale 2
// pdf.js draws the pages in Node (with the canvas package it ships with), the same renderer the
// client's print preview uses, so what you see here is what a reader sees.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderDocumentPdf } from '../server/documents/pdf/render';
import { sampleDocument } from '../server/documents/pdf/sample-document';

/** What pdf.js's Node canvas factory hands out (a @napi-rs/canvas canvas and its context). */
interface NodeCanvasFactory {
  create(width: number, height: number): {
    canvas: { toBuffer(mime: 'image/png'): Buffer };
    context: { fillStyle: string; fillRect(x: number, y: number, width: number, height: number): void };
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pdf: { type: 'string' },
      out: { type: 'string', default: '/tmp/sample-page' },
      scale: { type: 'string', default: '1.5' },
      'save-pdf': { type: 'string' },
    },
  });
  // Enough body for two pages, sealed: the header, the body running on, the seal and the 版记.
  const bytes = values.pdf ? readFileSync(values.pdf) : await renderDocumentPdf(sampleDocument());
  if (values['save-pdf']) writeFileSync(values['save-pdf'], bytes);

  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes) }).promise;
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const viewport = page.getViewport({ scale: Number(values.scale) });
    const { canvas, context } = (pdf.canvasFactory as NodeCanvasFactory).create(viewport.width, viewport.height);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, viewport.width, viewport.height);
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
    const file = `${values.out}-${number}.png`;
    writeFileSync(file, canvas.toBuffer('image/png'));
    console.log(file);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
