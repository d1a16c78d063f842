import { ChartfactsError } from '../../errors/chartfacts-error.js';
import { densestBand, despeckle, encodePgm, rotateGray } from './gray-image.js';
import { recognizeImage, type OcrSetup, type OcrText } from './ocr-scheduler.js';
import type { GrayImage } from './pdf-protocol.js';

/** One OCR'd page. */
export interface OcrPageResult extends OcrText {
  /** Clockwise rotation applied before recognition. */
  readonly rotation: 0 | 90 | 180 | 270;
}

/**
 * Upright print of fair quality scores well above this; below it the page may be sideways or
 * upside down, and the other orientations are tried.
 */
const UPRIGHT_CONFIDENCE = 80;
/** A turned band must beat the upright band by this many points to be believed. */
const ROTATION_MARGIN = 10;
/** Orientation is judged on a band of this share of the page height, to keep the trial cheap. */
const TRIAL_BAND_SHARE = 0.2;

const ROTATIONS = [0, 90, 180, 270] as const;
/**
 * Largest dark blob, in pixels at 200 dpi, treated as noise; scaled with the square of the dpi.
 * A period in 9-point type is about 9 pixels at 200 dpi.
 */
const SPECK_AREA_AT_200_DPI = 4;

function checkDeadline(signal: AbortSignal): void {
  if (signal.aborted) throw new ChartfactsError('timeout');
}

/** Recognizes the densest text band of the page at each quarter turn and returns the best turn. */
async function guessRotation(image: GrayImage, setup: OcrSetup): Promise<{ rotation: OcrPageResult['rotation']; gain: number }> {
  const scores = await Promise.all(
    ROTATIONS.map(async (rotation) => {
      const turned = rotateGray(image, rotation);
      const band = densestBand(turned, Math.round(turned.height * TRIAL_BAND_SHARE));
      const { confidence, text } = await recognizeImage(encodePgm(band), setup, false);
      // An empty result scores zero whatever tesseract's confidence says.
      return text.trim() === '' ? 0 : confidence;
    }),
  );
  let best = 0;
  for (let i = 1; i < ROTATIONS.length; i++) if (scores[i]! > scores[best]!) best = i;
  return { rotation: ROTATIONS[best]!, gain: scores[best]! - scores[0]! };
}

/**
 * OCRs one rendered page. The page is read upright first; only when that reads poorly are the
 * other quarter turns tried on a band of the page (tesseract.js ships no orientation model in
 * `@tesseract.js-data/eng`), and the whole page is re-read turned when a turn clearly wins. Small
 * skews of a degree or two are straightened by tesseract's own skew measurement.
 *
 * @throws ChartfactsError `ocr_failed`, or `timeout` once `signal` has aborted.
 */
export async function ocrPage(rendered: GrayImage, setup: OcrSetup, signal: AbortSignal): Promise<OcrPageResult> {
  checkDeadline(signal);
  const image = despeckle(rendered, Math.max(1, Math.round(SPECK_AREA_AT_200_DPI * (setup.dpi / 200) ** 2)));
  const upright = await recognizeImage(encodePgm(image), setup, true);
  if (upright.confidence >= UPRIGHT_CONFIDENCE) return { ...upright, rotation: 0 };
  checkDeadline(signal);
  const { rotation, gain } = await guessRotation(image, setup);
  if (rotation === 0 || gain < ROTATION_MARGIN) return { ...upright, rotation: 0 };
  checkDeadline(signal);
  const turned = await recognizeImage(encodePgm(rotateGray(image, rotation)), setup, true);
  return turned.confidence > upright.confidence ? { ...turned, rotation } : { ...upright, rotation: 0 };
}
