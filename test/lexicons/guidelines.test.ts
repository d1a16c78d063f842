/** The guideline criteria files: all validate, ids are unique, and bad files are refused by name. */
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGuidelines } from '../../src/lexicons/load-guidelines.js';
import { defaultLexiconDir } from '../../src/lexicons/load-lexicons.js';
import { TREATMENTS } from '../../src/types/vocab.js';

const dir = join(defaultLexiconDir(), 'guidelines');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

function withFile(name: string, content: unknown): string {
  const d = mkdtempSync(join(tmpdir(), 'guidelines-'));
  writeFileSync(join(d, name), JSON.stringify(content));
  return d;
}

const valid = JSON.parse(readFileSync(join(dir, 'trigger-point-injections.json'), 'utf8')) as Record<string, unknown>;

describe('guideline files', () => {
  it('every file validates, is frozen, and topic ids are unique', () => {
    const g = loadGuidelines();
    expect(g.length).toBe(files.length);
    expect(new Set(g.map((t) => t.id)).size).toBe(g.length);
    expect(Object.isFrozen(g[0]!.criteria[0])).toBe(true);
    expect(loadGuidelines()).toBe(g);
  });

  it('covers the topics the issue lists', () => {
    const covered = new Set(loadGuidelines().flatMap((t) => t.appliesTo.treatments));
    for (const t of ['trigger point injection', 'epidural steroid injection', 'physical therapy', 'chiropractic manipulation', 'acupuncture',
      'opioid analgesic', 'muscle relaxant', 'NSAID', 'topical analgesic', 'compounded topical', 'TENS unit', 'MRI', 'EMG/NCV',
      'facet joint injection', 'medial branch block', 'radiofrequency ablation', 'functional restoration program',
      'spinal cord stimulator', 'urine drug screen', 'home health care', 'surgery'] as const) {
      expect(TREATMENTS).toContain(t);
      expect(covered.has(t)).toBe(true);
    }
  });

  it.each([
    ['an unknown key', { ...valid, id: 'x-unknown-key', extra: 1 }, 'extra'],
    ['an unknown treatment', { ...valid, id: 'x-bad-enum', appliesTo: { treatments: ['leeches'] } }, 'appliesTo'],
    ['an unknown predicate', { ...valid, id: 'x-bad-pred', criteria: [{ id: 'a', description: 'd', required: true, predicate: { moonPhase: 'full' } }] }, 'criteria'],
    ['a bad regular expression', { ...valid, id: 'x-bad-re', criteria: [{ id: 'a', description: 'd', required: true, predicate: { requestTextMatches: '(' } }] }, 'criteria'],
    ['duplicate criterion ids', { ...valid, id: 'x-dup', criteria: [(valid.criteria as unknown[])[0], (valid.criteria as unknown[])[0]] }, 'duplicate criterion id'],
  ])('refuses a file with %s', (_what, content, mention) => {
    expect(() => loadGuidelines(withFile('bad.json', content))).toThrow(mention);
  });

  it('refuses two files with one topic id', () => {
    const d = withFile('a.json', valid);
    writeFileSync(join(d, 'b.json'), JSON.stringify(valid));
    expect(() => loadGuidelines(d)).toThrow(/duplicate topic id/);
  });
});
