import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/lexicons/load-lexicons.js';
import { compileContextRules } from '../../../src/stages/05-assert/compile-context-rules.js';
import { findModifiers } from '../../../src/stages/05-assert/find-modifiers.js';
import { joinedParts, tokenize } from '../../../src/stages/05-assert/tokenize.js';

const lex = loadLexicon('context');
const compiled = compileContextRules(lex);

function cues(text: string, section: Parameters<typeof findModifiers>[2] = null): string[] {
  return findModifiers(text, compiled, section).modifiers.map((m) => `${m.category}:${text.slice(m.start, m.end)}`);
}

describe('compileContextRules', () => {
  it('compiles once per lexicon object', () => {
    expect(compileContextRules(lex)).toBe(compiled);
  });
});

describe('findModifiers', () => {
  it.each([
    ['No increase in pain.', []],
    ['no evidence of radiculopathy', ['negated:no evidence of']],
    ['Radiculopathy has not been ruled out', ['possible:not been ruled out']],
    ['family history of diabetes', ['other_experiencer:family history of']],
    ['non-radicular pain; nontender', []],
    ['R/O  carpal tunnel', ['possible:R/O']],
    ['denies\nnumbness', ['negated:denies']],
  ])('%j -> %j', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it('ends a negation scope at a terminator but a guideline scope only at those that name it', () => {
    const text = 'Injections are not recommended for radicular pain except for myofascial pain.';
    const ctx = findModifiers(text, compiled);
    const g = ctx.modifiers.find((m) => m.category === 'guideline')!;
    expect(g.scopeStart).toBe(0);
    expect(g.scopeEnd).toBe(ctx.tokens.length);
    const cut = findModifiers('Radiculopathy is documented, but injections are not recommended.', compiled);
    expect(cut.modifiers.find((m) => m.category === 'guideline')!.scopeStart).toBe(5); // after "but"
    const n = findModifiers('No fever but cough.', compiled).modifiers[0]!;
    expect(n.scopeEnd).toBe(2); // "No fever" — "but" (token 2) ends it
  });

  it('ends only the categories a terminator names', () => {
    // "the patient" ends a relative's scope, not a negation's
    const text = 'Mother denies that the patient smokes';
    const mods = findModifiers(text, compiled).modifiers;
    const mother = mods.find((m) => m.category === 'other_experiencer')!;
    const denies = mods.find((m) => m.category === 'negated')!;
    expect(mother.scopeEnd).toBeLessThan(denies.scopeEnd);
  });

  it('silences section-restricted rules in the sections they exclude', () => {
    expect(cues('PT is recommended for the knee.', 'rationale')).toEqual(['guideline:is recommended']);
    expect(cues('PT is recommended for the knee.', 'treatment_plan')).toEqual([]);
  });
});

describe('joinedParts', () => {
  it('splits a joined word token at the joiners the tokenizer keeps inside words', () => {
    expect(joinedParts('mtus/acoem')).toEqual(['mtus', 'acoem']);
    expect(joinedParts("criteria-based")).toEqual(['criteria', 'based']);
    expect(joinedParts('guidelines')).toEqual([]);
    expect(tokenize('The MTUS/ACOEM chapter').map((t) => t.text)).toContain('mtus/acoem');
  });
});
