import type { BodyNode } from '../../../shared/documents/records';
import type { FontRole } from './fonts';

/** A stretch of text in one face; "\n" inside it is a forced line break (a hard break). */
export interface Run {
  text: string;
  font: FontRole;
}

export interface Paragraph {
  runs: Run[];
}

/**
 * GB/T 9704 §7.3.3: the first level of headings (一、) is set in 黑体, the second (（一）) in 楷体,
 * the third and fourth (1. and （1）) in the body's 仿宋. Drafters type the numbers rather than
 * pick a heading style, so the numbers decide; an editor heading of level 1 or 2 counts the same.
 */
const levelPrefixes: { pattern: RegExp; font: FontRole }[] = [
  { pattern: /^[一二三四五六七八九十百]+、/, font: 'heiti' },
  { pattern: /^（[一二三四五六七八九十百]+）/, font: 'kaiti' },
];
const headingLevelFonts: Record<number, FontRole> = { 1: 'heiti', 2: 'kaiti' };

function isTextblock(node: BodyNode): boolean {
  return node.type === 'paragraph' || node.type === 'heading' || (node.content ?? []).some((child) => child.type === 'text' || child.type === 'hardBreak');
}

function inlineRuns(node: BodyNode): Run[] {
  return (node.content ?? []).flatMap((child): Run[] => {
    if (child.type === 'hardBreak') return [{ text: '\n', font: 'fangsong' }];
    if (child.type !== 'text' || !child.text) return [];
    const bold = (child.marks ?? []).some((mark) => mark.type === 'bold');
    return [{ text: child.text, font: bold ? 'heiti' : 'fangsong' }];
  });
}

/** The heading sentence (through its first 。) takes the heading face; what follows stays 仿宋. */
function withHeadingFace(runs: Run[], font: FontRole): Run[] {
  const text = runs.map((run) => run.text).join('');
  const stop = text.indexOf('。');
  const headingLength = stop === -1 ? text.length : stop + 1;
  const result: Run[] = [];
  let offset = 0;
  for (const run of runs) {
    const split = Math.max(0, Math.min(run.text.length, headingLength - offset));
    if (split > 0) result.push({ text: run.text.slice(0, split), font });
    if (split < run.text.length) result.push({ text: run.text.slice(split), font: run.font });
    offset += run.text.length;
  }
  return result;
}

function paragraphOf(node: BodyNode): Paragraph {
  const runs = inlineRuns(node);
  const level = typeof node.attrs?.level === 'number' ? node.attrs.level : null;
  if (node.type === 'heading' && level !== null && headingLevelFonts[level]) {
    return { runs: runs.map((run) => ({ ...run, font: headingLevelFonts[level]! })) };
  }
  const text = runs.map((run) => run.text).join('');
  const prefix = levelPrefixes.find(({ pattern }) => pattern.test(text));
  return { runs: prefix ? withHeadingFace(runs, prefix.font) : runs };
}

/** The body's paragraphs in reading order, lists and quotes flattened into plain paragraphs. */
export function bodyParagraphs(body: BodyNode): Paragraph[] {
  if (isTextblock(body)) return [paragraphOf(body)];
  return (body.content ?? []).flatMap((child) => bodyParagraphs(child));
}
