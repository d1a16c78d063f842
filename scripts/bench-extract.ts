/**
 * `npm run bench:extract`: text-to-facts throughput on one core (MB/s and documents/s) and peak
 * memory. The dev-corpus records (from test/fixtures) run through `buildFacts` over and over. For
 * scale, the same run times a reference on the same texts — normalize + segment alone — and prints
 * the ratio. Targets: ≥ 2 MB/s per core, ≤ 250 MB RSS.
 *
 * Two figures per function, because V8 needs many passes before the extractors run at full speed
 * (functions are re-optimised and regular expressions tiered up to native code over the first
 * tens of CPU-seconds):
 * - cold: the first `--cold` CPU-seconds after one pass — what a one-off CLI run sees;
 * - steady: `--seconds` CPU-seconds after a `--warmup` budget — what a long-running extract worker
 *   sees, and the figure the target is about.
 *
 * Throughput is per CPU-second of this process (process.cpuUsage, user + system, so V8's
 * background compiler and GC threads count), not per wall-clock second: the machine is shared,
 * and CPU time is what the process costs whatever else runs beside it. Wall-clock figures are
 * printed too.
 *
 *   npm run bench:extract -- --seconds 10 --warmup 30 --cold 3
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { packageRoot } from '../src/package-root.js';
import { loadLexicons } from '../src/lexicons/load-lexicons.js';
import { buildFacts, pagesFromText, segmentPages } from '../src/pipeline.js';

const argv = process.argv.slice(2);
/** Value of a numeric flag, or its default when absent or not a number. */
function flag(name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) && v >= 0 ? v : fallback;
}
const seconds = flag('--seconds', 10) || 10;
const warmup = flag('--warmup', 30);
const cold = flag('--cold', 3) || 3;
const dir = join(packageRoot(), 'test', 'fixtures', 'dev-corpus');
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const inputs = texts.map((t, i) => ({
  id: createHash('sha256').update(t).digest('hex'), fileName: `doc-${i}.txt`, pages: pagesFromText(t), warnings: [], bytes: Buffer.byteLength(t),
}));
const lexicons = loadLexicons();

/** CPU-seconds (user + system) this process has used so far. */
function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

interface Rate {
  readonly mbps: number;
  readonly dps: number;
}

/** Runs every input through fn for `budget` CPU-seconds; prints and returns the rate. */
function measure(label: string, budget: number, fn: (x: (typeof inputs)[number]) => unknown): Rate {
  let docs = 0;
  let bytes = 0;
  const cpuStart = cpuSeconds();
  const wallStart = process.hrtime.bigint();
  // the budget is CPU time, so a busy machine lengthens the run instead of shrinking the sample
  while (cpuSeconds() - cpuStart < budget) {
    for (const x of inputs) {
      fn(x);
      docs++;
      bytes += x.bytes;
    }
  }
  const cpu = cpuSeconds() - cpuStart;
  const wall = Number(process.hrtime.bigint() - wallStart) / 1e9;
  const r = { mbps: bytes / 1e6 / cpu, dps: docs / cpu };
  console.log(
    `${label.padEnd(36)} ${r.mbps.toFixed(2).padStart(6)} MB/cpu-s ${r.dps.toFixed(1).padStart(7)} docs/cpu-s` +
      `  (${docs} docs in ${cpu.toFixed(1)} cpu-s; wall ${(bytes / 1e6 / wall).toFixed(2)} MB/s)`,
  );
  return r;
}

/** Cold rate (one pass, then `cold` CPU-s), then the steady rate after the warm-up budget. */
function coldAndSteady(label: string, fn: (x: (typeof inputs)[number]) => unknown): { cold: Rate; steady: Rate } {
  for (const x of inputs) fn(x);
  const c = measure(`${label}, cold`, cold, fn);
  const start = cpuSeconds();
  while (cpuSeconds() - start < Math.max(0, warmup - cold)) for (const x of inputs) fn(x);
  return { cold: c, steady: measure(`${label}, steady`, seconds, fn) };
}

console.log(
  `bench:extract — ${inputs.length} dev-corpus records, ${(inputs.reduce((a, x) => a + x.bytes, 0) / 1024).toFixed(0)} KiB, one core; ` +
    `cold = first ${cold} CPU-s, steady = ${seconds} CPU-s after a ${warmup} CPU-s warm-up`,
);
const ref = coldAndSteady('reference: normalize+segment', (x) => segmentPages(x.pages, lexicons));
const full = coldAndSteady('buildFacts (text → facts)', (x) => buildFacts(x, lexicons));
const rssMb = process.resourceUsage().maxRSS / 1024;
const s = full.steady.mbps;
console.log(`ratio full/reference, steady        ${(s / ref.steady.mbps).toFixed(3)} (extraction costs ${(ref.steady.mbps / s).toFixed(1)}× the segmentation front end)`);
console.log(`warm-up gain (steady/cold)          ${(s / full.cold.mbps).toFixed(2)}×`);
console.log(`steady vs target 2 MB/cpu-s (1 core) ${(s / 2).toFixed(2)}× ${s >= 2 ? '(meets)' : '(short)'}`);
// the issue restates the target as "about 200 three-page letters a second", which assumes ~10 KB per
// letter; this corpus's pages are shorter, so the two readings differ and both are printed
const pages = inputs.reduce((a, x) => a + x.pages.length, 0);
const letters = (full.steady.dps * pages) / inputs.length / 3;
console.log(`three-page letters/cpu-s, steady      ${letters.toFixed(0)} (${(pages / inputs.length).toFixed(2)} pages and ${(inputs.reduce((a, x) => a + x.bytes, 0) / pages / 1024).toFixed(2)} KiB per page here; ${(letters / 200).toFixed(2)}× of 200)`);
console.log(`peak RSS                            ${rssMb.toFixed(0)} MB ${rssMb <= 250 ? '(meets ≤ 250 MB)' : '(over 250 MB)'}`);
