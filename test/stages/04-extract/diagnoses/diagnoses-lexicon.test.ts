import { describe, expect, it } from 'vitest';
import { ICD10_PATTERN } from '../../../../src/lexicons/schemas/diagnoses.js';
import { compileDiagnosisLexicon, tokenKey, WORD_RE } from '../../../../src/stages/04-extract/diagnoses/compile-diagnosis-lexicon.js';
import { lex } from '../../../helpers/docs.js';

const dx = lex.diagnoses;
const compiled = compileDiagnosisLexicon(dx);

describe('diagnoses lexicon', () => {
  it('has at least 400 entries with unique ids', () => {
    expect(dx.entries.length).toBeGreaterThanOrEqual(400);
    expect(new Set(dx.entries.map((e) => e.id)).size).toBe(dx.entries.length);
  });
  it('uses ICD-10-CM shaped codes everywhere', () => {
    const codes = dx.entries.flatMap((e) => [e.icd10, ...Object.values(e.codesBySide ?? {}), ...Object.values(e.codesByLevel ?? {}), ...(e.otherCodes ?? []), ...(e.historical ? [e.historical.icd10] : [])]);
    expect(codes.filter((c) => !ICD10_PATTERN.test(c))).toEqual([]);
  });
  it('maps no synonym (as matched: order-free, normalized) to two concepts', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of dx.entries) {
      for (const s of e.synonyms) {
        const tokens = [...s.toLowerCase().matchAll(WORD_RE)].map((m) => compiled.variants.get(m[0]) ?? m[0])
          .filter((t) => !compiled.fillers.has(t) && !compiled.sideWords.has(t));
        const key = `${e.kind ?? 'condition'}:${tokenKey(tokens)}`;
        const prev = owner.get(key);
        if (prev && prev !== e.concept) clashes.push(`${s}: ${prev} / ${e.concept}`);
        owner.set(key, e.concept);
      }
    }
    expect(clashes).toEqual([]);
  });
  it('gives every sided entry a code per side, each in the canonical category', () => {
    for (const e of dx.entries.filter((x) => x.codesBySide)) {
      expect(e.codesBySide!.unspecified).toBe(e.icd10);
      for (const c of Object.values(e.codesBySide!)) expect(c.slice(0, 3), e.id).toBe(e.icd10.slice(0, 3));
    }
  });
  it('covers the common workers\' compensation codes', () => {
    for (const code of ['M51.36', 'M54.50', 'M54.16', 'M54.12', 'M51.26', 'M62.830', 'M62.838', 'M79.18', 'S39.012A', 'G56.00', 'M25.511', 'M25.512', 'M25.519', 'M75.111', 'F32.9', 'F43.10', 'G47.00', 'K21.9', 'K29.70', 'I10', 'E11.9']) {
      expect(compiled.codes.has(code), code).toBe(true);
    }
  });
});
