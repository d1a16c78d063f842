/** The Patient resource: age and sex only, by design. */
import type { Patient } from '../../types/facts.js';
import type { Extension, PatientResource } from './fhir-types.js';
import { EXTENSIONS, SYSTEMS } from './fhir-urls.js';
import { evidenceExtension } from './evidence-extension.js';

/**
 * A Patient with `gender` (left out when the record does not state sex) and the stated age as an
 * extension. No identifier, name, birth date, address or contact is ever written: the export
 * must be shareable for review without carrying who the patient is.
 */
export function toPatient(patient: Patient, id: string): PatientResource {
  const extension: Extension[] = [];
  if (patient.age !== null) {
    extension.push({ url: EXTENSIONS.ageAtDocument, valueAge: { value: patient.age, unit: 'years', system: SYSTEMS.ucum, code: 'a' } });
  }
  if (patient.evidence) extension.push(evidenceExtension(patient.evidence, false));
  return {
    resourceType: 'Patient',
    id,
    ...(extension.length > 0 ? { extension } : {}),
    ...(patient.sex !== null ? { gender: patient.sex } : {}),
  };
}
