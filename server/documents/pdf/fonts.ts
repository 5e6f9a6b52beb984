import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, extname, join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The five faces a 公文 is set in: 仿宋 for the body, 小标宋 for the red mark and the title, 黑体 and
 * 楷体 for headings (and the 签发人's name), 宋体 for page numbers.
 */
export const fontRoles = ['fangsong', 'xiaobiaosong', 'heiti', 'kaiti', 'songti'] as const;
export type FontRole = (typeof fontRoles)[number];

export interface FontFace {
  path: string;
  /** Which font of a collection (.ttc) to use; null for a single-font file. */
  postscriptName: string | null;
  source: 'configured' | 'system' | 'bundled';
}
export type DocumentFonts = Record<FontRole, FontFace>;

/** Paths an administrator sets to the unit's licensed fonts, e.g. XIETONG_FONT_FANGSONG=/opt/fonts/仿宋_GB2312.ttf. */
export function configuredFontPaths(env: NodeJS.ProcessEnv = process.env): Partial<Record<FontRole, string>> {
  const paths: Partial<Record<FontRole, string>> = {};
  for (const role of fontRoles) {
    const path = env[`XIETONG_FONT_${role.toUpperCase()}`];
    if (path) paths[role] = path;
  }
  return paths;
}

/** File names of the faces on Windows, macOS and Linux machines, most faithful first. */
const systemNames: Record<FontRole, RegExp[]> = {
  fangsong: [/fangsong_?gb2312|仿宋_?gb2312/i, /^simfang\./i, /fangsong|仿宋|stfangso|fzfsjw/i],
  xiaobiaosong: [/fzxbsjw|xiaobiaosong|小标宋/i, /stzhongs|zhongsong|华文中宋/i],
  heiti: [/^simhei\./i, /heiti|黑体|fzhtjw/i, /notosanscjk.*-(medium|regular)\./i, /sourcehansans(sc|cn)?-(medium|regular)\./i, /wqy-(zenhei|microhei)/i],
  kaiti: [/kaiti_?gb2312|楷体_?gb2312/i, /^simkai\./i, /kaiti|楷体|stkaiti|fzktjw/i, /ukai\./i],
  songti: [/^simsun\./i, /songti|宋体|stsong/i, /notoserifcjk.*-regular\./i, /sourcehanserif(sc|cn)?-regular\./i, /uming\./i],
};

/**
 * Noto Serif SC from npm (OFL), so a fresh machine with no Chinese fonts still prints every
 * character: regular for the body and 宋体 roles, bold where the standard wants a heavier face.
 */
function bundled(weight: 'regular' | 'bold'): FontFace {
  const file = weight === 'regular' ? '400Regular/NotoSerifSC_400Regular.ttf' : '700Bold/NotoSerifSC_700Bold.ttf';
  return { path: require.resolve(`@expo-google-fonts/noto-serif-sc/${file}`), postscriptName: null, source: 'bundled' };
}

function fontDirectories(): string[] {
  if (process.platform === 'win32') {
    const windows = process.env.WINDIR ?? 'C:\\Windows';
    const local = process.env.LOCALAPPDATA;
    return [join(windows, 'Fonts'), ...(local ? [join(local, 'Microsoft', 'Windows', 'Fonts')] : [])];
  }
  if (process.platform === 'darwin') {
    return ['/System/Library/Fonts', '/Library/Fonts', join(homedir(), 'Library', 'Fonts')];
  }
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(homedir(), '.local', 'share', 'fonts'), join(homedir(), '.fonts')];
}

const fontExtensions = new Set(['.ttf', '.otf', '.ttc']);

function listFontFiles(dir: string, depth = 0, found: string[] = []): string[] {
  if (depth > 5 || found.length > 20_000) return found;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFontFiles(path, depth + 1, found);
    else if (fontExtensions.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}

/**
 * Opens a font file and checks it can set Chinese; in a collection, picks the Simplified Chinese
 * member (Noto CJK and Source Han collections hold JP, KR, SC and TC faces).
 */
function usableFace(path: string, source: FontFace['source']): FontFace | null {
  let opened: fontkit.Font | fontkit.FontCollection;
  try {
    opened = fontkit.openSync(path);
  } catch {
    return null;
  }
  const candidates = 'fonts' in opened ? opened.fonts : [opened];
  const simplified = candidates.find((font) => /(SC|GB|CN|Hans)\b|SC-|sc-/.test(font.postscriptName)) ?? candidates[0];
  if (!simplified || !simplified.hasGlyphForCodePoint(0x4e2d) || !simplified.hasGlyphForCodePoint(0x6587)) return null;
  return { path, postscriptName: candidates.length > 1 ? simplified.postscriptName : null, source };
}

function systemFace(role: FontRole, files: string[]): FontFace | null {
  for (const pattern of systemNames[role]) {
    for (const file of files.filter((f) => pattern.test(basename(f))).sort()) {
      const face = usableFace(file, 'system');
      if (face) return face;
    }
  }
  return null;
}

/**
 * The faces to print with: a configured file first, then the real face on this machine, then the
 * bundled Noto Serif SC. 楷体 falls back to whatever 仿宋 was found, so a 签发人 name never prints
 * heavier than the body.
 */
export function findDocumentFonts(configured: Partial<Record<FontRole, string>> = configuredFontPaths()): DocumentFonts {
  const files = fontDirectories().flatMap((dir) => listFontFiles(dir));
  const pick = (role: FontRole, fallback: () => FontFace): FontFace => {
    const path = configured[role];
    const own = path ? usableFace(path, 'configured') : null;
    if (path && !own) throw new Error(`配置的${role}字体无法使用：${path}`);
    return own ?? systemFace(role, files) ?? fallback();
  };
  const fangsong = pick('fangsong', () => bundled('regular'));
  return {
    fangsong,
    xiaobiaosong: pick('xiaobiaosong', () => bundled('bold')),
    heiti: pick('heiti', () => bundled('bold')),
    kaiti: pick('kaiti', () => fangsong),
    songti: pick('songti', () => bundled('regular')),
  };
}

let cached: DocumentFonts | null = null;

/** Looking through the machine's fonts takes a moment: once per process is enough. */
export function documentFonts(): DocumentFonts {
  cached ??= findDocumentFonts();
  return cached;
}
