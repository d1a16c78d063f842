/** Fact → resource mappings of the FHIR export, one table or case per rule in docs/export.md. */
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/lexicons/load-lexicons.js';
import { toFhirBundle } from '../../src/export/to-fhir-bundle.js';
import { checkFhirBundle } from '../../src/export/check-fhir-bundle.js';
import type { FhirResource } from '../../src/export/fhir/fhir-types.js';
import { parseQuantity } from '../../src/export/fhir/parse-quantity.js';
import { resourceId } from '../../src/export/fhir/resource-id.js';
import type { DiagnosisAssertion } from '../../src/types/vocab.js';
import type { ExamFinding } from '../../src/types/facts.js';
import { ev, minimalFacts } from './minimal-facts.js';

const only = <T extends FhirResource['resourceType']>(facts: ReturnType<typeof minimalFacts>, type: T) =>
  toFhirBundle(facts, loadLexicons()).entry.map((e) => e.resource).filter((r): r is Extract<FhirResource, { resourceType: T }> => r.resourceType === type);

const codeOf = (c: { coding?: readonly { code: string }[] } | undefined) => c?.coding?.[0]?.code;

describe('Condition', () => {
  const dx = minimalFacts().diagnoses[0]!;
  it.each<[DiagnosisAssertion, string | undefined, string]>([
    ['present', 'active', 'confirmed'],
    ['negated', undefined, 'refuted'],
    ['possible', undefined, 'provisional'],
    ['historical', 'inactive', 'confirmed'],
  ])('%s diagnosis → clinicalStatus %s, verificationStatus %s', (assertion, clinical, verification) => {
    const [c] = only(minimalFacts({ diagnoses: [{ ...dx, assertion }] }), 'Condition');
    expect(codeOf(c!.clinicalStatus)).toBe(clinical);
    expect(codeOf(c!.verificationStatus)).toBe(verification);
    expect(c!.extension).toContainEqual({ url: expect.stringMatching(/assertion$/), valueCode: assertion });
  });

  it('codes ICD-10-CM with the concept as display and keeps the written text', () => {
    const [c] = only(minimalFacts(), 'Condition');
    expect(c!.code).toEqual({ coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'M51.36', display: 'lumbar degenerative disc disease' }], text: 'lumbar DDD' });
  });

  it('a diagnosis without a code keeps only its text (no empty coding)', () => {
    const [c] = only(minimalFacts({ diagnoses: [{ ...dx, icd10: null }] }), 'Condition');
    expect(c!.code).toEqual({ text: 'lumbar DDD' });
  });

  it('carries evidence page, offsets, section and quote', () => {
    const [c] = only(minimalFacts(), 'Condition');
    const evidence = c!.extension!.find((e) => e.url.endsWith('/evidence'))!;
    expect(evidence.extension).toEqual([
      { url: 'page', valueInteger: 1 }, { url: 'start', valueInteger: 20 }, { url: 'end', valueInteger: 23 },
      { url: 'section', valueCode: 'physical_exam' }, { url: 'quote', valueString: 'xxx' },
    ]);
  });
});

describe('exam Observation', () => {
  const base = minimalFacts().examFindings[0]!;
  const obs = (f: Partial<ExamFinding>) => only(minimalFacts({ examFindings: [{ ...base, ...f }] }), 'Observation')[0]!;

  it('degrees → UCUM deg quantity', () => {
    expect(obs({}).valueQuantity).toEqual({ value: 70, unit: 'degrees', system: 'http://unitsofmeasure.org', code: 'deg' });
    expect(obs({}).code.text).toBe('range of motion: flexion');
    expect(obs({}).bodySite).toEqual({ coding: [{ system: 'http://snomed.info/sct', code: '122496007', display: 'Lumbar spine structure' }], text: 'lumbar spine' });
  });

  it('an unknown unit stays as written, uncoded', () => {
    expect(obs({ unit: 'fingerbreadths', value: 2 }).valueQuantity).toEqual({ value: 2, unit: 'fingerbreadths' });
  });

  it.each([['positive', 'POS'], ['negative', 'NEG'], ['normal', 'N'], ['equivocal', 'IND'], ['restricted', 'A']])('%s → valueString and interpretation %s', (value, code) => {
    const o = obs({ finding: 'straight_leg_raise', value, unit: null });
    expect(o.valueString).toBe(value);
    expect(codeOf(o.interpretation?.[0])).toBe(code);
  });

  it('a grade is a string without interpretation', () => {
    const o = obs({ finding: 'motor_strength', value: '4/5', unit: null });
    expect(o.valueString).toBe('4/5');
    expect(o.interpretation).toBeUndefined();
  });

  it('a negated sign is valueBoolean false; a noted sign without result is true', () => {
    expect(obs({ finding: 'spasm', value: null, unit: null, assertion: 'negated' }).valueBoolean).toBe(false);
    expect(obs({ finding: 'tenderness', value: null, unit: null }).valueBoolean).toBe(true);
  });
});

