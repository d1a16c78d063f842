import type { GrayImage } from './pdf-protocol.js';

/** Below this tilt (about 1 pixel across a 9-inch line at 200 dpi) straightening changes nothing. */
const NEGLIGIBLE_DEGREES = 0.03;
const PAPER = 255;

/**
 * Straightens text lines that fall by `degrees` (y grows down; see `measureSkew`) by shifting
 * each pixel column up or down by whole pixels: a vertical shear. For the degree or two of a
 * crooked sheet this levels the baselines, which is what tesseract's line finder needs, while
 * leaving glyphs tilted by the same small angle they already had; it costs one pass over the
 * image instead of a resampling rotation. Uncovered corners become paper white.
 */
export function deskewGray(image: GrayImage, degrees: number): GrayImage {
  if (Math.abs(degrees) < NEGLIGIBLE_DEGREES) return image;
  const { width, height, data } = image;
  const slope = Math.tan((degrees * Math.PI) / 180);
  const out = new Uint8Array(width * height).fill(PAPER);
  const centre = width / 2;
  // Columns that share a shift are copied together, row by row.
  let x0 = 0;
  while (x0 < width) {
    const shift = Math.round((x0 - centre) * slope);
    let x1 = x0 + 1;
    while (x1 < width && Math.round((x1 - centre) * slope) === shift) x1++;
    // Output row y takes input row y + shift.
    const yStart = Math.max(0, -shift);
    const yEnd = Math.min(height, height - shift);
    for (let y = yStart; y < yEnd; y++) {
      const from = (y + shift) * width;
      out.set(data.subarray(from + x0, from + x1), y * width + x0);
    }
    x0 = x1;
  }
  return { width, height, data: out };
}
