import { mm, typeArea, typeAreaBottom, typeAreaRight, typeSize } from './page-geometry';
import type { Typesetter } from './typesetter';

const size = typeSize.四号;
/** Where an em dash sits above the baseline, so the dashes land on the line the standard names. */
const dashAboveBaseline = 0.32;

/**
 * 页码 (§7.5): "— N —" in 4号 半角宋体, its dashes 7 mm below the 版心; odd pages one character in
 * from the right, even pages one character in from the left.
 */
export function drawPageNumber(t: Typesetter, pageNumber: number): void {
  const text = `— ${pageNumber} —`;
  const width = t.measure(text, 'songti', size);
  const x = pageNumber % 2 === 1 ? typeAreaRight - size - width : typeArea.left + size;
  t.text(text, 'songti', size, x, typeAreaBottom + mm(7) + dashAboveBaseline * size);
}
