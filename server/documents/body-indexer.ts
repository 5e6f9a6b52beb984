import type { Logger } from 'pino';
import { bodyPlainText } from '../../shared/documents/body';
import { bodyEditable } from '../../shared/documents/workflow';
import type { Writer } from '../sync/writer';
import type { DocumentBodies } from './bodies';
import type { DocumentStore } from './document-store';

/**
 * Keeps a document's searchable bodyText in step with its Yjs body, once edits settle (the rooms
 * call back after a quiet spell), so lists and full-text search see what the drafters wrote.
 */
export class BodyIndexer {
  constructor(private readonly deps: { store: DocumentStore; bodies: DocumentBodies; writer: Writer; log: Pick<Logger, 'warn'> }) {}

  async refresh(docId: string): Promise<void> {
    if (!docId.startsWith('doc:')) return;
    const { store, bodies, writer, log } = this.deps;
    const documentId = docId.slice('doc:'.length);
    try {
      const text = bodyPlainText(await bodies.bodyJson(docId));
      await writer.write((scope) => {
        const document = store.outgoing(documentId);
        if (!document || !bodyEditable(document.workflow.step) || document.bodyText === text) return;
        store.saveOutgoing(scope, { ...document, bodyText: text });
      });
    } catch (error) {
      log.warn({ err: error, docId }, 'could not refresh a 公文 body text');
    }
  }
}
