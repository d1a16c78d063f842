import { describe, expect, it } from 'vitest';
import { readQuantifier } from '../../src/text/regex-quantifier.js';

describe('readQuantifier', () => {
  it.each([
    ['a?b', 1, { min: 0, max: 1, end: 2 }],
    ['a*', 1, { min: 0, max: Infinity, end: 2 }],
    ['a+?', 1, { min: 1, max: Infinity, end: 3 }],
    ['a{2}', 1, { min: 2, max: 2, end: 4 }],
    ['a{1,3}x', 1, { min: 1, max: 3, end: 6 }],
    ['a{2,}?', 1, { min: 2, max: Infinity, end: 6 }],
  ])('reads the quantifier in %s', (src, at, want) => {
    expect(readQuantifier(src, at)).toEqual(want);
  });

  it('finds none after a plain character, and flags a brace that opens none', () => {
    expect(readQuantifier('ab', 1)).toBeNull();
    expect(readQuantifier('a{x}', 1)).toBe('malformed');
  });
});
