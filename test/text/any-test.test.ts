import { describe, expect, it } from 'vitest';
import { anyTest } from '../../src/text/any-test.js';

describe('anyTest', () => {
  it('answers as testing each pattern in turn', () => {
    const res = [/\bexam(?:ination)?\b/i, /(?:^|\n)\s*O\s*:/i, /\b(\d+)\s*mg\b/i];
    const any = anyTest(res);
    for (const text of ['Physical examination', 'x\nO: vitals', 'ibuprofen 800 mg', 'nothing here', '', 'EXAM', 'Oh: no', '800mgs']) {
      expect(any(text)).toBe(res.some((re) => re.test(text)));
    }
  });

  it('tests one by one what cannot be joined, and says no for no patterns', () => {
    const backRef = anyTest([/(a)\1/, /b/]);
    expect(backRef('aa')).toBe(true);
    expect(backRef('ab')).toBe(true);
    expect(backRef('ac')).toBe(false);
    const mixed = anyTest([/abc/i, /DEF/]);
    expect(mixed('ABC')).toBe(true);
    expect(mixed('def')).toBe(false);
    expect(anyTest([])('anything')).toBe(false);
    const namedRef = anyTest([/(?<x>a)\k<x>/, /b/]);
    expect(namedRef('aa')).toBe(true);
    expect(namedRef('ac')).toBe(false);
  });

  it('joins patterns that share a group name, as a plain test', () => {
    const res = [/(?<age>\d{2})[- ]year[- ]old/i, /\bage[: ]+(?<age>\d{2})\b/i];
    const any = anyTest(res);
    for (const text of ['a 45-year-old man', 'Age: 52', 'AGE 7', 'nothing', '']) expect(any(text)).toBe(res.some((re) => re.test(text)));
  });
});
