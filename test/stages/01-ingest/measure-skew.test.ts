import { describe, expect, it } from 'vitest';
import { deskewGray } from '../../../src/stages/01-ingest/deskew-gray.js';
import { rotateGray } from '../../../src/stages/01-ingest/gray-image.js';
import { measureSkew } from '../../../src/stages/01-ingest/measure-skew.js';
import type { GrayImage } from '../../../src/stages/01-ingest/pdf-protocol.js';

/**
 * A page of "text": rows of dark word-sized blocks with blank gaps between lines, the lines
 * falling by `degrees` (y grows down), as a crooked scan of a letter looks to a profile.
 */
function textPage(degrees: number, width = 800, height = 1000): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  const slope = Math.tan((degrees * Math.PI) / 180);
  for (let line = 0; line < 30; line++) {
    const top = 60 + line * 30;
    for (let x = 60; x < width - 60; x++) {
      // Words of 40 pixels with 12-pixel spaces, ink 12 pixels tall.
      if ((x - 60) % 52 >= 40) continue;
      const y0 = Math.round(top + (x - width / 2) * slope);
      for (let y = y0; y < y0 + 12; y++) if (y >= 0 && y < height) data[y * width + x] = 20;
    }
  }
  return { width, height, data };
}

describe('measureSkew', () => {
  it.each([0, 0.4, -0.7, 1.5, -3])('finds lines falling %s degrees, running across the page', (degrees) => {
    const s = measureSkew(textPage(degrees));
    expect(s.lines).toBe('across');
    expect(Math.abs(s.degrees - degrees)).toBeLessThanOrEqual(0.1);
  });

  it.each([90, 270] as const)('sees lines running down a page turned %s degrees', (turn) => {
    expect(measureSkew(rotateGray(textPage(0.8), turn)).lines).toBe('down');
  });

  it('keeps an upside-down page across, with the same slope', () => {
    const s = measureSkew(rotateGray(textPage(1.2), 180));
    expect(s.lines).toBe('across');
    expect(Math.abs(s.degrees - 1.2)).toBeLessThanOrEqual(0.1);
  });

  it('calls a blank page unclear', () => {
    expect(measureSkew({ width: 50, height: 40, data: new Uint8Array(2000).fill(255) })).toEqual({ degrees: 0, lines: 'unclear' });
  });

  it('calls a page of evenly scattered dots unclear', () => {
    const data = new Uint8Array(400 * 400).fill(255);
    for (let y = 0; y < 400; y += 8) for (let x = 0; x < 400; x += 8) data[y * 400 + x] = 0;
    expect(measureSkew({ width: 400, height: 400, data }).lines).toBe('unclear');
  });
});

describe('deskewGray', () => {
  it('levels crooked lines so the profile finds them flat', () => {
    for (const degrees of [1.3, -2.2]) {
      const level = deskewGray(textPage(degrees), degrees);
      expect(Math.abs(measureSkew(level).degrees)).toBeLessThanOrEqual(0.1);
    }
  });

  it('returns the image itself for a negligible tilt, and paper white where nothing maps', () => {
    const page = textPage(0);
    expect(deskewGray(page, 0.01)).toBe(page);
    const sheared = deskewGray({ width: 100, height: 10, data: new Uint8Array(1000).fill(0) }, 5);
    expect(sheared.data.includes(255)).toBe(true);
    expect(sheared.data.filter((v) => v === 0).length).toBeGreaterThan(500);
  });
});
