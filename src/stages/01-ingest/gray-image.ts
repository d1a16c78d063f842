/**
 * Small operations on 8-bit grayscale rasters, done in plain JS so OCR needs no image library:
 * quarter-turn rotation, picking the band of rows with the most ink, and PGM encoding (a format
 * tesseract's Leptonica reads with no decode cost worth measuring).
 */
import type { GrayImage } from './pdf-protocol.js';

/** Rotates clockwise by 0, 90, 180 or 270 degrees. */
export function rotateGray(image: GrayImage, degrees: 0 | 90 | 180 | 270): GrayImage {
  if (degrees === 0) return image;
  const { width: w, height: h, data } = image;
  const out = new Uint8Array(w * h);
  if (degrees === 180) {
    for (let i = 0, n = data.length; i < n; i++) out[n - 1 - i] = data[i]!;
    return { width: w, height: h, data: out };
  }
  // Quarter turns swap the axes; the new width is the old height.
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const nx = degrees === 90 ? h - 1 - y : y;
      const ny = degrees === 90 ? x : w - 1 - x;
      out[ny * h + nx] = data[row + x]!;
    }
  }
  return { width: h, height: w, data: out };
}

/** Pixels darker than this count as ink when looking for text. */
const INK_LEVEL = 128;

/** Returns the `bandHeight` consecutive rows holding the most ink (the whole image if shorter). */
export function densestBand(image: GrayImage, bandHeight: number): GrayImage {
  const { width, height, data } = image;
  if (bandHeight >= height) return image;
  const ink = new Float64Array(height);
  for (let y = 0; y < height; y++) {
    let count = 0;
    for (let i = y * width, end = i + width; i < end; i++) if (data[i]! < INK_LEVEL) count++;
    ink[y] = count;
  }
  let sum = 0;
  for (let y = 0; y < bandHeight; y++) sum += ink[y]!;
  let best = sum;
  let bestTop = 0;
  for (let top = 1; top + bandHeight <= height; top++) {
    sum += ink[top + bandHeight - 1]! - ink[top - 1]!;
    if (sum > best) [best, bestTop] = [sum, top];
  }
  const start = bestTop * width;
  return { width, height: bandHeight, data: data.slice(start, start + bandHeight * width) };
}

/** Encodes as binary PGM (P5), which tesseract reads directly. */
export function encodePgm(image: GrayImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'ascii');
  return Buffer.concat([header, Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength)]);
}

/**
 * Whitens dark specks of at most `maxArea` pixels (8-connected). Scanner dust and fax noise
 * otherwise turn into stray periods and quotes, or glue onto digits ("3/19" read as "3719").
 * Real punctuation at OCR resolutions is larger than a few pixels, so it survives.
 */
export function despeckle(image: GrayImage, maxArea: number): GrayImage {
  const { width, height, data } = image;
  const out = data.slice();
  const seen = new Uint8Array(data.length);
  const stack: number[] = [];
  for (let start = 0; start < data.length; start++) {
    if (seen[start] || data[start]! >= INK_LEVEL) continue;
    // Flood the whole component (so no part of a letter is left to look like a speck later),
    // remembering members only while it is still small enough to be one.
    let size = 0;
    stack.push(start);
    seen[start] = 1;
    const members: number[] = [];
    while (stack.length > 0) {
      const p = stack.pop()!;
      size++;
      if (size <= maxArea) members.push(p);
      const x = p % width;
      const y = (p - x) / width;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const q = ny * width + nx;
          if (seen[q] || data[q]! >= INK_LEVEL) continue;
          seen[q] = 1;
          stack.push(q);
        }
      }
    }
    if (size <= maxArea) for (const p of members) out[p] = 255;
  }
  return { width, height, data: out };
}