describe('pain Observation', () => {
  const base = minimalFacts().painScores[0]!;
  const pain = (p: Partial<typeof base>) => only(minimalFacts({ examFindings: [], painScores: [{ ...base, ...p }] }), 'Observation')[0]!;

  it('a /10 score is LOINC 72514-3 with a 0-10 reference range, date and condition', () => {
    const o = pain({});
    expect(codeOf(o.code)).toBe('72514-3');
    expect(o.valueQuantity?.value).toBe(7);
    expect(o.referenceRange?.[0]?.high.value).toBe(10);
    expect(o.effectiveDateTime).toBe('2014-08-20');
    expect(o.extension).toContainEqual({ url: expect.stringMatching(/pain-condition$/), valueCode: 'without_medication' });
    expect(o.bodySite).toEqual({ coding: [{ system: 'http://snomed.info/sct', code: '16982005', display: 'Shoulder region structure' }], text: 'left shoulder' });
  });

  it('a range 5-8/10 is a valueRange; a /5 scale is not LOINC 0-10', () => {
    expect(pain({ score: 5, scoreHigh: 8 }).valueRange).toMatchObject({ low: { value: 5 }, high: { value: 8 } });
    expect(pain({ score: 8, scoreLow: 5 }).valueRange).toMatchObject({ low: { value: 5 }, high: { value: 8 } });
    expect(codeOf(pain({ score: 3, max: 5 }).code)).not.toBe('72514-3');
  });
});

describe('Procedure and ServiceRequest', () => {
  it('a prior treatment is a completed Procedure with its response as outcome', () => {
    const [p] = only(minimalFacts(), 'Procedure');
    expect(p!.status).toBe('completed');
    expect(p!.outcome).toEqual({ coding: [{ system: expect.any(String), code: 'partial_relief' }], text: 'partial relief, 50% relief, lasting 6 weeks, with functional improvement' });
    expect(p!.performedDateTime).toBe('2014-03-19');
    expect(p!.note).toEqual([{ text: '12 sessions completed' }]);
  });

  it('a request in an IMR letter is a proposal with bodySite, quantity and the determination in a note', () => {
    const [s] = only(minimalFacts(), 'ServiceRequest');
    expect(s!.intent).toBe('proposal');
    expect(s!.code.text).toBe('trigger point injection');
    expect(s!.bodySite).toEqual([{ coding: [{ system: 'http://snomed.info/sct', code: '122496007', display: 'Lumbar spine structure' }], text: 'left lumbar spine' }]);
    expect(s!.quantityQuantity).toEqual({ value: 4, unit: 'injections' });
    expect(s!.note).toContainEqual({ text: 'Determination: upheld' });
  });

  it('a request in a progress report is an order', () => {
    const facts = minimalFacts();
    const [s] = only({ ...facts, document: { ...facts.document, kind: 'progress_report' } }, 'ServiceRequest');
    expect(s!.intent).toBe('order');
  });

  it.each([
    ['#60', { value: 60 }], ['x1', { value: 1 }], ['6 sessions', { value: 6, unit: 'sessions' }],
    ['2x/week x 4 weeks', null], ['up to 4 injections in one session', null], [null, null],
  ])('quantity %s → %j', (written, expected) => {
    expect(parseQuantity(written)).toEqual(expected);
  });
});

describe('Patient, DocumentReference, ids', () => {
  it('Patient has gender and age only; evidence without quote', () => {
    const [p] = only(minimalFacts(), 'Patient');
    expect(p!.gender).toBe('female');
    expect(p!.extension?.[0]).toMatchObject({ valueAge: { value: 35, code: 'a' } });
    expect(JSON.stringify(p)).not.toContain('quote');
    const [unknown] = only(minimalFacts({ patient: { age: null, sex: null } }), 'Patient');
    expect(Object.keys(unknown!).sort()).toEqual(['id', 'resourceType']);
  });

  it('DocumentReference names the sha256 (hex and RFC 6920), kind and page count', () => {
    const [d] = only(minimalFacts(), 'DocumentReference');
    expect(d!.identifier[0]!.value).toBe('a'.repeat(64));
    expect(d!.masterIdentifier.value).toBe(`ni:///sha-256;${Buffer.from('a'.repeat(64), 'hex').toString('base64url')}`);
    expect(codeOf(d!.type)).toBe('imr_determination');
    expect(d!.extension).toContainEqual({ url: expect.stringMatching(/page-count$/), valueInteger: 3 });
    expect(d!.content[0]!.attachment.contentType).toBe('application/pdf');
    const facts = minimalFacts();
    const [upload] = only({ ...facts, document: { ...facts.document, fileName: 'upload' } }, 'DocumentReference');
    expect(upload!.content[0]!.attachment).toEqual({ title: 'upload' });
  });

  it('ids are UUID-shaped (version 8), distinct per fact family and index', () => {
    const ids = ['diagnosis', 'request'].flatMap((f) => [0, 1].map((i) => resourceId('b'.repeat(64), f, i)));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(4);
  });

  it('every resource but Patient points its subject at the Patient; the whole bundle checks clean', () => {
    const bundle = toFhirBundle(minimalFacts({ examFindings: [{ ...minimalFacts().examFindings[0]!, evidence: ev(1, 'x') }] }), loadLexicons());
    const patientUrl = bundle.entry[0]!.fullUrl;
    for (const { resource } of bundle.entry.slice(1)) expect((resource as { subject?: { reference: string } }).subject?.reference).toBe(patientUrl);
    expect(checkFhirBundle(bundle)).toEqual([]);
  });
});
