/**
 * The picture of a unit's round government seal: a red ring, a five-pointed star in the centre and
 * the unit's name along the upper arc, as an SVG string. Pure and deterministic, so the client
 * that creates a seal, the server that prints it into a PDF and a test all get the same bytes.
 */

export const SEAL_RED = '#d7000f';

const size = 200;
const centre = size / 2;
const ringRadius = 94;
const ringWidth = 7;
const starRadius = 31;
/** Radius of the characters' baseline: their tops stay just inside the ring. */
const textRadius = 64;
const maxArcDegrees = 250;

/** Coordinates printed with two decimals at most, so the output never depends on float noise. */
function num(value: number): string {
  const fixed = value.toFixed(2).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function starPoints(): string {
  const inner = starRadius * 0.382;
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? starRadius : inner;
    const angle = (i * Math.PI) / 5;
    points.push(`${num(centre + radius * Math.sin(angle))},${num(centre - radius * Math.cos(angle))}`);
  }
  return points.join(' ');
}

/** One upright character per position along the upper arc, its foot towards the centre. */
function arcCharacters(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  const step = chars.length === 1 ? 0 : Math.min(maxArcDegrees / (chars.length - 1), 30);
  const start = (-step * (chars.length - 1)) / 2;
  const chord = chars.length === 1 ? 40 : 2 * textRadius * Math.sin(((step / 2) * Math.PI) / 180);
  const fontSize = Math.min(32, chord * 0.86);
  return chars
    .map((char, i) => {
      const degrees = start + i * step;
      const radians = (degrees * Math.PI) / 180;
      const x = centre + textRadius * Math.sin(radians);
      const y = centre - textRadius * Math.cos(radians);
      return `<text transform="translate(${num(x)} ${num(y)}) rotate(${num(degrees)})" font-size="${num(fontSize)}">${escapeXml(char)}</text>`;
    })
    .join('');
}

export function sealSvg(unitName: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}">`,
    `<circle cx="${centre}" cy="${centre}" r="${ringRadius}" fill="none" stroke="${SEAL_RED}" stroke-width="${ringWidth}"/>`,
    `<polygon points="${starPoints()}" fill="${SEAL_RED}"/>`,
    `<g fill="${SEAL_RED}" font-family="SimSun, 'Songti SC', 'Noto Serif SC', serif" font-weight="bold" text-anchor="middle">`,
    arcCharacters(unitName),
    '</g>',
    '</svg>',
  ].join('');
}

/** A data: URL for an SVG, the form seal images are stored and exchanged in. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
