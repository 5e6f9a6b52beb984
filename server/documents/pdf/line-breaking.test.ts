import { describe, expect, it } from 'vitest';
import { breakLines, type Measure } from './line-breaking';
import { titleLines } from './title-lines';

/** Full-width characters one em, Latin letters and digits half an em: enough to test the rules. */
const measure: Measure = (text, _font, size) => [...text].reduce((sum, c) => sum + (/[\x20-\x7e]/.test(c) ? size / 2 : size), 0);
const lines = (text: string, perLine: number) =>
  breakLines([{ text, font: 'fangsong' }], { size: 10, width: perLine * 10, firstIndent: 0, indent: 0, tracking: 0, measure }).map((line) =>
    line.units.map((u) => u.text).join(''),
  );

describe('line breaking', () => {
  it('fills lines to the measure and keeps every character', () => {
    const text = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸';
    expect(lines(text, 8)).toEqual(['一二三四五六七八', '九十甲乙丙丁戊己', '庚辛壬癸']);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    expect(lines('一二三四五六七，八九', 7)).toEqual(['一二三四五六', '七，八九']);
    expect(lines('一二三四五六《七八》', 7)).toEqual(['一二三四五六', '《七八》']);
  });

  it('keeps numbers whole and honours hard breaks', () => {
    expect(lines('一二三四五2026年', 6)).toEqual(['一二三四五', '2026年']);
    expect(lines('一二\n三四', 7)).toEqual(['一二', '三四']);
  });
});

describe('title lines', () => {
  const fits = (max: number) => (line: string) => line.length <= max;

  it('breaks between words into even lines, never inside 2026年', () => {
    const title = '滨州市人民政府关于做好2026年冬季安全生产工作的通知';
    const result = titleLines(title, fits(20));
    expect(result.join('')).toBe(title);
    expect(result).toHaveLength(2);
    for (const line of result) expect(line.length).toBeLessThanOrEqual(20);
    expect(result.some((line) => line.endsWith('2026'))).toBe(false);
    expect(titleLines('关于进一步加强城市道路交通安全管理工作的意见', fits(20))).toEqual(['关于进一步加强城市道路', '交通安全管理工作的意见']);
  });

  it('keeps a short title on one line', () => {
    expect(titleLines('关于召开全市安全生产工作会议的通知', fits(20))).toEqual(['关于召开全市安全生产工作会议的通知']);
  });
});
