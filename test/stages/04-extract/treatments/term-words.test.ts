import { describe, expect, it } from 'vitest';
import { matchTermWords, termWords } from '../../../../src/stages/04-extract/treatments/term-words.js';

/** What the term's regex (as compile-treatment-lexicons builds it) finds at `at`: its end, or -1. */
function regexEnd(term: string, text: string, at: number): number {
  const body = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+');
  const tail = /[a-z]$/.test(term) ? '(?:e?s)?\\b' : /\w$/.test(term) ? '\\b' : '';
  const re = new RegExp(`${/^\w/.test(term) ? '\\b' : ''}${body}${tail}`, 'iy');
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : -1;
}

describe('matchTermWords', () => {
  const terms = ['physical therapy', 'tylenol no. 3', 'lidocaine 5% patch', 'emg/ncv', 'tens unit', 'x ray'];
  const texts = [
    'PHYSICAL-THERAPY', 'physical\u00a0 therapies', 'Physical  -  Therapyes', 'physical therapyS.', 'physical therapyx',
    'physicaltherapy', 'Tylenol No. 3, daily', 'tylenol no.3', 'lidocaine 5% patches', 'EMG/NCV', 'emg / ncv',
    'TENS units', 'tens unitess', 'x-ray', 'X\u2003RAYS', 'x_ray', 'physical therap\u00e9',
  ];
  it('finds what the regex finds, text by text', () => {
    for (const term of terms) {
      const words = termWords(term)!;
      expect(words).not.toBeNull();
      for (const text of texts) {
        for (const at of [0, 1]) {
          const t = at ? ` ${text}` : text;
          expect([term, t, matchTermWords(t, at, words)]).toEqual([term, t, regexEnd(term, t, at)]);
        }
      }
    }
  });

  it('leaves terms outside printable ASCII to the regex', () => {
    expect(termWords('caf\u00e9 therapy')).toBeNull();
    expect(termWords('heat/cold therapy')).not.toBeNull();
  });
});
