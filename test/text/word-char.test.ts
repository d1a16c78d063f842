import { describe, expect, it } from 'vitest';
import { isWordCode } from '../../src/text/word-char.js';

describe('isWordCode', () => {
  it('agrees with the regex \\w on every code unit up to U+02FF', () => {
    for (let code = 0; code < 0x300; code++) expect(isWordCode(code)).toBe(/\w/.test(String.fromCharCode(code)));
  });
});
