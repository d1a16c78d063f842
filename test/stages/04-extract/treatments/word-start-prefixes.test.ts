import { describe, expect, it } from 'vitest';
import { prefixCode, shortPrefixCode, wordStartPrefixes } from '../../../../src/stages/04-extract/treatments/word-start-prefixes.js';
import { compileTreatmentLexicons, matchCues, matchCuesAtWords } from '../../../../src/stages/04-extract/treatments/compile-treatment-lexicons.js';
import { findTreatmentMentions } from '../../../../src/stages/04-extract/treatments/find-treatment-mentions.js';
import { loadLexicon } from '../../../../src/lexicons/load-lexicons.js';

const code = (s: string) => prefixCode(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2));
const openings = (pattern: string) => {
  const set = wordStartPrefixes(pattern);
  return set ? [...set].sort() : null;
};

describe('wordStartPrefixes', () => {
  it.each([
    ['\\b(?:before|after)\\s+surgery', ['aft', 'bef']],
    ['\\b(?:pre-?|post)\\b', ['pos', 'pre']],
    ['\\bOrthop(?:a)?edic', ['ort']],
    ['\\b[Xx]-?ray', ['x-r', 'xra']],
    ['\\bab?c?de', ['abc', 'abd', 'acd', 'ade']],
    // a look-around after the opening ends what is read; the opening before it still holds
    ['\\bjob\\s+title(?=\\s*:)', ['job']],
    ['\\b(?:nurse|aide)(?!\\s+visit)', ['aid', 'nur']],
  ])('%s', (pattern, expected) => {
    expect(openings(pattern)).toEqual(expected.map(code).sort());
  });

  it.each([
    'before', // no \b: a match may start inside a word
    '\\b(?:to|at)\\b', // shorter than three characters
    '\\bab?c?d', // may match "ad"
    '\\bon\\s+foot', // a class within the first three
    '\\b(?:a|.)bc',
    '(?<=x)\\babc',
    '\\babc|def',
    '\\b(abc',
    '\\b[^a]bc',
    '\\b\u00e9t\u00e9',
  ])('%s -> null', (pattern) => {
    expect(wordStartPrefixes(pattern)).toBeNull();
  });
});

describe('wordStartPrefixes with two-letter openings', () => {
  const short = (s: string) => shortPrefixCode(s.charCodeAt(0), s.charCodeAt(1));
  it.each([
    ['\\b(?:to|at)\\b', [short('to'), short('at')]],
    ['\\bon\\s+foot', [short('on')]],
    ['\\b(?:on|onto)\\s+ice', [short('on'), code('ont')]],
    ['\\bbefore\\s+surgery', [code('bef')]],
  ])('%s', (pattern, expected) => {
    expect([...(wordStartPrefixes(pattern, 2) ?? [])].sort()).toEqual([...expected].sort());
  });

  it.each(['\\ba\\s+b', '\\b(?:a|.)bc', '(?<=x)\\babc', '\\babc|def'])('%s -> null', (pattern) => {
    expect(wordStartPrefixes(pattern, 2)).toBeNull();
  });
});

describe('matchCuesAtWords', () => {
  const treatments = loadLexicon('treatments');
  const treatmentCues = loadLexicon('treatmentCues');
  const c = compileTreatmentLexicons({ treatments, treatmentCues });
  const text = 'Pain before surgery; post-op PT x6. He had a repeat injection after the injection.\n'
    + 'Orthopedic surgery notes; BEFORE SURGERY he reduced his use of Norco 10 mg to 5. A second block, a third injection.';

  it('finds what the full scan finds, cue by cue', () => {
    const words = { at: [] as number[], codes: [] as number[] };
    for (const m of text.matchAll(/\b\w/g)) {
      words.at.push(m.index);
      const s = text.slice(m.index, m.index + 3).toLowerCase();
      words.codes.push(s.length === 3 ? code(s) : -1);
    }
    for (const role of ['temporal-reference', 'pseudo-mention', 'anaphor', 'response', 'contrast'] as const) {
      const strip = (ms: ReturnType<typeof matchCues>) => ms.map((m) => [m.id, m.start, m.end]);
      expect(strip(matchCuesAtWords(c.cues[role], text, words))).toEqual(strip(matchCues(c.cues[role], text)));
    }
  });

  it('gives the mentions of a text with these cues', () => {
    const ms = findTreatmentMentions(text, { treatments, treatmentCues });
    expect(ms.some((m) => m.weak)).toBe(true);
  });
});
