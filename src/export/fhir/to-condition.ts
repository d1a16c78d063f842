/** A Condition per extracted diagnosis. */
import type { Diagnosis } from '../../types/facts.js';
import type { ConditionResource, FhirContext } from './fhir-types.js';
import { EXTENSIONS, SYSTEMS } from './fhir-urls.js';
import { conditionStatus } from './condition-status.js';
import { evidenceExtension } from './evidence-extension.js';

/**
 * ICD-10-CM coding (display = the canonical concept) when a code is known, `code.text` as written
 * in the record, statuses from the assertion (see condition-status.ts), category
 * encounter-diagnosis, and the source document as the condition's evidence.
 */
export function toCondition(dx: Diagnosis, id: string, ctx: FhirContext): ConditionResource {
  return {
    resourceType: 'Condition',
    id,
    extension: [{ url: EXTENSIONS.assertion, valueCode: dx.assertion }, evidenceExtension(dx.evidence)],
    ...conditionStatus(dx.assertion),
    category: [{ coding: [{ system: SYSTEMS.conditionCategory, code: 'encounter-diagnosis' }] }],
    code: {
      ...(dx.icd10 !== null ? { coding: [{ system: SYSTEMS.icd10cm, code: dx.icd10, display: dx.concept }] } : {}),
      text: dx.text,
    },
    subject: ctx.patient,
    evidence: [{ detail: [ctx.document] }],
  };
}
