/**
 * Breaking a 标题 into centred lines (GB/T 9704 §7.3.1): "回行时，要做到词意完整，排列对称，长短适宜".
 * Lines break only between words (ICU's Chinese word segmentation), as few lines as fit, lengths
 * as even as the words allow, preferring the customary break before "关于" and never before "的".
 */

const noLineStart = /^[，。、；：？！）》」』】〕”’]/;
const noLineEnd = /[（《「『【〔“‘]$/;

function wordBoundaries(title: string): number[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(title)].map((s) => s.index).filter((i) => i > 0);
}

function breakCost(title: string, at: number): number {
  if (noLineStart.test(title.slice(at)) || noLineEnd.test(title.slice(0, at))) return Infinity;
  if (/\d$/.test(title.slice(0, at)) && /^[年月日号个项条]/.test(title.slice(at))) return Infinity;
  if (title.startsWith('关于', at)) return -4;
  if (title.startsWith('的', at)) return 6;
  return 0;
}

/** The cheapest way to set the whole title in exactly `count` lines, or null if it cannot be done. */
function bestLines(text: string, breaks: number[], count: number, fits: (line: string) => boolean): string[] | null {
  const target = text.length / count;
  // cheapest[k][i]: cost of setting text up to breaks[i] in k lines, and where the last line began.
  const cheapest: { cost: number; from: number }[][] = [[{ cost: 0, from: -1 }]];
  for (let k = 1; k <= count; k++) {
    const row: { cost: number; from: number }[] = [];
    for (let end = 1; end < breaks.length; end++) {
      for (let start = 0; start < end; start++) {
        const before = cheapest[k - 1]![start];
        const line = text.slice(breaks[start], breaks[end]);
        if (!before || !Number.isFinite(before.cost) || !fits(line)) continue;
        const isLast = end === breaks.length - 1;
        const cost = before.cost + (line.length - target) ** 2 + (isLast ? 0 : breakCost(text, breaks[end]!));
        if (cost < (row[end]?.cost ?? Infinity)) row[end] = { cost, from: start };
      }
    }
    cheapest.push(row);
  }
  let end = breaks.length - 1;
  if (!cheapest[count]![end] || !Number.isFinite(cheapest[count]![end]!.cost)) return null;
  const lines: string[] = [];
  for (let k = count; k > 0; k--) {
    const from = cheapest[k]![end]!.from;
    lines.unshift(text.slice(breaks[from], breaks[end]));
    end = from;
  }
  return lines;
}

export function titleLines(title: string, fits: (line: string) => boolean): string[] {
  const text = title.trim();
  if (text === '') return [];
  const breaks = [0, ...wordBoundaries(text), text.length];
  for (let count = 1; count < breaks.length; count++) {
    const lines = bestLines(text, breaks, count, fits);
    if (lines) return lines;
  }
  return [text];
}
