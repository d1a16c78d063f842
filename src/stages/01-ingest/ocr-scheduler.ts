import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { dirname, join } from 'node:path';
import { createScheduler, createWorker, OEM, type Scheduler, type Worker } from 'tesseract.js';
import { ChartfactsError } from '../../errors/chartfacts-error.js';

/** What one recognition returns. */
export interface OcrText {
  readonly text: string;
  /** Mean word confidence, 0-100. */
  readonly confidence: number;
}

/** How the process-wide scheduler is set up; read only when it is first created. */
export interface OcrSetup {
  readonly workers: number;
  /** Resolution of every image that will be recognized. */
  readonly dpi: number;
}

interface SchedulerState {
  readonly scheduler: Scheduler;
  /** Resolves once at least one worker is ready; the rest join in the background. */
  readonly firstReady: Promise<void>;
  /** Settles when every worker has started (or failed to); awaited before terminating. */
  readonly allStarted: Promise<unknown>;
}

let state: SchedulerState | undefined;

/**
 * English LSTM data shipped in `@tesseract.js-data/eng`. Passing a local directory makes
 * tesseract.js read it from disk, and `cacheMethod: 'none'` stops it writing a copy into the
 * working directory, so OCR never touches the network or leaves files behind.
 */
function langPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

async function startWorker(scheduler: Scheduler, dpi: number): Promise<Worker> {
  const worker = await createWorker('eng', OEM.LSTM_ONLY, {
    langPath: langPath(),
    cacheMethod: 'none',
    gzip: true,
  });
  // PGM carries no resolution; without it tesseract guesses (and says so on stderr).
  await worker.setParameters({ user_defined_dpi: String(dpi) });
  scheduler.addWorker(worker);
  return worker;
}

/**
 * Node 20's V8 has WebAssembly relaxed SIMD behind a flag (on by default from Node 22). With it,
 * tesseract.js picks its relaxed-SIMD core, about 12% faster here. Wasm feature flags only
 * affect modules compiled afterwards, so this is set before the first worker loads its core.
 */
function enableRelaxedSimd(): void {
  try {
    setFlagsFromString('--experimental-wasm-relaxed-simd');
  } catch {
    // An engine without the flag just keeps the plain SIMD core.
  }
}

function createState(workers: number, dpi: number): SchedulerState {
  enableRelaxedSimd();
  const scheduler = createScheduler();
  const first = startWorker(scheduler, dpi);
  // Further workers load while the first one already works, so a one-page scan does not wait
  // for every core's worker to come up.
  const rest = first.then(() => Promise.allSettled(Array.from({ length: workers - 1 }, () => startWorker(scheduler, dpi))));
  const created: SchedulerState = {
    scheduler,
    firstReady: first.then(() => undefined),
    allStarted: rest.catch(() => undefined),
  };
  // A failed start must not poison every later call: forget this scheduler so the next call retries.
  first.catch(() => {
    if (state === created) state = undefined;
  });
  return created;
}

/**
 * Recognizes one encoded image through the process-wide scheduler, created on first use with
 * `setup` (worker count and image resolution) and reused by every later file. `deskew` straightens small skews
 * first, at the cost of one line-finding pass.
 *
 * @throws ChartfactsError `ocr_failed` when tesseract cannot start or read the image.
 */
export async function recognizeImage(image: Buffer, setup: OcrSetup, deskew: boolean): Promise<OcrText> {
  state ??= createState(setup.workers, setup.dpi);
  try {
    await state.firstReady;
    // rotateAuto measures the text-line skew and re-reads the image straightened; tesseract's
    // line finder alone misreads thin fonts skewed by a degree or two.
    const result = await state.scheduler.addJob('recognize', image, { rotateAuto: deskew });
    return { text: result.data.text, confidence: result.data.confidence };
  } catch (err) {
    throw new ChartfactsError('ocr_failed', 'tesseract could not recognize a page', { cause: err });
  }
}

/**
 * Stops every OCR worker so the process can exit. Later OCR calls start a fresh scheduler.
 */
export async function terminateOcr(): Promise<void> {
  const current = state;
  state = undefined;
  if (!current) return;
  await current.allStarted;
  await current.scheduler.terminate().catch(() => undefined);
}
