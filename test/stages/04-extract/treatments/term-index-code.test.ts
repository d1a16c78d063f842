import { describe, expect, it } from 'vitest';
import { compileTreatmentLexicons, termIndexCode, termIndexKey } from '../../../../src/stages/04-extract/treatments/compile-treatment-lexicons.js';
import { loadLexicon } from '../../../../src/lexicons/load-lexicons.js';

describe('termIndexCode', () => {
  it('gives equal codes exactly where termIndexKey gives equal keys (ASCII text)', () => {
    const text = 'Lumbar ESI x2; PT - 12 sessions.\nTENS unit, Epidural-steroid  inj. at L4-5; a b\tc\r\nd Tr';
    const byKey = new Map<string, number>();
    for (let i = 0; i < text.length; i++) {
      const key = termIndexKey(text, i);
      const code = termIndexCode(text, i);
      expect(code).toBeGreaterThanOrEqual(0);
      if (byKey.has(key)) expect(code).toBe(byKey.get(key));
      else {
        expect([...byKey.values()]).not.toContain(code);
        byKey.set(key, code);
      }
    }
  });

  it('leaves a window with a non-ASCII character to the string key', () => {
    expect(termIndexCode('ca\u00e9 visit', 0)).toBe(-1);
    expect(termIndexCode('\u0130buprofen', 0)).toBe(-1);
    expect(termIndexCode('ibu \u00e9', 0)).toBeGreaterThanOrEqual(0); // three letters found before it
  });
});

describe('termsByCode', () => {
  it('holds every ASCII key group under the code of its key', () => {
    const c = compileTreatmentLexicons({ treatments: loadLexicon('treatments'), treatmentCues: loadLexicon('treatmentCues') });
    for (const [key, list] of c.termsByKey) {
      if (/[^\x00-\x7f]/.test(key)) continue;
      expect(c.termsByCode.get(termIndexCode(key, 0))).toBe(list);
      for (const t of list) expect(t.keyCode).toBe(termIndexCode(key, 0));
    }
  });
});
