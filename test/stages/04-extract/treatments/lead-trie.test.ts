import { describe, expect, it } from 'vitest';
import { buildLeadTrie, leadAt } from '../../../../src/stages/04-extract/treatments/lead-trie.js';
import { compileTreatmentLexicons } from '../../../../src/stages/04-extract/treatments/compile-treatment-lexicons.js';
import { loadLexicon } from '../../../../src/lexicons/load-lexicons.js';

describe('leadAt', () => {
  const trie = buildLeadTrie(['tens', 'pt', 'x', 'acupuncture']);

  it('finds a lead that is a prefix of the word, in either ASCII case', () => {
    expect(leadAt('TENS unit', 0, trie)).toBe(true);
    expect(leadAt('a Pt note', 2, trie)).toBe(true);
    expect(leadAt('x-ray', 0, trie)).toBe(true);
    expect(leadAt('Acupuncturist', 0, trie)).toBe(true);
  });

  it('rules out words no lead opens', () => {
    expect(leadAt('the pain', 0, trie)).toBe(false);
    expect(leadAt('ten', 0, trie)).toBe(false); // the word ends before the lead does
    expect(leadAt('te\u00f1s', 0, trie)).toBe(false);
    expect(leadAt('p_t', 0, trie)).toBe(false);
  });

  it('may pass a word whose first characters open a long lead (the trie is cut short)', () => {
    expect(leadAt('acupunture', 0, trie)).toBe(true);
  });

  it('passes every word start where a term of the lexicon matches', () => {
    const c = compileTreatmentLexicons({ treatments: loadLexicon('treatments'), treatmentCues: loadLexicon('treatmentCues') });
    for (const list of c.termsByKey.values()) for (const t of list) expect(leadAt(`${t.lead.toUpperCase()} `, 0, c.leadTrie)).toBe(true);
  });
});
