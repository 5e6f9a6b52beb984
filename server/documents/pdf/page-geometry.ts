/**
 * GB/T 9704-2012 page geometry in PDF points (1/72 inch, y growing downwards as pdfkit draws):
 * A4, 天头 37 mm, 订口 28 mm, a 156×225 mm 版心 holding 22 lines of 28 characters in 3号.
 */

export const mm = (value: number): number => (value * 72) / 25.4;

/** Chinese type sizes (字号) in points. */
export const typeSize = { 二号: 22, 三号: 16, 四号: 14 } as const;

export const page = { width: mm(210), height: mm(297) };
export const typeArea = { left: mm(28), top: mm(37), width: mm(156), height: mm(225) };
export const typeAreaRight = typeArea.left + typeArea.width;
export const typeAreaBottom = typeArea.top + typeArea.height;

export const linesPerPage = 22;
export const charsPerLine = 28;
/** The width one 3号 character takes on the grid; slightly less than 16 pt, as in the standard's own layout. */
export const cell = typeArea.width / charsPerLine;
export const linePitch = typeArea.height / linesPerPage;

/**
 * Where CJK glyphs sit on their baseline: the ideographic em box runs from 0.88 em above the
 * baseline to 0.12 em below it. Centring that box in a grid line puts the baseline here.
 */
const emAboveBaseline = 0.88;
const emCentreAboveBaseline = 0.38;

export function rowTop(row: number): number {
  return typeArea.top + row * linePitch;
}

export function baselineInRow(row: number, size: number): number {
  return rowTop(row) + linePitch / 2 + emCentreAboveBaseline * size;
}

/** Baseline for a line of type whose em box starts at `top`. */
export function baselineBelow(top: number, size: number): number {
  return top + emAboveBaseline * size;
}

/** The lowest point of a line of type set on `baseline`. */
export function emBottom(baseline: number, size: number): number {
  return baseline + (1 - emAboveBaseline) * size;
}

/** The first grid line lying wholly below `y`. */
export function firstRowBelow(y: number): number {
  return Math.max(0, Math.ceil((y - typeArea.top) / linePitch - 1e-6));
}

/** Red of the 发文机关标志, the separator line and the 信函 double lines. */
export const headerRed = '#e60012';

export const sealDiameter = mm(42);
