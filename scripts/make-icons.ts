// Regenerates the icons in build/ from main/shell/icon-art.ts (the tray draws the same art at run time).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawAppIcon, encodeIco, encodePng } from '../main/shell/icon-art';

const root = join(__dirname, '..');
const out = join(root, 'build');
mkdirSync(join(out, 'icons'), { recursive: true });

// Linux: electron-builder picks sizes from file names in build/icons.
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(join(out, 'icons', `${size}x${size}.png`), encodePng(drawAppIcon(size)));
}
writeFileSync(join(out, 'icon.png'), encodePng(drawAppIcon(512)));
writeFileSync(join(out, 'icon.ico'), encodeIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: encodePng(drawAppIcon(size)) }))));
console.log(`icons written to ${out}`);
