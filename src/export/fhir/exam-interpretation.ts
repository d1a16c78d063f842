/** Result words of the contract's exam-finding `value` → HL7 ObservationInterpretation codes. */
import type { CodeableConcept } from './fhir-types.js';
import { SYSTEMS } from './fhir-urls.js';

/**
 * The result words facts-v1 names for a performed test (positive, negative, normal, equivocal,
 * restricted). Other words (a grade, "antalgic") carry no interpretation: guessing one would put
 * a judgement in the export that the record did not make.
 */
const CODES: Readonly<Record<string, { code: string; display: string }>> = Object.freeze({
  positive: { code: 'POS', display: 'Positive' },
  negative: { code: 'NEG', display: 'Negative' },
  normal: { code: 'N', display: 'Normal' },
  equivocal: { code: 'IND', display: 'Indeterminate' },
  restricted: { code: 'A', display: 'Abnormal' },
});

/** The interpretation for a result word, or null when the word is not one of the contract's. */
export function examInterpretation(value: string): CodeableConcept | null {
  const key = value.trim().toLowerCase();
  const c = Object.hasOwn(CODES, key) ? CODES[key] : undefined;
  return c ? { coding: [{ system: SYSTEMS.observationInterpretation, code: c.code, display: c.display }], text: value } : null;
}
