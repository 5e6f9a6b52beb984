/**
 * Decides a person's right to one kind of Yjs document. Each module that keeps rich text
 * (公文 bodies, 纪要) registers one for its docId prefix ("doc:", "minutes:").
 */
export interface DocumentAccessResolver {
  prefix: string;
  access(userId: string, docId: string): 'read' | 'write' | null;
}

/** The most specific resolver for the docId decides; when none claims it, nobody gets in. */
export function resolveDocumentAccess(resolvers: DocumentAccessResolver[], userId: string, docId: string): 'read' | 'write' | null {
  const resolver = resolvers.filter((r) => docId.startsWith(r.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return resolver ? resolver.access(userId, docId) : null;
}
