import type { ApiClient } from '../http/api-client';
import type { LocalDb } from '../store/open-local-db';
import { incomingDocument, outgoingDocument } from './document-records';

/** Characters a file name may not hold on Windows, macOS or Linux (control characters included). */
const unsafeInFileName = /[\\/:*?"<>|\p{Cc}]/gu;

/** The GB/T 9704 PDF the server typesets, named after the document for the save dialog. */
export async function documentPdf(db: LocalDb, http: ApiClient, kind: 'outgoing' | 'incoming', id: string): Promise<{ fileName: string; dataBase64: string }> {
  const doc = kind === 'outgoing' ? outgoingDocument(db, id) : incomingDocument(db, id);
  const bytes = await http.download(kind === 'outgoing' ? 'documentPdf' : 'incomingPdf', { params: { id } });
  const name = (doc.fields.title || doc.docNumber || '公文').replace(unsafeInFileName, '_');
  return { fileName: `${name}.pdf`, dataBase64: Buffer.from(bytes).toString('base64') };
}
