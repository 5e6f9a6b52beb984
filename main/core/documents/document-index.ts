import type { TextIndex } from '../search/text-index';

export const documentTextIndex: TextIndex = { trigrams: 'document_trigrams', pairs: 'document_pairs', runEnds: true };

/** What a document is found by: its title, 字号, 收文编号 and the text of its body. */
export function searchableDocumentText(parts: { title: string; docNumber: string | null; registerNumber: string | null; bodyText: string }): string {
  return [parts.title, parts.docNumber, parts.registerNumber, parts.bodyText].filter(Boolean).join('\n');
}
