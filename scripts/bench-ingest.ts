/**
 * `npm run bench:ingest`: ingest throughput.
 *
 * - Text layer: pages per second on one core in steady state (one parser thread, warm), on the
 *   dev-corpus records rendered as one text-layer PDF. Target ≥ 300 pages/s.
 * - OCR: seconds per page per core with every core busy through the tesseract.js scheduler, on
 *   200-dpi scans of the same records. Target ≤ 1.2 s/page/core.
 *
 * When `pdftotext` (poppler-utils) or `tesseract` (tesseract-ocr) are on the PATH the same inputs
 * go through them in the same run and the ratio is printed. No assertions: figures only.
 *
 * Each figure is given twice: from wall-clock time, and from CPU time (this process's threads,
 * or the native tools' child processes). On a shared machine the wall-clock figures move with
 * the load; the CPU-time figures and the ratios between them hold still.
 *
 * The native tesseract runs twice: with the same English model as ours (the LSTM "best_int" data
 * from `@tesseract.js-data/eng`, unpacked to a temporary tessdata folder), which is the fair
 * ratio, and with the system's own model (Debian ships the smaller, faster "fast" one).
 * The load average is printed with each figure: on a shared machine it explains the spread.
 *
 *   npm run bench:ingest -- --seconds 5 --ocr-pages 8 [--only text|ocr]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { packageRoot } from '../src/package-root.js';
import { encodePgm } from '../src/stages/01-ingest/gray-image.js';
import { ingestBuffer, shutdownIngest } from '../src/stages/01-ingest/ingest-file.js';
import { openPdf } from '../src/stages/01-ingest/open-pdf.js';
import { renderScannedPdf } from './lib/render-scanned-pdf.js';
import { renderTextPdf } from './lib/render-text-pdf.js';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) || fallback : fallback;
};
const seconds = arg('seconds', 5);
const cores = arg('cores', availableParallelism());
const ocrPageCount = arg('ocr-pages', Math.max(4, 2 * cores));
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const DPI = 200;

const now = (): number => Number(process.hrtime.bigint()) / 1e9;
/** CPU seconds used by every thread of this process (parser thread and OCR workers included). */
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const load = (): string => `load ${loadavg()[0]!.toFixed(1)}`;
const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const work = mkdtempSync(join(tmpdir(), 'bench-ingest-'));

function corpusPages(): string[] {
  const dir = join(packageRoot(), 'test', 'fixtures', 'dev-corpus');
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  return names.flatMap((n) => readFileSync(join(dir, n), 'utf8').split('\f')).filter((p) => p.trim() !== '');
}

/** Pages per wall-clock second and per CPU second. */
interface Rate {
  readonly wall: number;
  readonly cpu: number;
}

/** Repeats `run` for about `seconds` after a second of warm-up (so the JIT has settled). */
async function rate(pagesPerRun: number, run: () => Promise<unknown>): Promise<Rate & { runs: number }> {
  const warm = now();
  while (now() - warm < 1) await run();
  let runs = 0;
  const [w0, c0] = [now(), cpu()];
  while (now() - w0 < seconds) {
    await run();
    runs++;
  }
  return { wall: (runs * pagesPerRun) / (now() - w0), cpu: (runs * pagesPerRun) / (cpu() - c0), runs };
}

/**
 * Runs a shell script and returns its wall time and its children's CPU time (from the shell's
 * `times` builtin, whose second line is children's user and system time).
 */
function shellTimed(script: string): { wall: number; cpu: number } {
  const w0 = now();
  const out = spawnSync('bash', ['-c', `${script} >/dev/null 2>&1; times`], { encoding: 'utf8' }).stdout.trim().split('\n');
  const wall = now() - w0;
  const seconds = (t: string): number => {
    const m = /(\d+)m([\d.]+)s/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
  };
  const [user = '', sys = ''] = (out[1] ?? '').split(/\s+/);
  return { wall, cpu: seconds(user) + seconds(sys) };
}

