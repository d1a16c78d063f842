import { describe, expect, it } from 'vitest';
import { compilePrefixScan } from '../../src/text/prefix-scan.js';
import { compileUnionScan } from '../../src/text/union-scan.js';

type Hit = [number, number, string];

/** Each regex's own matches by matchAll, as [which, index, text] in the order the scans visit them. */
const viaMatchAll = (regexes: RegExp[], text: string): Hit[] =>
  regexes.flatMap((re, which) => [...text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].map((m): Hit => [which, m.index, m[0]]));

function scanned(scan: typeof compilePrefixScan, regexes: RegExp[], text: string): Hit[] {
  const out: Hit[] = [];
  scan(regexes).each(text, (which, m) => out.push([which, m.index, m[0]]));
  return out;
}

describe('compilePrefixScan', () => {
  it('finds what each regex\'s own exec loop finds, as the union scan does', () => {
    const regexes = [
      /\bdiagnos(?:is|es|ed)\b\s*(?:include|of|:)?/gi,
      /\b(?:assessed|impression)\s*(?:as|:)/gi,
      /\bh\/o\b|\bhistory\s+of\b/gi,
      /(?:^|\n)[ \t]*(?:\d+\.|[-*])[ \t]+/gi,
      /\bs\/p\b/gi,
    ];
    const text = 'Diagnoses:\n1. lumbar strain\n- h/o L5 radiculopathy\nHe was assessed as having a sprain; history of CTS. Impression: s/p ORIF. diagnosed with DDD.\n  2. Diagnosis of bursitis';
    const want = viaMatchAll(regexes, text);
    expect(want.length).toBeGreaterThan(8);
    expect(scanned(compilePrefixScan, regexes, text)).toEqual(want);
    expect(scanned(compileUnionScan, regexes, text)).toEqual(want);
  });

  it('keeps a regex\'s own overlaps and empty matches as its exec loop does', () => {
    const regexes = [/aa/g, /a*/g, /(?<=b)a/g, /\b/g, /(?:ab|a)c?/g];
    const text = 'aaab aaaa ba abc';
    expect(scanned(compilePrefixScan, regexes, text)).toEqual(viaMatchAll(regexes, text));
  });

  it('opens alternatives inside a leading group and patterns with no literal opening', () => {
    const regexes = [/(?:left|right)\s+(?:knee|hip)/gi, /[0-9]+\s*degrees/gi, /(?=x)xy|z+/gi];
    const text = 'Right knee 30 degrees, LEFT HIP 5degrees, xyz zz xy';
    expect(scanned(compilePrefixScan, regexes, text)).toEqual(viaMatchAll(regexes, text));
  });

  it('falls back to the union scan (same results) for sources it does not read or cannot join', () => {
    const text = 'aa b A x AbAb \u{1F600} ab-ab';
    const cases: RegExp[][] = [
      [/(a)\1/g, /b/g],
      [/(?<x>a)/g, /(?<x>b)/g],
      [/a/gi, /A/g],
      [/(?:)/gu, /x/gu],
      [/\x41b/g, /\u0062/g],
      [/(ab)-\1/g, /x{1,2}/g],
    ];
    for (const regexes of cases) expect(scanned(compilePrefixScan, regexes, text)).toEqual(viaMatchAll(regexes, text));
  });
});
