import { describe, expect, it } from 'vitest';
import { isLineAnchored } from '../../../../src/stages/04-extract/treatments/is-line-anchored.js';

describe('isLineAnchored', () => {
  it.each([
    ['^[ \\t]*ITEM[ \\t]+\\d+', true],
    ['^(?:a|b)c', true],
    ['^[|]x', true],
    ['^[\\]|]x', true],
    ['^\\|x', true],
    ['^[]|x', false], // `[]` is an empty class in JavaScript: the `|` is top-level
    ['^a|b', false],
    ['(?:^|\\n)x', false],
    ['x^', false],
    ['\\b^x', false],
  ])('%s -> %s', (pattern, expected) => {
    expect(isLineAnchored(pattern)).toBe(expected);
  });

  it('agrees with the regex: an anchored pattern never matches off a line start', () => {
    const text = 'ab\nab|b\r\nb\u2028ab';
    for (const pattern of ['^ab?', '^(?:a|b)', '^b']) {
      expect(isLineAnchored(pattern)).toBe(true);
      const re = new RegExp(pattern, 'gm');
      for (const m of text.matchAll(re)) expect(m.index === 0 || /[\n\r\u2028\u2029]/.test(text[m.index - 1]!)).toBe(true);
    }
  });
});
