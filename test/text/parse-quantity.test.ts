import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/text/parse-quantity.js';
import { loadLexicons } from '../../src/lexicons/load-lexicons.js';

const words = loadLexicons().treatmentCues.quantityWords;

describe('parseQuantity with numbers in words (the lexicon quantityWords)', () => {
  it.each([
    ['twice a week for four weeks', 8],
    ['three times a week for six weeks', 18],
    ['once weekly for 6 weeks', 6],
    ['eight sessions', 8],
    ['six (6) additional sessions', 6],
    ['twelve visits', 12],
    ['twenty-four sessions', 24],
    ['2x/wk x 3 wks', 6],
  ] as const)('%s → %s', (text, n) => expect(parseQuantity(text, false, words)).toBe(n));

  it.each([
    ['eight sessions of occupational therapy', 8],
    ['aquatic therapy twice a week for four weeks', 8],
    ['one repeat left stellate ganglion block', 1],
    ['TENS unit, 30-day home trial', 30],
    ['Functional restoration program, initial 10 days (80 hours)', 10],
    ['Physical therapy, 2x/week x 4 weeks (8 visits)', 8],
  ] as const)('request text %s → %s', (text, n) => expect(parseQuantity(text, true, words)).toBe(n));

  it.each([
    'Three-phase bone scan of both feet',
    'Viscosupplementation of either knee, no more often than every 6 months',
    'Random urine drug screen within the next 30 days',
    'a refill of cyclobenzaprine',
    'Norco 10/325 mg',
    'two-level cervical fusion',
  ])('request text %s → null', (text) => expect(parseQuantity(text, true, words)).toBeNull());

  it('reads digits only without the words, as facts from older producers are read', () => {
    expect(parseQuantity('eight sessions')).toBeNull();
    expect(parseQuantity('twice a week for 4 weeks')).toBe(4);
  });

  it('does not read a word inside another word ("often", "someone")', () => {
    expect(parseQuantity('someone often helps', true, words)).toBeNull();
  });
});
