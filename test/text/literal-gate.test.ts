import { describe, expect, it } from 'vitest';
import { compileLiteralScan, literalGate, requirement, trieAlternation } from '../../src/text/literal-gate.js';
import { lex } from '../helpers/docs.js';

describe('requirement: the strings every match must hold (the least likely set of each alternative)', () => {
  it.each([
    ['\\bsciatica\\b', [[['sciatica']]]],
    ['\\b(?:radiat(?:es|ing)|spread)\\b[^.;]{0,40}?\\bnot\\s+below', [[['radiates', 'radiating', 'spread']]]],
    ['\\bhand\\s+truck\\b|\\bforklift\\s+arm\\b', [[['truck']], [['forklift']]]],
    ["\\bdoes\\s+n['’]t\\s+radiate", [[['radiate']]]],
    // a group with an alternative of no literal start: each alternative's own least likely set
    ['\\b(?:wore\\s+off|(?:about\\s+)?(?:a|one)\\s+days?\\s+of\\s+relief)\\b', [[['wore', 'relief']]]],
  ])('%s', (source, expected) => {
    expect(requirement(source, true)).toEqual(expected);
  });

  it.each([
    ['[a-z]+\\s+foo?'], // only "fo" is certain, and two letters sift out nothing
    ['(?:it|to)\\s+\\w+'],
    ['x|\\d+'], // one alternative holds no letters at all
    ['\\b(?:wore\\s+off|(?:a|one)\\s+day)\\b'], // the openings "a" and "one" are read, and "a" is too short to sift
  ])('%s demands nothing', (source) => {
    expect(requirement(source, true)).toBeNull();
  });
});

describe('requirement with look-arounds: what a positive look-around needs counts, a negative one never', () => {
  it.each([
    ['(?<=\\bpain\\s*:\\s*)(?<score>\\d)(?=\\s*,)', [[['pain'], [':'], [',']]]],
    ['(?<!\\bnot\\s+)\\d+\\s*/\\s*10(?!\\s*mm)', [[['/'], ['10']]]],
    ['\\d+(?=\\s+of\\s+(?:10|ten))', [[['of'], ['10', 'ten']]]],
  ])('%s', (source, expected) => {
    expect(requirement(source, true, { lookarounds: true, maxSets: Infinity, minLength: 2 })).toEqual(expected);
  });

  it('the pain-score forms: the gate passes every sentence a form matches', () => {
    const texts = [
      'Pain: neck 4, R arm 7 (out of 10).', 'Pain rating (0-10): R knee 6 today (range 4-8); low back 2.',
      'Tramadol takes her knee pain from about 7 down to 4.', 'He rates the leg pain as a 5 and the back pain as a 3 on a 0-10 scale.',
      'She places her neck pain at 5 and her arm pain at 7 on a ten-point scale.', 'Pain is 6 on a 0 to 10 scale, increasing to 8 with lifting.',
      'Aches a 4 in the morning, a 7 after lifting (0-10).', 'Rates it as eight of ten.', 'VAS 38 mm/100 mm; VAS 70/100; NRS: 6; 7 on the VAS.',
    ];
    for (const form of lex.painScores.forms) {
      const re = new RegExp(form.pattern, 'gi');
      const gate = literalGate(re, { lookarounds: true, maxSets: Infinity, minLength: 2 });
      for (const text of texts) {
        re.lastIndex = 0;
        if (re.test(text)) expect(gate(text, text.toLowerCase())).toBe(true);
      }
    }
  });
});

describe('literalGate: never false where the regex matches', () => {
  const sentences = [
    'Pain radiates from the low back into the left leg but not below the knee.',
    'She denies radicular symptoms; the pain does not radiate past the buttock.',
    'Numbness in the right arm, neck -> R shoulder -> forearm.',
    'RADICULOPATHY, LUMBAR, L5-S1. Sciatica on the left.',
    'He pushed a hand truck and went back to work; right-hand dominant.',
    'Pain doesn’t travel down the leg. Non-radiating low back pain.',
    'The patient reports numbness and tingling in both hands at night.',
  ];
  const regexes = [
    ...lex.radiculopathy.entries.map((e) => new RegExp(e.pattern, 'gi')),
    ...lex.bodyParts.nonParts.map((n) => new RegExp(n.pattern, 'gi')),
  ];
  it.each(regexes.map((re) => [re.source.slice(0, 60), re] as const))('%s', (_name, re) => {
    const gate = literalGate(re);
    const scan = compileLiteralScan([re]);
    for (const text of sentences) {
      re.lastIndex = 0;
      if (re.test(text)) {
        expect(gate(text, text.toLowerCase())).toBe(true);
        expect(scan.possible(text)[0]).toBe(true);
      }
    }
  });

  it('the scan tells regexes apart', () => {
    const scan = compileLiteralScan([/\bsciatica\b/gi, /\bnot\s+below\b/gi, /\d+/g]);
    expect(scan.possible('Sciatica, left.')).toEqual([true, false, true]);
    expect(scan.possible('radiates but not below the knee')).toEqual([false, true, true]);
  });
});

describe('trieAlternation: the longest term wins, as in a list sorted longest first', () => {
  const terms = ['carpal', 'carpal tunnel', 'hand', 'hands', 'c-spine', 'calf', 'calves'];
  // a term as regex pieces: its characters (none needs escaping here), a gap for each space
  const units = (t: string): string[] => t.split(/( )/).flatMap((w) => (w === ' ' ? ['[\\s-]+'] : [...w]));
  const trie = new RegExp(`\\b${trieAlternation(terms.map(units))}\\b`, 'gi');
  const flat = new RegExp(`\\b(?:${[...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/ /g, '[\\s-]+')).join('|')})\\b`, 'gi');
  it.each([
    'carpal tunnel release of both hands',
    'carpal-tunnel, carpal bones, C-spine, calves and calf, handshake',
  ])('%s', (text) => {
    expect(text.match(trie)).toEqual(text.match(flat));
  });
});
