import { describe, expect, it } from 'vitest';
import { compileDocLiteralScan, compileLiteralScan } from '../../src/text/literal-gate.js';

const REGEXES = [/\bradicul(?:opathy|ar|itis)\b/gi, /\bsciatica\b/gi, /\bpain\s+radiat(?:es|ing)\b/gi, /\d+\s*\/\s*10/gi, /(?:numb|tingl)\w*/gi];

describe('compileDocLiteralScan', () => {
  it('opens at least the regexes the per-sentence scan opens, for every sentence of a document', () => {
    const sentences = [
      'She has Radiculopathy at L5.',
      'No sciatica.',
      'Pain radiating to the left foot with tingling.',
      'Pain 7/10.',
      'Exam is unremarkable.',
    ];
    const doc = sentences.join(' ');
    const perSentence = compileLiteralScan(REGEXES);
    const hits = compileDocLiteralScan(REGEXES).hits(doc);
    let from = 0;
    for (const s of sentences) {
      const start = doc.indexOf(s, from);
      const own = [...perSentence.possible(s)];
      const viaDoc = [...hits.possible(start, start + s.length)];
      own.forEach((open, r) => { if (open) expect(viaDoc[r], `${s} / regex ${r}`).toBe(true); });
      // and every regex that matches the sentence is open
      REGEXES.forEach((re, r) => { if (new RegExp(re.source, 'i').test(s)) expect(viaDoc[r], `${s} / regex ${r}`).toBe(true); });
      from = start + s.length;
    }
    // a sentence with none of the strings opens only the regexes without a usable gate
    const quiet = doc.indexOf('Exam');
    expect(hits.possible(quiet, quiet + 'Exam is unremarkable.'.length).slice(0, 3)).toEqual([false, false, false]);
  });

  it('opens every regex when lower-casing changes the text\'s length', () => {
    const doc = 'İstanbul. No sciatica.';
    expect([...compileDocLiteralScan(REGEXES).hits(doc).possible(0, 9)].every(Boolean)).toBe(true);
  });
});
