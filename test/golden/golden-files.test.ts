/**
 * The samples' facts and decisions equal their checked-in golden files. A difference is a
 * behaviour change: review it, then run `npm run golden:update` and commit the new files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { processFile } from '../../src/process-file.js';
import { decideFacts } from '../../src/decide-facts.js';

const root = packageRoot();
const golden = (f: string) => JSON.parse(readFileSync(join(root, 'test', 'golden', f), 'utf8'));

describe.each(['imr-trigger-point.txt', 'imr-trigger-point.pdf'])('golden files for %s', (sample) => {
  const base = sample.replace(/\./g, '-');
  it('facts are unchanged', async () => {
    const facts = await processFile(join(root, 'samples', sample));
    expect(facts).toEqual(golden(`${base}.facts.json`));
  });
  it('decision is unchanged', async () => {
    const decision = decideFacts(await processFile(join(root, 'samples', sample)));
    expect(decision).toEqual(golden(`${base}.decision.json`));
  });
});
