import { describe, expect, it } from 'vitest';
import { textLiterals } from '../../src/text/literal-index.js';

/** Does `re` match somewhere in `text.slice(from, to)`? */
function matchesIn(re: RegExp, text: string, from: number, to: number): boolean {
  const copy = new RegExp(re.source, re.flags.replace('g', ''));
  return copy.test(text.slice(from, to));
}

describe('textLiterals: range gates never false where the regex matches in the range', () => {
  const text = [
    'She is a 45-year-old female.',
    'He denies numbness.',
    'Mr. Smith was seen; the woman at the desk was not the patient.',
    'Sex: F. Gender: M.',
    'No pronouns here at all.',
  ].join(' ');
  const regexes = [
    /\b(female|woman|lady)\b/gi,
    /\b(male|man|gentleman)\b/gi,
    /\b(Sex|Gender)\s*:\s*F(emale)?\b|\bAge\/Sex:\s*\d+\s*\/\s*F\b/g,
    /\bMr\.? [A-Z]/g,
    /(?<![/\w])(she|her|hers|herself)(?![/\w])/gi,
    /\b(?<age>\d{1,3})[- ]?(?:years?|yrs?\.?)[- ]old\b/i,
  ];
  const lits = textLiterals(text);
  it.each(regexes.map((re) => [re.source, re]))('%s', (_source, re) => {
    const gate = lits.gate(re as RegExp);
    for (let from = 0; from < text.length; from += 7) {
      for (let to = from; to <= text.length; to += 5) {
        if (matchesIn(re as RegExp, text, from, to)) expect(gate(from, to)).toBe(true);
      }
    }
  });

  it('is false for a range without the strings', () => {
    const gate = lits.gate(/\b(female|woman|lady)\b/gi);
    const start = text.indexOf('He denies');
    expect(gate(start, start + 'He denies numbness.'.length)).toBe(false);
    expect(gate(0, text.length)).toBe(true);
  });

  it('is false everywhere for a regex whose strings the text lacks', () => {
    const gate = lits.gate(/\bgentleman\b/i);
    expect(gate(0, text.length)).toBe(false);
  });

  it('demands nothing when lower-casing would move offsets', () => {
    const odd = 'İ female';
    expect(textLiterals(odd).gate(/female/i)(0, 1)).toBe(true);
  });

  it('demands nothing of a regex it cannot read', () => {
    expect(textLiterals('abc').gate(/\w+/)(0, 1)).toBe(true);
  });
});
