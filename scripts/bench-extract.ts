/**
 * `npm run bench:extract`: text-to-facts throughput on one core (MB/s and documents/s) and peak
 * memory. The dev-corpus records (from test/fixtures) run through `buildFacts` repeatedly after a
 * warm-up. For scale, the same run also times a reference on the same texts — normalize +
 * segment alone — and prints the ratio. Targets: ≥ 2 MB/s per core, ≤ 250 MB RSS.
 *
 * Throughput is per CPU-second of this process (process.cpuUsage, user + system), not per
 * wall-clock second: the machine is shared, and CPU time is what one core spends whatever else
 * runs beside it. Wall-clock figures are printed too, for comparison.
 *
 *   npm run bench:extract -- --seconds 10
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { packageRoot } from '../src/package-root.js';
import { loadLexicons } from '../src/lexicons/load-lexicons.js';
import { buildFacts, pagesFromText, segmentPages } from '../src/pipeline.js';

const argv = process.argv.slice(2);
const seconds = Number(argv[argv.indexOf('--seconds') + 1]) || 5;
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

function measure(label: string, fn: (x: (typeof inputs)[number]) => unknown): { mbps: number; dps: number } {
  for (const x of inputs) fn(x); // warm-up: JIT and regex caches
  let docs = 0;
  let bytes = 0;
  const cpuStart = cpuSeconds();
  const wallStart = process.hrtime.bigint();
  // the budget is CPU time, so a busy machine lengthens the run instead of shrinking the sample
  while (cpuSeconds() - cpuStart < seconds) {
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
    `${label.padEnd(28)} ${r.mbps.toFixed(2).padStart(8)} MB/cpu-s ${r.dps.toFixed(1).padStart(9)} docs/cpu-s` +
      `  (${docs} docs in ${cpu.toFixed(1)} cpu-s; wall ${(bytes / 1e6 / wall).toFixed(2)} MB/s over ${wall.toFixed(1)} s)`,
  );
  return r;
}

console.log(`bench:extract — ${inputs.length} dev-corpus records, ${(inputs.reduce((a, x) => a + x.bytes, 0) / 1024).toFixed(0)} KiB, one core, ${seconds} CPU-s per measurement`);
const ref = measure('reference: normalize+segment', (x) => segmentPages(x.pages, lexicons));
const full = measure('buildFacts (text → facts)', (x) => buildFacts(x, lexicons));
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(`ratio full/reference          ${(full.mbps / ref.mbps).toFixed(3)} (extraction costs ${(ref.mbps / full.mbps).toFixed(1)}× the segmentation front end)`);
console.log(`vs target 2 MB/cpu-s (1 core) ${(full.mbps / 2).toFixed(2)}× ${full.mbps >= 2 ? '(meets)' : '(short)'}`);
console.log(`peak RSS                      ${rssMb.toFixed(0)} MB ${rssMb <= 250 ? '(meets ≤ 250 MB)' : '(over 250 MB)'}`);
