import { describe, expect, it } from 'vitest';
import { isSpaceCode } from '../../src/text/space-char.js';

describe('isSpaceCode', () => {
  it('agrees with the regex \\s on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let k = 0; k <= 0xffff; k++) if (isSpaceCode(k) !== /\s/.test(String.fromCharCode(k))) wrong.push(k);
    expect(wrong).toEqual([]);
  });
});
