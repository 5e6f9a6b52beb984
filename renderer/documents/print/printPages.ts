import type { PDFDocumentProxy } from 'pdfjs-dist';

/** While printing, only the rendered pages go to paper, one A4 sheet each, edge to edge. */
const printStyle = `
@media screen { .xt-print-sheets { display: none; } }
@media print {
  @page { size: A4; margin: 0; }
  body > *:not(.xt-print-sheets) { display: none !important; }
  .xt-print-sheets img { display: block; width: 210mm; height: 297mm; break-after: page; }
}`;

/** 300 dpi: pdf.js draws at 72 dpi for scale 1. */
const printScale = 300 / 72;

async function pageImage(pdf: PDFDocumentProxy, pageNumber: number): Promise<string> {
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale: printScale });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  await page.render({ canvas, viewport, intent: 'print', background: '#ffffff' }).promise;
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('页面渲染失败');
  return URL.createObjectURL(blob);
}

/**
 * Prints the document's pages as the preview shows them: each page drawn at print resolution into
 * an image on its own sheet, everything else on the screen hidden while the print dialog is open.
 * No PDF plug-in or frame is involved, which the app's CSP would refuse anyway.
 */
export async function printPages(pdf: PDFDocumentProxy): Promise<void> {
  const urls: string[] = [];
  const sheets = document.createElement('div');
  sheets.className = 'xt-print-sheets';
  const style = document.createElement('style');
  style.textContent = printStyle;
  sheets.appendChild(style);
  try {
    for (let n = 1; n <= pdf.numPages; n++) urls.push(await pageImage(pdf, n));
    await Promise.all(
      urls.map((url) => {
        const img = new Image();
        img.src = url;
        img.alt = '';
        sheets.appendChild(img);
        return img.decode();
      }),
    );
    document.body.appendChild(sheets);
    window.print();
  } finally {
    sheets.remove();
    for (const url of urls) URL.revokeObjectURL(url);
  }
}
