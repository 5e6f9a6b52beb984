import type { DocumentFields } from '../../../shared/documents/fields';
import type { BodyNode } from '../../../shared/documents/records';

/** Everything printed on a 公文: its fields, the 字号 once assigned, the body and the seal's picture. */
export interface PrintableDocument {
  fields: DocumentFields;
  docNumber: string | null;
  body: BodyNode;
  /** The seal image as a data: URL (SVG or PNG), drawn over the 署名 and 成文日期; null when unsealed. */
  sealImage: string | null;
  /** 信函格式 (GB/T 9704 §10.1): the mark 30 mm from the top, red double lines, no page number on page 1. */
  letterFormat: boolean;
}
