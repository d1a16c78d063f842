/**
 * `npm run bench:extract`: text-to-facts throughput on one core (MB/s and documents/s) and peak
 * memory. The dev-corpus records (from test/fixtures) run through `buildFacts` repeatedly after a
 * warm-up. For scale, the same run also times a reference on the same texts — normalize +
 * segment alone — and prints the ratio. Targets: ≥ 2 MB/s per core, ≤ 250 MB RSS.
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

function measure(label: string, fn: (x: (typeof inputs)[number]) => unknown): { mbps: number; dps: number } {
  for (const x of inputs) fn(x); // warm-up: JIT and regex caches
  let docs = 0;
  let bytes = 0;
  const start = process.hrtime.bigint();
  const limit = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - start < limit) {
    for (const x of inputs) {
      fn(x);
      docs++;
      bytes += x.bytes;
    }
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  const r = { mbps: bytes / 1e6 / secs, dps: docs / secs };
  console.log(`${label.padEnd(28)} ${r.mbps.toFixed(2).padStart(8)} MB/s ${r.dps.toFixed(1).padStart(9)} docs/s  (${docs} docs in ${secs.toFixed(1)} s)`);
  return r;
}

console.log(`bench:extract — ${inputs.length} dev-corpus records, ${(inputs.reduce((a, x) => a + x.bytes, 0) / 1024).toFixed(0)} KiB, one core, ${seconds} s per measurement`);
const ref = measure('reference: normalize+segment', (x) => segmentPages(x.pages, lexicons));
const full = measure('buildFacts (text → facts)', (x) => buildFacts(x, lexicons));
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(`ratio full/reference          ${(full.mbps / ref.mbps).toFixed(3)} (extraction costs ${(ref.mbps / full.mbps).toFixed(1)}× the segmentation front end)`);
console.log(`vs target 2 MB/s per core     ${(full.mbps / 2).toFixed(2)}× ${full.mbps >= 2 ? '(meets)' : '(short)'}`);
console.log(`peak RSS                      ${rssMb.toFixed(0)} MB ${rssMb <= 250 ? '(meets ≤ 250 MB)' : '(over 250 MB)'}`);