async function benchTextLayer(pages: string[]): Promise<void> {
  const pdf = await renderTextPdf(pages.join('\f'));
  const count = (await ingestBuffer(pdf, 'corpus.pdf', { ocr: false })).pages.length;
  const ours = await rate(count, () => ingestBuffer(pdf, 'corpus.pdf', { ocr: false }));
  const show = (r: Rate): string => `${r.wall.toFixed(0).padStart(5)} pages/s wall, ${r.cpu.toFixed(0).padStart(5)} pages per CPU-second`;
  console.log(`text layer   ${show(ours)}   (${count}-page PDF, sequential, one parser thread; target ≥ 300 per CPU-second; ${load()})`);
  if (!has('pdftotext')) return console.log('             pdftotext not installed: no ratio');
  const file = join(work, 'corpus.pdf');
  writeFileSync(file, pdf);
  const t = shellTimed(`for i in $(seq ${ours.runs}); do pdftotext '${file}' /dev/null; done`);
  const theirs = { wall: (ours.runs * count) / t.wall, cpu: (ours.runs * count) / t.cpu };
  console.log(`pdftotext    ${show(theirs)}   ratio ours/pdftotext: wall ${(ours.wall / theirs.wall).toFixed(2)}, CPU ${(ours.cpu / theirs.cpu).toFixed(2)}`);
}

async function benchOcr(pages: string[]): Promise<void> {
  const chosen = pages.slice(0, ocrPageCount);
  const scan = await renderScannedPdf(chosen.join('\f'), { dpi: DPI, pages: chosen.map((_, i) => ({ skewDegrees: ((i % 5) - 2) * 0.6 })), seed: 5 });
  const options = { ocrWorkers: cores, ocrDpi: DPI };
  // Warm-up: starts the scheduler and loads every worker's language data.
  await ingestBuffer(scan, 'warm.pdf', options);
  const [w0, c0] = [now(), cpu()];
  const result = await ingestBuffer(scan, 'scan.pdf', options);
  const [wall, used] = [now() - w0, cpu() - c0];
  const ocrd = result.pages.filter((p) => p.source === 'ocr').length;
  const ours = { wall: (wall * cores) / ocrd, cpu: used / ocrd };
  const turned = result.pages.filter((p) => (p.rotation ?? 0) !== 0).length;
  const show = (r: { wall: number; cpu: number }): string => `${r.wall.toFixed(2).padStart(6)} s/page/core wall, ${r.cpu.toFixed(2).padStart(6)} CPU-s/page`;
  console.log(`OCR          ${show(ours)}   (${ocrd} pages at ${DPI} dpi incl. rendering, ${cores} workers, ${wall.toFixed(1)} s wall, ${turned} turned; target ≤ 1.2; ${load()})`);
  if (!has('tesseract')) return console.log('             tesseract not installed: no ratio');
  const session = await openPdf(new Uint8Array(scan), 10_000, new AbortController().signal);
  const files: string[] = [];
  for (let n = 1; n <= session.numPages; n++) {
    const file = join(work, `page-${n}.pgm`);
    writeFileSync(file, encodePgm(await session.render(n, DPI)));
    files.push(file);
  }
  await session.close();
  // One thread per process so "per core" means the same thing for both.
  const list = files.map((f) => `'${f}'`).join(' ');
  const native = (model: string, tessdata?: string): void => {
    const dirArg = tessdata ? `--tessdata-dir '${tessdata}' ` : '';
    const t = shellTimed(`printf '%s\\n' ${list} | OMP_THREAD_LIMIT=1 xargs -P ${cores} -I{} tesseract {} stdout ${dirArg}--oem 1 --dpi ${DPI} -l eng`);
    const theirs = { wall: (t.wall * cores) / files.length, cpu: t.cpu / files.length };
    console.log(`tesseract    ${show(theirs)}   ratio ours/native: wall ${(ours.wall / theirs.wall).toFixed(2)}, CPU ${(ours.cpu / theirs.cpu).toFixed(2)} (native ${model}, recognition only; ${load()})`);
  };
  const sameModel = unpackOurModel();
  if (sameModel) native('with our best_int model', sameModel);
  native("with the system's model");
}

/** Unpacks the tesseract.js English model into a tessdata folder the native tesseract can read. */
function unpackOurModel(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const packed = join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int', 'eng.traineddata.gz');
    const dir = join(work, 'tessdata');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'eng.traineddata'), gunzipSync(readFileSync(packed)));
    return dir;
  } catch {
    return undefined;
  }
}

try {
  const pages = corpusPages();
  console.log(`bench:ingest on ${cores} core(s), ${seconds} s per text measurement`);
  if (only !== 'ocr') await benchTextLayer(pages);
  if (only !== 'text') await benchOcr(pages);
} finally {
  await shutdownIngest();
  rmSync(work, { recursive: true, force: true });
}
