import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agencyCodePattern, docNumberProblem, formatDocNumber, parseDocNumber, type DocNumber } from './doc-number';

const brackets = '发文字号的年份须用六角括号〔〕，不能用方括号或圆括号';
const shortYear = '发文字号的年份须写全四位';
const leadingZero = '发文字号的序号不编虚位（不加前导 0）';
const ordinal = '发文字号的序号前不加"第"字';
const general = '发文字号应为"机关代字〔年份〕序号号"，如 滨政发〔2026〕3号';

const docNumber: fc.Arbitrary<DocNumber> = fc.record({
  agencyCode: fc.stringMatching(agencyCodePattern),
  year: fc.integer({ min: 1000, max: 9999 }),
  serial: fc.integer({ min: 1, max: 999_999 }),
});

describe('发文字号 formatting and parsing', () => {
  it('writes 机关代字〔年份〕序号号', () => {
    expect(formatDocNumber({ agencyCode: '滨政发', year: 2026, serial: 3 })).toBe('滨政发〔2026〕3号');
    expect(parseDocNumber('中办发〔2012〕14号')).toEqual({ agencyCode: '中办发', year: 2012, serial: 14 });
    expect(parseDocNumber('  滨政函〔2026〕120号 ')).toEqual({ agencyCode: '滨政函', year: 2026, serial: 120 });
  });

  it('reads back exactly what it wrote, and finds nothing wrong with it', () => {
    fc.assert(
      fc.property(docNumber, (number) => {
        const text = formatDocNumber(number);
        expect(parseDocNumber(text)).toEqual(number);
        expect(docNumberProblem(text)).toBeNull();
      }),
    );
  });

  it('refuses to write a malformed number', () => {
    expect(() => formatDocNumber({ agencyCode: '滨政发〔', year: 2026, serial: 3 })).toThrow('机关代字格式不正确');
    expect(() => formatDocNumber({ agencyCode: '', year: 2026, serial: 3 })).toThrow('机关代字格式不正确');
    expect(() => formatDocNumber({ agencyCode: '滨政发', year: 26, serial: 3 })).toThrow('年份必须是四位数');
    expect(() => formatDocNumber({ agencyCode: '滨政发', year: 2026, serial: 0 })).toThrow('序号必须是正整数');
    expect(() => formatDocNumber({ agencyCode: '滨政发', year: 2026, serial: 1.5 })).toThrow('序号必须是正整数');
  });
});

describe('发文字号 problems, in the words a 文书 would use', () => {
  it.each([
    ['滨政发[2026]3号', brackets],
    ['滨政发(2026)3号', brackets],
    ['滨政发（2026）3号', brackets],
    ['滨政发【2026】3号', brackets],
    ['滨政发［2026］3号', brackets],
    ['滨政发﹝2026﹞3号', brackets],
    ['滨政发〔26〕3号', shortYear],
    ['滨政发〔026〕3号', shortYear],
    ['滨政发〔2026〕03号', leadingZero],
    ['滨政发〔2026〕003号', leadingZero],
    ['滨政发〔2026〕第3号', ordinal],
    ['滨政发〔2026〕0号', general],
    ['〔2026〕3号', general],
    ['滨政发〔2026〕3', general],
    ['滨政发2026年3号', general],
    ['滨政发〔2026〕1234567号', general],
  ])('%s', (text, problem) => {
    expect(parseDocNumber(text)).toBeNull();
    expect(docNumberProblem(text)).toBe(problem);
  });

  it('names the mistake whatever the code, year and serial', () => {
    fc.assert(
      fc.property(docNumber, fc.constantFrom(['[', ']'], ['(', ')'], ['（', '）'], ['【', '】']), fc.integer({ min: 1, max: 3 }), (number, [open, close], zeros) => {
        const { agencyCode, year, serial } = number;
        expect(docNumberProblem(`${agencyCode}${open}${year}${close}${serial}号`)).toBe(brackets);
        expect(docNumberProblem(`${agencyCode}〔${String(year).slice(2)}〕${serial}号`)).toBe(shortYear);
        expect(docNumberProblem(`${agencyCode}〔${year}〕${'0'.repeat(zeros)}${serial}号`)).toBe(leadingZero);
        expect(docNumberProblem(`${agencyCode}〔${year}〕第${serial}号`)).toBe(ordinal);
      }),
    );
  });
});
