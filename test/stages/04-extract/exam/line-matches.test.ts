import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../../src/stages/04-extract/exam/compile-exam-lexicon.js';
import { lineMatches } from '../../../../src/stages/04-extract/exam/line-matches.js';

const brief = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0], m[1] ?? null]);

describe('lineMatches: a line-anchored pattern tried only at line starts', () => {
  const texts = [
    'Motion   Left  Right\nFlexion  40  50\n  motion right left\nnot motion here\nMotion',
    '\n\nmotion\n\nMOTION left\n',
    'Motion left\r\nmotion right\u2028motion both\u2029motion',
    '',
  ];

  it('finds exactly what the global search finds, for anchored and unanchored patterns', () => {
    const patterns = [/^[ \t]*motion\b(.*)$/gim, /^/gm, /^[ \t]*(?:motion|flexion)[ \t]+(\w+)/gim, /motion|^flexion/gim, /(?:^|\t)motion/gim];
    for (const re of patterns) {
      for (const text of texts) expect(brief(lineMatches(re, text)), `${re} on ${JSON.stringify(text)}`).toEqual(brief(allMatches(re, text)));
    }
  });

  it('steps past a match that runs over several lines, as the global search does', () => {
    const re = /^motion[\s\S]*?right/gim;
    const text = 'Motion left\nmotion right\nmotion\nright';
    expect(brief(lineMatches(re, text))).toEqual([[0, 'Motion left\nmotion right', null], [25, 'motion\nright', null]]);
  });
});
