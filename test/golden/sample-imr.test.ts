/**
 * Golden test for the sample IMR letter (samples/imr-trigger-point.*): what a reviewer would list
 * from it, asserted fact by fact, on the text-layer PDF and the .txt alike.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';
import { processFile } from '../../src/process-file.js';
import { decideFacts } from '../../src/decide-facts.js';
import type { FactsDocument } from '../../src/types/facts.js';
import { expectContract } from '../helpers/contract.js';

const sample = (f: string) => join(packageRoot(), 'samples', f);

describe.each(['imr-trigger-point.pdf', 'imr-trigger-point.txt'])('sample IMR letter %s', (file) => {
  let facts: FactsDocument;
  it('extracts and honours the contract', async () => {
    facts = await processFile(sample(file));
    expectContract(facts);
    expect(facts.document.kind).toBe('imr_determination');
    expect(facts.document.ocrPages).toEqual([]);
  });

  it('patient, injury and reviewer', () => {
    expect(facts.patient).toMatchObject({ age: 35, sex: 'female' });
    expect(facts.injury).toMatchObject({ date: '2013-01-09', mechanism: 'lifting' });
    expect(facts.injury.bodyParts.map(({ part, side }) => ({ part, side }))).toEqual(expect.arrayContaining([
      { part: 'cervical spine', side: null }, { part: 'shoulder', side: 'left' }, { part: 'lumbar spine', side: null },
    ]));
    // each part points at where the letter names it
    for (const p of facts.injury.bodyParts) expect(facts.document.text.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text);
    expect(facts.injury.bodyParts.find((p) => p.part === 'shoulder')?.evidence.text).toMatch(/shoulder/i);
    expect(facts.reviewer).toMatchObject({ specialty: 'Occupational Medicine', boardCertified: true, licensedIn: ['Colorado'] });
  });

  it('the request: trigger point injection, lumbar, upheld, MTUS p.122 and ACOEM chapter 12', () => {
    const tpi = facts.requests.filter((r) => r.treatment === 'trigger point injection');
    expect(tpi).toHaveLength(1);
    expect(tpi[0]).toMatchObject({ bodyPart: 'lumbar spine', determination: 'upheld' });
    const g = tpi[0]!.guidelines;
    expect(g.some((x) => x.source === 'MTUS' && x.pages === '122')).toBe(true);
    // ACOEM chapter 12 is the claims administrator's citation, kept apart from the reviewer's
    expect(tpi[0]!.claimsAdministratorGuidelines?.some((x) => x.source === 'MTUS' && /chapter 12/i.test(x.text))).toBe(true);
  });

  it('diagnoses with codes', () => {
    const byConcept = Object.fromEntries(facts.diagnoses.map((d) => [d.concept, d]));
    expect(byConcept['lumbar degenerative disc disease']).toMatchObject({ icd10: 'M51.36', assertion: 'present' });
    expect(facts.diagnoses.some((d) => /spasm/.test(d.concept) && d.icd10?.startsWith('M62'))).toBe(true);
    expect(facts.diagnoses.some((d) => /shoulder/.test(d.concept) && /pain/.test(d.concept) && d.icd10?.startsWith('M25.51'))).toBe(true);
  });

  it('exam findings', () => {
    const ex = facts.examFindings;
    const rom = (q: string) => ex.find((f) => f.finding === 'range_of_motion' && f.qualifier?.includes(q));
    expect(rom('flexion')).toMatchObject({ bodyPart: 'lumbar spine', value: 70 });
    expect(rom('extension')).toMatchObject({ bodyPart: 'lumbar spine', value: 15 });
    const slr = ex.find((f) => f.finding === 'straight_leg_raise');
    expect(['normal', 'negative']).toContain(slr?.value);
    expect(ex.find((f) => f.finding === 'trigger_point')).toMatchObject({ bodyPart: 'lumbar spine', side: 'left', assertion: 'present' });
    expect(ex.find((f) => f.finding === 'twitch_response')).toMatchObject({ assertion: 'present' });
  });

  it('pain score and prior treatments', () => {
    expect(facts.painScores.some((p) => p.score === 9 && p.max === 10 && p.bodyPart === 'shoulder' && p.side === 'left')).toBe(true);
    const tpi = facts.priorTreatments.find((t) => t.treatment === 'trigger point injection');
    expect(tpi?.response).toBe('no_relief');
    const steroid = facts.priorTreatments.find((t) => t.treatment === 'steroid injection');
    expect(steroid).toMatchObject({ bodyPart: 'shoulder', side: 'left', date: '2014-03-19', response: 'no_relief' });
  });

  it('radiculopathy present, the guideline sentences marked guideline', () => {
    expect(facts.radiculopathy.status).toBe('present');
    const guideline = facts.radiculopathy.mentions.filter((m) => m.subject === 'guideline');
    expect(guideline.length).toBeGreaterThanOrEqual(1);
    expect(guideline.every((m) => m.assertion === 'hypothetical')).toBe(true);
    expect(facts.radiculopathy.mentions.some((m) => m.subject === 'patient' && m.assertion === 'affirmed')).toBe(true);
  });

  it('decision: criteria not met, because radiculopathy is present and prior injections gave no relief', () => {
    const d = decideFacts(facts).decisions.find((x) => x.treatment === 'trigger point injection');
    expect(d?.outcome).toBe('criteria_not_met');
    const radic = d!.criteria.find((c) => /radiculopathy/.test(c.id));
    expect(radic?.status).toBe('not_met');
    expect(radic?.evidence.some((e) => /radicul/i.test(e.text))).toBe(true);
    const repeat = d!.criteria.find((c) => c.status === 'not_met' && c.evidence.some((e) => /trigger point injections/i.test(e.text) && /no relief|no benefit|did not/i.test(e.text)));
    expect(repeat).toBeDefined();
    expect(d!.rationale).toMatch(/radiculopathy/i);
  });
});
