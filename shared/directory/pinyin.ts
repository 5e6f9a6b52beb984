import { pinyin } from 'pinyin-pro';

/**
 * Search keys for a Chinese name: full pinyin ("zhangsan") and initials ("zs"). Surnames are read
 * as surnames (单 → shan, 曾 → zeng), which is what people type for them.
 */
export function nameSearchKeys(name: string): { pinyin: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true });
  return {
    pinyin: syllables.join('').toLowerCase(),
    initials: syllables.map((s) => s.charAt(0)).join('').toLowerCase(),
  };
}
