import { describe, expect, it } from 'vitest';
import { nextMatch } from '../../src/text/next-match.js';

/** Every match by the exec loop, as [index, text] pairs. */
function loop(re: RegExp, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = nextMatch(re, text, m)) out.push([m.index, m[0]]);
  return out;
}

const viaMatchAll = (re: RegExp, text: string): Array<[number, string]> => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

describe('nextMatch', () => {
  it('finds what matchAll finds, empty matches included', () => {
    const cases: Array<[RegExp, string]> = [
      [/radicul\w*/gi, 'Radiculopathy and radicular pain; no radiculitis.'],
      [/x*/g, 'axxbx'],
      [/\b/g, 'no pain'],
      [/(?:)/gu, 'a\u{1F600}b'],
      [/$/gm, 'one\ntwo\n'],
    ];
    for (const [re, text] of cases) expect(loop(re, text)).toEqual(viaMatchAll(re, text));
  });

  it('steps over a surrogate pair as one character in unicode mode only', () => {
    expect(loop(/(?:)/gu, '\u{1F600}').map(([i]) => i)).toEqual([0, 2]);
    expect(loop(/(?:)/g, '\u{1F600}').map(([i]) => i)).toEqual([0, 1, 2]);
  });
});
