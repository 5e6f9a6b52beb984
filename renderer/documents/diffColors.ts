/**
 * Added text is underlined in its author's colour; the colours are chosen to stay clear of the red
 * that marks deletions, and are assigned in the order the comparison lists its authors.
 */
const addedColors = ['#389e0d', '#1677ff', '#722ed1', '#08979c', '#d48806', '#1d39c4'];

export const removedColor = '#cf1322';

export function addedColorFor(authorIds: readonly string[], authorId: string | null): string {
  const index = authorId ? authorIds.indexOf(authorId) : -1;
  return addedColors[Math.max(0, index) % addedColors.length]!;
}
