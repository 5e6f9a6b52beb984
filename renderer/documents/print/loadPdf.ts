import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** The PDF's bytes from the core's base64. */
export function pdfBytes(dataBase64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Opens a PDF with pdf.js, loaded on first use so the app's main bundle stays small. Its worker is
 * a file of the app itself (script-src 'self'); eval stays off because the CSP forbids it.
 */
export async function loadPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  // pdf.js takes ownership of the buffer it is given: hand it a copy, keep ours for download and print.
  return pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
}
