import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../../src/stages/04-extract/exam/compile-exam-lexicon.js';
import { lineMatches, lineMatchesEach } from '../../../../src/stages/04-extract/exam/line-matches.js';

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

describe('lineMatchesEach: several line-anchored patterns in one walk', () => {
  const texts = [
    'Motion   Left  Right\nFlexion  40  50\n  motion right left\nnot motion here\nMotion',
    '\n\nmotion\n\nMOTION left\n',
    'Motion left\r\nmotion right\u2028motion both',
    'Left knee   Right knee\n- effusion   - none\nRIGHT LEFT\n',
    '',
  ];

  it('finds what each pattern finds on its own, joined or not', () => {
    const lists = [
      [/^[ \t]*motion\b(.*)$/gim, /^[ \t]*((?:right|left)[ \t]*)+$/gim],
      [/^[ \t]*(left|right)\b(.*)$/gim, /^[ \t]*(?:motion|flexion)[ \t]+(\w+)/gim, /^[ \t]*\w+$/gim],
      // not all anchored, or flags that differ: each searched on its own
      [/motion|^flexion/gim, /^motion/gim],
      [/^motion/gim, /^motion/gm],
      // a match over two lines: each searched on its own
      [/^motion[\s\S]*?right/gim, /^[ \t]*motion\b(.*)$/gim],
    ];
    for (const list of lists) {
      for (const text of texts) {
        const each = lineMatchesEach(list, text);
        list.forEach((re, k) => expect(brief(each[k]!), `${re} on ${JSON.stringify(text)}`).toEqual(brief(allMatches(re, text))));
      }
    }
  });
});
