import { describe, expect, it } from 'vitest';
import { compileUnionScan, compileUnionTest } from '../../src/text/union-scan.js';
import { lex } from '../helpers/docs.js';

/** Each regex's own matches by matchAll, as [which, index, text] in the order the scan visits them. */
const viaMatchAll = (regexes: RegExp[], text: string): Array<[number, number, string]> =>
  regexes.flatMap((re, which) => [...text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].map((m): [number, number, string] => [which, m.index, m[0]]));

function scanned(regexes: RegExp[], text: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  compileUnionScan(regexes).each(text, (which, m) => out.push([which, m.index, m[0]]));
  return out;
}

describe('compileUnionScan', () => {
  it('finds each regex\'s own matches, overlapping ones of different regexes included', () => {
    const regexes = [/diagnos[ie]s\s*:/gi, /\bdx\b/gi, /(?:^|\n)[ \t]*A[ \t]*:/gi, /diagnoses include/gi, /is/gi];
    const text = 'A: pain\nDiagnoses: lumbar strain. The diagnoses include sciatica; dx: sprain\n  a: resolved. Dx';
    expect(scanned(regexes, text)).toEqual(viaMatchAll(regexes, text));
  });

  it('keeps a regex\'s own overlaps resolved as its exec loop does, empty matches included', () => {
    const regexes = [/aa/g, /a*/g, /(?<=b)a/g, /\b/g];
    const text = 'aaab aaaa ba';
    expect(scanned(regexes, text)).toEqual(viaMatchAll(regexes, text));
  });

  it('falls back to one search per regex when the sources cannot be joined', () => {
    const cases: RegExp[][] = [
      [/(a)\1/g, /b/g],
      [/(?<x>a)/g, /(?<x>b)/g],
      [/a/gi, /A/g],
      [/(?:)/gu, /x/gu],
    ];
    const text = 'aa b A x \u{1F600}';
    for (const regexes of cases) expect(scanned(regexes, text)).toEqual(viaMatchAll(regexes, text));
  });
});

describe('compileUnionTest', () => {
  const texts = [
    'A: pain\nDiagnoses: lumbar strain. The diagnoses include sciatica; dx: sprain\n  a: resolved. Dx',
    'UTILIZATION REVIEW DETERMINATION\nThe PROGRESS REPORT of 3/2/2014 was reviewed. Independent Medical Review.',
    'nothing here',
    '',
  ];
  it('answers as each regex\'s own test, overlapping and line-anchored ones included', () => {
    const regexes = [/diagnos[ie]s\s*:/i, /\bdx\b/i, /(?:^|\n)[ \t]*A[ \t]*:/i, /diagnoses include/i, /is/i, /^A/i];
    for (const text of texts) expect(compileUnionTest(regexes).test(text)).toEqual(regexes.map((re) => re.test(text)));
  });
  it('the document-kind cues', () => {
    const regexes = lex.sectionHeaders.kindCues.map((c) => new RegExp(c.pattern, 'i'));
    const scan = compileUnionTest(regexes);
    for (const text of texts) expect(scan.test(text)).toEqual(regexes.map((re) => re.test(text)));
  });
});
