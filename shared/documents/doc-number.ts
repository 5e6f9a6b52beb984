/**
 * 发文字号: 机关代字〔年份〕序号号, e.g. 滨政发〔2026〕3号. The year is written in full inside 六角括号
 * and the serial has no leading zeros and no 第 (GB/T 9704-2012 §7.2.4).
 */
export interface DocNumber {
  agencyCode: string;
  year: number;
  serial: number;
}

const docNumberPattern = /^([\u4e00-\u9fa5A-Za-z]{1,12})〔(\d{4})〕([1-9]\d{0,5})号$/;

/** 机关代字: Chinese characters (and the odd Latin letter some units use), no brackets or digits. */
export const agencyCodePattern = /^[\u4e00-\u9fa5A-Za-z]{1,12}$/;

export function formatDocNumber({ agencyCode, year, serial }: DocNumber): string {
  if (!agencyCodePattern.test(agencyCode)) throw new Error(`机关代字格式不正确：${agencyCode}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`年份必须是四位数：${year}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999) throw new Error(`序号必须是正整数：${serial}`);
  return `${agencyCode}〔${year}〕${serial}号`;
}

export function parseDocNumber(text: string): DocNumber | null {
  const match = docNumberPattern.exec(text.trim());
  if (!match) return null;
  return { agencyCode: match[1]!, year: Number(match[2]), serial: Number(match[3]) };
}

/** Why a written 字号 is malformed, in the words a 文书 would use; null when it is well formed. */
export function docNumberProblem(text: string): string | null {
  const value = text.trim();
  if (parseDocNumber(value)) return null;
  // ﹝﹞ are the small look-alikes an input method offers first, so they are the usual mistake.
  if (/[[\]［］()（）【】﹝﹞]/.test(value)) return '发文字号的年份须用六角括号〔〕，不能用方括号或圆括号';
  if (/〔\d{1,3}〕/.test(value)) return '发文字号的年份须写全四位';
  if (/〕0\d+号$/.test(value)) return '发文字号的序号不编虚位（不加前导 0）';
  if (/〕第/.test(value)) return '发文字号的序号前不加"第"字';
  return '发文字号应为"机关代字〔年份〕序号号"，如 滨政发〔2026〕3号';
}
