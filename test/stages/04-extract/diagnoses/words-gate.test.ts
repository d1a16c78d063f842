import { describe, expect, it } from 'vitest';
import { wordsGate } from '../../../../src/stages/04-extract/diagnoses/compile-diagnosis-lexicon.js';
import { loadLexicons } from '../../../../src/lexicons/load-lexicons.js';

describe('wordsGate: the words every match of a pattern holds', () => {
  const texts = [
    'Type 2 diabetes, diet-controlled, non-industrial.', 'hypertension (non industrial)', 'asthma, well-controlled with inhaler',
    'HTN , Controlled on lisinopril', 'hypertension, controlled', 'DIET MANAGED', 'no such words here', '', 'nonindustrial', 'uncontrolled diabetes',
  ];

  it('never says no where the pattern matches (the lexicon pattern and made-up ones)', () => {
    const patterns = [loadLexicons().diagnoses.conditionAfter!.pattern, '\\s*[,(]\\s*(?:diet[- ]?(?:controlled|managed)|non-?industrial)', 'foo|bar(?:baz|qux)'];
    for (const p of patterns) {
      const gate = wordsGate(p);
      expect(gate, p).not.toBeNull();
      const re = new RegExp(p, 'i');
      for (const t of texts) if (re.test(t)) expect(gate!.test(t), `${p} on ${t}`).toBe(true);
    }
  });

  it('rules out text without the words, and gives no gate where a match needs none', () => {
    const gate = wordsGate(loadLexicons().diagnoses.conditionAfter!.pattern)!;
    expect(gate.test('hypertension, stable (on lisinopril)')).toBe(false);
    expect(gate.test('hypertension, Controlled')).toBe(true);
    expect(wordsGate('diet|\\d+')).toBeNull();
    expect(wordsGate('(?:history|hx)\\s+of')).toBeNull();
  });
});
