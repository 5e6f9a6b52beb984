import type { Run } from './body-paragraphs';
import type { FontRole } from './fonts';

/** Natural advance width of `text` set in `font` at `size` points. */
export type Measure = (text: string, font: FontRole, size: number) => number;

/**
 * Something that is never split across lines: one Chinese character, or a run of Latin letters
 * and digits (2026, GB/T, 9704). `cell` marks a quotation mark that Chinese text gives a whole
 * character cell although many fonts draw it narrow; its glyph hugs the text it belongs to.
 */
export interface Unit {
  text: string;
  font: FontRole;
  width: number;
  cell: 'glyphLeft' | 'glyphRight' | null;
}

export interface SetLine {
  units: Unit[];
  /** Ends a paragraph or a hard break: set at natural spacing instead of filling the measure. */
  last: boolean;
}

export interface BreakOptions {
  size: number;
  /** The measure of a full line. */
  width: number;
  /** Indent of the paragraph's first line and of the lines after it, in points. */
  firstIndent: number;
  indent: number;
  /** Space added after every character at natural spacing (negative: set tighter). */
  tracking: number;
  measure: Measure;
}

/** 禁则: these may not begin a line … */
const noLineStart = new Set([...'，。、；：？！）》」』】〕〉”’…—·%‰,.;:?!)]}']);
/** … and these may not end one. */
const noLineEnd = new Set([...'（《「『【〔〈“‘([{']);
const cellMarks: Record<string, Unit['cell']> = { '“': 'glyphRight', '‘': 'glyphRight', '”': 'glyphLeft', '’': 'glyphLeft' };

const latinToken = /[A-Za-z0-9.%/_@#&+-]{1,20}|[\s\S]/gu;

export function unitsOf(runs: Run[], size: number, measure: Measure): Unit[] {
  const units: Unit[] = [];
  for (const run of runs) {
    for (const [text] of run.text.matchAll(latinToken)) {
      const cell = cellMarks[text] ?? null;
      units.push({ text, font: run.font, width: cell ? size : measure(text, run.font, size), cell });
    }
  }
  return units;
}

const charCount = (text: string): number => [...text].length;
const firstChar = (unit: Unit): string => [...unit.text][0] ?? '';
const lastChar = (unit: Unit): string => [...unit.text].at(-1) ?? '';

/**
 * Greedy filling with the usual Chinese line-breaking rules: when the next line would start with
 * closing punctuation, or this one would end with opening punctuation, the last character moves
 * down with it and this line is spread to fill the measure.
 */
export function breakLines(runs: Run[], options: BreakOptions): SetLine[] {
  const { width, tracking } = options;
  // Every character, the last included, takes its advance plus the tracking: with 3号 type on
  // the grid that is exactly one cell each, so 28 characters fill the 版心.
  const span = (units: Unit[]): number => units.reduce((sum, u) => sum + u.width + tracking * charCount(u.text), 0);
  const lines: SetLine[] = [];
  let current: Unit[] = [];
  const available = (): number => width - (lines.length === 0 ? options.firstIndent : options.indent);

  for (const unit of unitsOf(runs, options.size, options.measure)) {
    if (unit.text === '\n') {
      lines.push({ units: current, last: true });
      current = [];
      continue;
    }
    if (current.length === 0 || span([...current, unit]) <= available() + 0.01) {
      current.push(unit);
      continue;
    }
    const next = [unit];
    while (current.length > 1 && noLineStart.has(firstChar(next[0]!))) next.unshift(current.pop()!);
    while (current.length > 1 && noLineEnd.has(lastChar(current.at(-1)!))) next.unshift(current.pop()!);
    lines.push({ units: current, last: false });
    current = next;
  }
  lines.push({ units: current, last: true });
  return lines;
}
