/** The diagnosis assertion → Condition clinical and verification status table. */
import type { DiagnosisAssertion } from '../../types/vocab.js';
import type { CodeableConcept } from './fhir-types.js';
import { SYSTEMS } from './fhir-urls.js';

interface ConditionStatus {
  /** null: the record does not say whether the condition is active, so the element is left out. */
  readonly clinical: string | null;
  readonly verification: string;
}

/**
 * present → confirmed and active. negated ("no evidence of X") → refuted, no clinical status
 * (a refuted condition has none to report). possible (rule-out) → provisional, the R4 code for a
 * candidate diagnosis still under consideration. historical ("history of", "s/p") → confirmed and
 * inactive: a past condition, but the record rarely says it resolved, so not `resolved`.
 */
const TABLE: Readonly<Record<DiagnosisAssertion, ConditionStatus>> = Object.freeze({
  present: { clinical: 'active', verification: 'confirmed' },
  negated: { clinical: null, verification: 'refuted' },
  possible: { clinical: null, verification: 'provisional' },
  historical: { clinical: 'inactive', verification: 'confirmed' },
});

/** Clinical status (absent when unknown) and verification status for a diagnosis assertion. */
export function conditionStatus(assertion: DiagnosisAssertion): { clinicalStatus?: CodeableConcept; verificationStatus: CodeableConcept } {
  const s = TABLE[assertion];
  return {
    ...(s.clinical !== null ? { clinicalStatus: { coding: [{ system: SYSTEMS.conditionClinical, code: s.clinical }] } } : {}),
    verificationStatus: { coding: [{ system: SYSTEMS.conditionVerification, code: s.verification }] },
  };
}
