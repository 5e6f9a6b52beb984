import type { SupervisionItem } from '../../../shared/supervision/records';
import type { TextIndex } from '../search/text-index';

export const supervisionTextIndex: TextIndex = { trigrams: 'supervision_trigrams', pairs: 'supervision_pairs', runEnds: true };

/** What an item is found by: its number, its title and the original 批示 or text it comes from. */
export function searchableItemText(item: Pick<SupervisionItem, 'number' | 'title' | 'originalText'>): string {
  return [item.number, item.title, item.originalText].filter(Boolean).join('\n');
}
