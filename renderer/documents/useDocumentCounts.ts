import type { DocumentCounts } from '../../shared/documents/api-types';
import { useApiQuery } from '../api/useApiQuery';

/** How many 公文 sit in each box; re-read whenever the core says documents changed. */
export function useDocumentCounts(): DocumentCounts | undefined {
  return useApiQuery('documents', (api) => api.documents.counts({})).data;
}
