import { describe, expect, it } from 'vitest';
import { SEAL_RED, sealSvg, svgDataUrl } from './seal-art';

describe('seal art', () => {
  it('draws the ring, the star and every character of the unit name, the same way every time', () => {
    const svg = sealSvg('滨州市人民政府');
    expect(svg).toBe(sealSvg('滨州市人民政府'));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 200 200"/);
    expect(svg).toContain(`<circle cx="100" cy="100" r="94" fill="none" stroke="${SEAL_RED}"`);
    expect(svg.match(/<polygon points="([^"]+)"/)![1]!.split(' ')).toHaveLength(10);
    const characters = [...svg.matchAll(/<text [^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(characters).toEqual([...'滨州市人民政府']);
  });

  it('spreads the name symmetrically over the upper arc', () => {
    const angles = [...sealSvg('滨州市人民政府办公室').matchAll(/rotate\((-?[\d.]+)\)/g)].map((m) => Number(m[1]));
    expect(angles).toHaveLength(10);
    expect(angles[0]).toBeCloseTo(-angles.at(-1)!, 5);
    expect(angles[0]).toBeGreaterThanOrEqual(-125);
    angles.slice(1).forEach((angle, i) => expect(angle).toBeGreaterThan(angles[i]!));
  });

  it('escapes markup in the name and round-trips through a data: URL', () => {
    const svg = sealSvg('A&B<单位>');
    expect(svg).not.toContain('<单位>');
    expect(svg).toContain('&#38;');
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(svg);
  });
});
