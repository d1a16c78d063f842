import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { bodySite } from '../../../src/export/fhir/body-site.js';
import { BODY_PARTS } from '../../../src/types/vocab.js';

const codes = loadLexicons().bodySiteCodes;

describe('bodySite', () => {
  it('codes the part in SNOMED CT and keeps the side in the text', () => {
    expect(bodySite('knee', 'right', codes)).toEqual({
      coding: [{ system: 'http://snomed.info/sct', code: '72696002', display: 'Knee region structure' }],
      text: 'right knee',
    });
  });

  it('writes a part without a body structure (psyche, multiple) as text only', () => {
    expect(bodySite('psyche', null, codes)).toEqual({ text: 'psyche' });
    expect(bodySite('multiple', 'bilateral', codes)).toEqual({ text: 'bilateral multiple' });
  });

  it('writes a side without a part as text only, and nothing when neither is known', () => {
    expect(bodySite(null, 'left', codes)).toEqual({ text: 'left' });
    expect(bodySite(null, null, codes)).toBeNull();
    expect(bodySite(null, undefined, codes)).toBeNull();
  });
});

describe('lexicons/body-site-codes.json', () => {
  it('has exactly one code for every body part except psyche and multiple', () => {
    const parts = codes.entries.map((e) => e.part);
    expect(new Set(parts).size).toBe(parts.length);
    expect([...parts].sort()).toEqual(BODY_PARTS.filter((p) => p !== 'psyche' && p !== 'multiple').sort());
  });

  it('gives distinct codes to distinct parts', () => {
    const list = codes.entries.map((e) => e.code);
    expect(new Set(list).size).toBe(list.length);
  });
});
