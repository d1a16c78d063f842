import { describe, expect, it } from 'vitest';
import { beforeFirstOf, wordRunCount } from '../../src/text/plain-split.js';
import { isSpaceCode } from '../../src/text/space-char.js';

/** Strings over a small alphabet that holds every kind of character the functions tell apart. */
function samples(): string[] {
  const alphabet = ['a', 'B', '1', ' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '.', ';', ',', '-', ''];
  const out: string[] = [''];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let n = 0; n < 3000; n++) {
    let s = '';
    for (let len = next() % 12; len > 0; len--) s += alphabet[next() % alphabet.length];
    out.push(s);
  }
  return out;
}

describe('isSpaceCode', () => {
  it('agrees with the regex \\s on every code unit of the BMP', () => {
    for (let code = 0; code < 0x10000; code++) expect(isSpaceCode(code)).toBe(/\s/.test(String.fromCharCode(code)));
  });
});

describe('wordRunCount', () => {
  it('agrees with trim().split(/\\s+/).length', () => {
    for (const s of samples()) expect(wordRunCount(s)).toBe(s.trim().split(/\s+/).length);
  });
  it('counts the words of a label', () => {
    expect(wordRunCount('  Right  knee exam ')).toBe(3);
    expect(wordRunCount('   ')).toBe(1);
  });
});

describe('beforeFirstOf', () => {
  it('agrees with split(/[...]/)[0]', () => {
    for (const s of samples()) {
      expect(beforeFirstOf(s, ';,.')).toBe(s.split(/[;,.]/)[0]);
      expect(beforeFirstOf(s, '.;')).toBe(s.split(/[.;]/)[0]);
      for (let from = 0; from <= s.length + 1; from++) expect(beforeFirstOf(s, '.;,', from)).toBe(s.slice(from).split(/[.;,]/)[0]);
    }
  });
  it('keeps a text with no stop whole', () => {
    expect(beforeFirstOf('negative on the left', '.;')).toBe('negative on the left');
    expect(beforeFirstOf('negative; left', '.;')).toBe('negative');
  });
});
