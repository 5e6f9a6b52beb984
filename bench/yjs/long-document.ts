import * as Y from 'yjs';

/** Characters in (d)'s document, each stored as its own update. */
export const coldDocumentUpdates = 100_000;

/**
 * (d) stores the document twice: the first copy is the first a just-started server loads, the
 * second shows the same load in a process that is already warm.
 */
export const coldDocumentIds = ['cold-a', 'cold-b'] as const;

/**
 * A document as its update log: one-character edits, every seventh at the start and the rest
 * appended, the same every time so each server loads identical content.
 */
export function buildLongDocument(updateCount: number): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  doc.clientID = 1;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const text = doc.getText('body');
  for (let i = 0; i < updateCount; i++) text.insert(i % 7 === 0 ? 0 : text.length, String.fromCharCode(0x4e00 + (i % 500)));
  return { doc, updates };
}
