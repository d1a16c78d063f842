import { describe, expect, it } from 'vitest';
import { LEAD_DEPTH, buildLeadTrie, leadMatches } from '../../../../src/stages/04-extract/treatments/lead-trie.js';
import { compileTreatmentLexicons } from '../../../../src/stages/04-extract/treatments/compile-treatment-lexicons.js';
import { loadLexicon } from '../../../../src/lexicons/load-lexicons.js';

describe('leadMatches', () => {
  const trie = buildLeadTrie(['tens', 'pt', 'x', 'acupuncture', 'te', 'tens'].map((lead, i) => ({ lead, value: `${lead}#${i}` })));

  it('lists the values whose lead the text opens with, in either ASCII case, in the order given', () => {
    expect(leadMatches('TENS unit', 0, trie)).toEqual(['tens#0', 'te#4', 'tens#5']);
    expect(leadMatches('a Pt note', 2, trie)).toEqual(['pt#1']);
    expect(leadMatches('x-ray', 0, trie)).toEqual(['x#2']);
    expect(leadMatches('tenth', 0, trie)).toEqual(['te#4']);
  });

  it('lists nothing for words no lead opens', () => {
    expect(leadMatches('the pain', 0, trie)).toEqual([]);
    expect(leadMatches('t\u00e9ns', 0, trie)).toEqual([]);
    expect(leadMatches('p_t', 0, trie)).toEqual([]);
  });

  it('indexes a long lead by its first characters only (the caller compares the rest)', () => {
    expect(leadMatches('acupunture', 0, trie)).toEqual(['acupuncture#3']);
    expect(leadMatches('acup', 0, trie)).toEqual([]);
    expect('acupuncture'.length).toBeGreaterThan(LEAD_DEPTH);
  });

  it('finds every term of the lexicon at its own lead', () => {
    const c = compileTreatmentLexicons({ treatments: loadLexicon('treatments'), treatmentCues: loadLexicon('treatmentCues') });
    for (const list of c.termsByKey.values()) for (const t of list) expect(leadMatches(`${t.lead.toUpperCase()} `, 0, c.termLeads)).toContain(t);
  });
});
