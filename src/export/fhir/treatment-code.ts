/** A requested or received treatment as a CodeableConcept in chartfacts' treatment code system. */
import type { Treatment } from '../../types/vocab.js';
import type { CodeableConcept } from './fhir-types.js';
import { SYSTEMS } from './fhir-urls.js';

/** Code = the contract's treatment word; text = the treatment (the drug or procedure is carried apart). */
export function treatmentCode(treatment: Treatment): CodeableConcept {
  return { coding: [{ system: SYSTEMS.treatment, code: treatment, display: treatment }], text: treatment };
}
