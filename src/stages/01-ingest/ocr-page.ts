import { ChartfactsError } from '../../errors/chartfacts-error.js';
import { deskewGray } from './deskew-gray.js';
import { densestBand, despeckle, encodePgm, rotateGray } from './gray-image.js';
import { measureSkew } from './measure-skew.js';
import { recognizeImage, type OcrSetup, type OcrText } from './ocr-scheduler.js';
import type { GrayImage } from './pdf-protocol.js';

type QuarterTurn = 0 | 90 | 180 | 270;

/** One OCR'd page. */
export interface OcrPageResult extends OcrText {
  /** Clockwise rotation applied before recognition. */
  readonly rotation: QuarterTurn;
}

/**
 * Print of fair quality read the right way up scores well above this; below it the page may be
 * upside down (or its direction was unclear), and the other turns are tried on a band.
 */
const UPRIGHT_CONFIDENCE = 80;
/** A turned band must beat the first guess's band by this many points to be believed. */
const ROTATION_MARGIN = 10;
/** Orientation is judged on a band of this share of the page height, to keep the trial cheap. */
const TRIAL_BAND_SHARE = 0.2;
/**
 * Largest dark blob, in pixels at 200 dpi, treated as noise; scaled with the square of the dpi.
 * A period in 9-point type is about 9 pixels at 200 dpi.
 */
const SPECK_AREA_AT_200_DPI = 4;

function checkDeadline(signal: AbortSignal): void {
  if (signal.aborted) throw new ChartfactsError('timeout');
}

const addTurns = (a: QuarterTurn, b: QuarterTurn): QuarterTurn => ((a + b) % 360) as QuarterTurn;

/** Turns the page and levels its lines (re-measured in the turned frame, where the slope differs). */
function straighten(image: GrayImage, turn: QuarterTurn): GrayImage {
  const turned = rotateGray(image, turn);
  const skew = measureSkew(turned);
  return deskewGray(turned, skew.lines === 'down' ? 0 : skew.degrees);
}

/**
 * Recognizes the densest text band of `image` at each of `turns` and returns the best turn with
 * its lead over the first one. An empty result scores zero whatever tesseract's confidence says.
 */
async function bestTurn(image: GrayImage, turns: readonly QuarterTurn[], setup: OcrSetup): Promise<{ turn: QuarterTurn; gain: number }> {
  const scores = await Promise.all(
    turns.map(async (turn) => {
      const turned = rotateGray(image, turn);
      const band = densestBand(turned, Math.round(turned.height * TRIAL_BAND_SHARE));
      const { confidence, text } = await recognizeImage(encodePgm(band), setup, false);
      return text.trim() === '' ? 0 : confidence;
    }),
  );
  let best = 0;
  for (let i = 1; i < turns.length; i++) if (scores[i]! > scores[best]!) best = i;
  return { turn: turns[best]!, gain: scores[best]! - scores[0]! };
}

/**
 * OCRs one rendered page, reading it once in the common case. The ink's projection profile
 * (`measureSkew`, a few milliseconds) tells whether the lines run across or down the page and
 * how crooked they are; the page is turned so they run across, levelled, and read. Only when
 * that reads poorly is the opposite turn (or, if the line direction was unclear, every quarter
 * turn) tried on a band of the page, and the whole page is read again turned when a turn
 * clearly wins. (`@tesseract.js-data/eng` ships no orientation model, and tesseract's own skew
 * measurement costs a layout pass plus a second one on the rotated image.)
 *
 * @throws ChartfactsError `ocr_failed`, or `timeout` once `signal` has aborted.
 */
export async function ocrPage(rendered: GrayImage, setup: OcrSetup, signal: AbortSignal): Promise<OcrPageResult> {
  checkDeadline(signal);
  const image = despeckle(rendered, Math.max(1, Math.round(SPECK_AREA_AT_200_DPI * (setup.dpi / 200) ** 2)));
  const skew = measureSkew(image);
  const firstTurn: QuarterTurn = skew.lines === 'down' ? 90 : 0;
  const level = firstTurn === 0 ? deskewGray(image, skew.degrees) : straighten(image, firstTurn);
  const first = await recognizeImage(encodePgm(level), setup, false);
  if (first.confidence >= UPRIGHT_CONFIDENCE) return { ...first, rotation: firstTurn };
  checkDeadline(signal);
  // Turning a levelled page by 180 degrees keeps it level; a quarter turn needs levelling anew.
  const { turn, gain } = await bestTurn(level, skew.lines === 'unclear' ? [0, 90, 180, 270] : [0, 180], setup);
  if (turn === 0 || gain < ROTATION_MARGIN) return { ...first, rotation: firstTurn };
  checkDeadline(signal);
  const turned = turn === 180 ? rotateGray(level, 180) : straighten(level, turn);
  const second = await recognizeImage(encodePgm(turned), setup, false);
  return second.confidence > first.confidence ? { ...second, rotation: addTurns(firstTurn, turn) } : { ...first, rotation: firstTurn };
}
