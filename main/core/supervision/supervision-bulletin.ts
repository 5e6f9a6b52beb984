import type { ApiClient } from '../http/api-client';

/** The 督查通报 the server typesets for a period, named after the period for the save dialog. */
export async function supervisionBulletin(http: ApiClient, query: { from: string; to: string; title?: string }): Promise<{ fileName: string; dataBase64: string }> {
  const bytes = await http.download('supervisionBulletin', { query });
  return { fileName: `督查通报（${query.from}至${query.to}）.pdf`, dataBase64: Buffer.from(bytes).toString('base64') };
}
