/**
 * Facts document (contract v1) → FHIR R4 Bundle of type `collection`. Pure: no clock, no I/O, no
 * randomness, so the same facts always give the same bundle (ids included). The mapping is
 * documented in docs/export.md.
 */
import type { Lexicons } from '../lexicons/registry.js';
import type { FactsDocument } from '../types/facts.js';
import type { BundleEntry, FhirBundle, FhirContext, FhirResource } from './fhir/fhir-types.js';
import { resourceId } from './fhir/resource-id.js';
import { toPatient } from './fhir/to-patient.js';
import { toDocumentReference } from './fhir/to-document-reference.js';
import { toCondition } from './fhir/to-condition.js';
import { toExamObservation } from './fhir/to-exam-observation.js';
import { toPainObservation } from './fhir/to-pain-observation.js';
import { toProcedure } from './fhir/to-procedure.js';
import { toServiceRequest } from './fhir/to-service-request.js';

/**
 * One Patient (age and sex only), one DocumentReference for the source, then a Condition per
 * diagnosis, an Observation per exam finding and per pain score, a Procedure per prior treatment
 * and a ServiceRequest per request, in the facts' order. Each resource's id derives from the
 * document sha256, its fact family and its index; `fullUrl` is `urn:uuid:<id>`, and references
 * point at those fullUrls, so the bundle resolves on its own. Body sites are coded in SNOMED CT
 * from the lexicons.
 */
export function toFhirBundle(facts: FactsDocument, lexicons: Pick<Lexicons, 'bodySiteCodes'>): FhirBundle {
  const docId = facts.document.id;
  const idOf = (family: string, index: number) => resourceId(docId, family, index);
  const urlOf = (id: string) => `urn:uuid:${id}`;
  const patientId = idOf('patient', 0);
  const documentId = idOf('document', 0);
  const ctx: FhirContext = {
    documentId: docId, siteCodes: lexicons.bodySiteCodes, patient: { reference: urlOf(patientId) }, document: { reference: urlOf(documentId) } };
  const resources: FhirResource[] = [
    toPatient(facts.patient, patientId),
    toDocumentReference(facts.document, documentId, ctx.patient),
    ...facts.diagnoses.map((d, i) => toCondition(d, idOf('diagnosis', i), ctx)),
    ...facts.examFindings.map((f, i) => toExamObservation(f, idOf('exam-finding', i), ctx)),
    ...facts.painScores.map((p, i) => toPainObservation(p, idOf('pain-score', i), ctx)),
    ...facts.priorTreatments.map((t, i) => toProcedure(t, idOf('prior-treatment', i), ctx)),
    ...facts.requests.map((r, i) => toServiceRequest(r, idOf('request', i), facts.document.kind, ctx)),
  ];
  const entry: BundleEntry[] = resources.map((resource) => ({ fullUrl: urlOf(resource.id), resource }));
  return { resourceType: 'Bundle', id: idOf('bundle', 0), type: 'collection', entry };
}
