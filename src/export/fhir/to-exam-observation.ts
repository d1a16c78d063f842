/** An Observation per physical-exam finding. */
import type { ExamFinding } from '../../types/facts.js';
import type { FhirContext, ObservationResource } from './fhir-types.js';
import { EXTENSIONS, SYSTEMS } from './fhir-urls.js';
import { bodySite } from './body-site.js';
import { evidenceExtension } from './evidence-extension.js';
import { examInterpretation } from './exam-interpretation.js';
import { ucumQuantity } from './ucum-quantity.js';

type ObservationValue = Pick<ObservationResource, 'valueQuantity' | 'valueString' | 'valueBoolean' | 'interpretation'>;

/**
 * A sign said to be absent ("no spasm") is `valueBoolean: false`; a sign noted without a result
 * ("tenderness over L5") is `true`; a number is a Quantity (UCUM-coded when possible); a word or
 * grade is `valueString`, with an interpretation when it is one of the contract's result words.
 */
function valueOf(f: ExamFinding): ObservationValue {
  if (f.assertion === 'negated') return { valueBoolean: false };
  // FHIR has no empty strings: an empty result word is a sign noted without a result
  if (f.value === null || f.value === '') return { valueBoolean: true };
  if (typeof f.value === 'number') return { valueQuantity: ucumQuantity(f.value, f.unit) };
  const interpretation = examInterpretation(f.value);
  const text = f.unit !== null ? `${f.value} ${f.unit}` : f.value;
  return { valueString: text, ...(interpretation ? { interpretation: [interpretation] } : {}) };
}

/** `range_of_motion` + `flexion` → code text "range of motion: flexion", coded in chartfacts' exam-finding system. */
export function toExamObservation(f: ExamFinding, id: string, ctx: FhirContext): ObservationResource {
  const name = f.finding.replace(/_/g, ' ');
  const site = bodySite(f.bodyPart, f.side, ctx.siteCodes);
  return {
    resourceType: 'Observation',
    id,
    extension: [{ url: EXTENSIONS.assertion, valueCode: f.assertion }, evidenceExtension(f.evidence)],
    status: 'final',
    category: [{ coding: [{ system: SYSTEMS.observationCategory, code: 'exam', display: 'Exam' }] }],
    code: { coding: [{ system: SYSTEMS.examFinding, code: f.finding, display: name }], text: f.qualifier ? `${name}: ${f.qualifier}` : name },
    subject: ctx.patient,
    ...valueOf(f),
    ...(site ? { bodySite: site } : {}),
    derivedFrom: [ctx.document],
  };
}
