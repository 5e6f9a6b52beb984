import { downloadBytes } from './fileData';
import { pdfBytes } from '../documents/print/loadPdf';

export const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves a file the core made (督办台账, 督查通报, 值班表) under the name it chose. */
export function downloadCoreFile(file: { fileName: string; dataBase64: string }, mime: string): void {
  downloadBytes(pdfBytes(file.dataBase64), mime, file.fileName);
}
