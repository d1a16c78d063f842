import type { GrayImage } from './pdf-protocol.js';

/** Which way a page's text lines run, and how far they are tilted. */
export interface SkewEstimate {
  /**
   * Tilt of the lines in degrees: for lines running across, how far they fall (y grows down) per
   * unit of x; for lines running down, how far they drift right per unit of y.
   */
  readonly degrees: number;
  /**
   * `across` for a page upright or upside down, `down` for one scanned sideways, `unclear` when
   * neither direction clearly beats the other (little text, a table, a picture).
   */
  readonly lines: 'across' | 'down' | 'unclear';
}

/** Pixels darker than this count as ink. */
const INK_LEVEL = 128;
/** About this many pixels are sampled, whatever the resolution. */
const SAMPLED_PIXELS = 1_000_000;
/** Tilts searched, in degrees either way: a sheet fed crooked, not a page turned on purpose. */
const MAX_DEGREES = 5;
/** Tilt search steps in degrees: coarse over the whole range, then finer around the best. */
const COARSE_STEP = 0.5;
const FINE_STEPS = [0.1, 0.02] as const;
/**
 * How much sharper the line profile in one direction must be than in the other to call the
 * direction. Upright text scores 2-4 times higher across than down; sideways text the reverse.
 */
const DIRECTION_MARGIN = 1.3;

interface InkSample {
  /** Coordinate along the lines, and across them, for every sampled ink pixel. */
  readonly along: Float64Array;
  readonly across: Float64Array;
  readonly step: number;
  readonly centre: number;
  readonly span: number;
}

function sampleInk(image: GrayImage, linesRunDown: boolean): InkSample {
  const { width, height, data } = image;
  const step = Math.max(1, Math.ceil(Math.sqrt((width * height) / SAMPLED_PIXELS)));
  const along: number[] = [];
  const across: number[] = [];
  for (let y = 0; y < height; y += step) {
    for (let x = 0, i = y * width; x < width; x += step, i += step) {
      if (data[i]! >= INK_LEVEL) continue;
      along.push(linesRunDown ? y : x);
      across.push(linesRunDown ? x : y);
    }
  }
  const alongSize = linesRunDown ? height : width;
  const acrossSize = linesRunDown ? width : height;
  return { along: Float64Array.from(along), across: Float64Array.from(across), step, centre: alongSize / 2, span: acrossSize };
}

/**
 * Sharpness of the projection of the ink onto the axis across the lines, with the lines assumed
 * tilted by `degrees`: the sum of squared bin counts, which is largest when the ink falls into
 * few bins (the text lines) and the bins between them are empty (the gaps between lines).
 */
function profileSharpness(ink: InkSample, degrees: number, bins: Int32Array): number {
  const slope = Math.tan((degrees * Math.PI) / 180);
  const margin = Math.ceil((ink.centre * Math.abs(slope)) / ink.step) + 1;
  bins.fill(0);
  const { along, across, step, centre } = ink;
  for (let i = 0; i < along.length; i++) {
    const bin = Math.round((across[i]! - (along[i]! - centre) * slope) / step) + margin;
    bins[bin] = bins[bin]! + 1;
  }
  let sum = 0;
  for (let b = 0; b < bins.length; b++) sum += bins[b]! * bins[b]!;
  return sum;
}

/** Sharpest tilt among `low`..`high` in steps of `step`, starting from `best`. */
function scanTilts(ink: InkSample, bins: Int32Array, low: number, high: number, step: number, best: Tilt): Tilt {
  let found = best;
  for (let d = low; d <= high + 1e-9; d += step) {
    const sharpness = profileSharpness(ink, d, bins);
    if (sharpness > found.sharpness) found = { degrees: d, sharpness };
  }
  return found;
}

interface Tilt {
  readonly degrees: number;
  readonly sharpness: number;
}

function binsFor(ink: InkSample): Int32Array {
  const maxMargin = Math.ceil((ink.centre * Math.tan((MAX_DEGREES * Math.PI) / 180)) / ink.step) + 2;
  return new Int32Array(Math.ceil(ink.span / ink.step) + 2 * maxMargin + 2);
}

/** Refines a coarse tilt with ever finer scans around it. */
function refineTilt(ink: InkSample, bins: Int32Array, coarse: Tilt): Tilt {
  let best = coarse;
  let reach: number = COARSE_STEP;
  for (const step of FINE_STEPS) {
    const low = Math.max(-MAX_DEGREES, best.degrees - reach);
    const high = Math.min(MAX_DEGREES, best.degrees + reach);
    best = scanTilts(ink, bins, low, high, step, best);
    reach = step;
  }
  return best;
}

/**
 * Measures which way a page's text lines run and their tilt, from the sharpness of the ink's
 * projection profile (text lines separated by blank gaps give a sharply peaked profile only
 * along the right axis at the right angle). Costs a few tens of milliseconds per page, against
 * a full layout pass for tesseract's own skew measurement.
 */
export function measureSkew(image: GrayImage): SkewEstimate {
  const acrossInk = sampleInk(image, false);
  if (acrossInk.along.length === 0) return { degrees: 0, lines: 'unclear' };
  const downInk = sampleInk(image, true);
  const [acrossBins, downBins] = [binsFor(acrossInk), binsFor(downInk)];
  const coarse = (ink: InkSample, bins: Int32Array): Tilt => scanTilts(ink, bins, -MAX_DEGREES, MAX_DEGREES, COARSE_STEP, { degrees: 0, sharpness: -1 });
  const across = coarse(acrossInk, acrossBins);
  const down = coarse(downInk, downBins);
  // Only the winning direction is worth the fine search.
  if (down.sharpness >= across.sharpness * DIRECTION_MARGIN) return { degrees: refineTilt(downInk, downBins, down).degrees, lines: 'down' };
  const lines = across.sharpness >= down.sharpness * DIRECTION_MARGIN ? 'across' : 'unclear';
  return { degrees: refineTilt(acrossInk, acrossBins, across).degrees, lines };
}
