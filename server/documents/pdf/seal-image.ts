import SVGtoPDF from 'svg-to-pdfkit';
import type { Typesetter } from './typesetter';

interface DecodedImage {
  type: 'svg' | 'raster';
  data: Buffer;
}

const dataUrl = /^data:image\/(svg\+xml|png|jpeg)((?:;[^,;]*)*),(.*)$/s;

export function decodeSealImage(url: string): DecodedImage {
  const match = dataUrl.exec(url);
  if (!match) throw new Error('印章图片须为 SVG、PNG 或 JPEG 格式的 data: URL');
  const [, subtype, params, payload] = match as unknown as [string, string, string, string];
  const data = params.split(';').includes('base64') ? Buffer.from(payload, 'base64') : Buffer.from(decodeURIComponent(payload), 'utf8');
  return { type: subtype === 'svg+xml' ? 'svg' : 'raster', data };
}

/**
 * Draws a seal image centred on (cx, cy). An SVG may only embed data: images: a link to a file
 * would make the server read it from its own disk into the PDF.
 */
export function drawSealImage(t: Typesetter, url: string, cx: number, cy: number, diameter: number): void {
  const image = decodeSealImage(url);
  const x = cx - diameter / 2;
  const y = cy - diameter / 2;
  if (image.type === 'raster') {
    t.doc.image(image.data, x, y, { width: diameter, height: diameter });
    return;
  }
  t.doc.save();
  SVGtoPDF(t.doc as unknown as Parameters<typeof SVGtoPDF>[0], image.data.toString('utf8'), x, y, {
    width: diameter,
    height: diameter,
    preserveAspectRatio: 'xMidYMid meet',
    fontCallback: () => t.faceName('xiaobiaosong'),
    imageCallback: (link) => (link.startsWith('data:image/') ? link : ''),
    documentCallback: () => [],
  });
  t.doc.restore();
}
