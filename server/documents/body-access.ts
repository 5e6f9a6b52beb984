import type { OutgoingDocument } from '../../shared/documents/records';
import { bodyEditable } from '../../shared/documents/workflow';
import type { DocumentAccessResolver } from '../yjs-access';
import type { DocumentStore } from './document-store';

/**
 * Who may open a body: the people whose step it is write while the step allows editing (拟稿, 核稿,
 * 签发 before signing); everyone else the document has involved reads. After 签发 it is frozen.
 */
export function bodyAccess(document: OutgoingDocument, userId: string): 'read' | 'write' | null {
  if (bodyEditable(document.workflow.step) && document.workflow.assignees.includes(userId)) return 'write';
  return document.participants.includes(userId) ? 'read' : null;
}

export function documentBodyAccess(store: DocumentStore): DocumentAccessResolver {
  return {
    prefix: 'doc:',
    access(userId, docId) {
      const document = store.outgoing(docId.slice('doc:'.length));
      return document ? bodyAccess(document, userId) : null;
    },
  };
}
