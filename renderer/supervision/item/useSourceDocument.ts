import type { DocRef } from '../../app/navigation';
import { useApiQuery } from '../../api/useApiQuery';

/**
 * The 公文 an item comes from: the item keeps only its id, which may be a 发文 or a 收文, so both
 * are asked for; null when it is neither or I may not read it.
 */
export function useSourceDocument(id: string | null): { ref: DocRef; title: string } | null | undefined {
  const query = useApiQuery(
    'documents',
    async (api) => {
      if (!id) return null;
      const outgoing = await api.documents.outgoing({ id }).catch(() => null);
      if (outgoing) return { ref: { kind: 'outgoing' as const, id }, title: outgoing.fields.title };
      const incoming = await api.documents.incoming({ id }).catch(() => null);
      return incoming ? { ref: { kind: 'incoming' as const, id }, title: incoming.fields.title } : null;
    },
    [id],
  );
  return query.data;
}
