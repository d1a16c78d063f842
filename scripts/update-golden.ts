/**
 * `npm run golden:update`: regenerates test/golden/*.facts.json from the samples. Review the diff
 * before committing: every changed fact is a behaviour change the golden test would flag.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { processFile, shutdownProcessing } from '../src/process-file.js';
import { decideFacts } from '../src/decide-facts.js';

/** Samples with a golden file: text inputs only, so the golden files do not depend on OCR. */
const GOLDEN_SAMPLES = ['imr-trigger-point.txt', 'imr-trigger-point.pdf'];

const root = packageRoot();
const outDir = join(root, 'test', 'golden');
mkdirSync(outDir, { recursive: true });
try {
  for (const sample of GOLDEN_SAMPLES) {
    const facts = await processFile(join(root, 'samples', sample));
    const decision = decideFacts(facts);
    const base = sample.replace(/\./g, '-');
    writeFileSync(join(outDir, `${base}.facts.json`), `${JSON.stringify(facts, null, 2)}\n`);
    writeFileSync(join(outDir, `${base}.decision.json`), `${JSON.stringify(decision, null, 2)}\n`);
    console.log(`wrote test/golden/${base}.facts.json and .decision.json`);
  }
} finally {
  await shutdownProcessing();
}
