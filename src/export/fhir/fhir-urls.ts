/**
 * The URIs the FHIR export writes. HL7 and UCUM systems are the published ones; the rest are
 * chartfacts' own code systems and extensions. They live under a reserved `.invalid` host on
 * purpose: nothing is published there, and a reader must not expect them to resolve.
 */

/** chartfacts' own base for code systems and extension definitions. */
export const CHARTFACTS_FHIR_BASE = 'https://chartfacts.invalid/fhir';

export const SYSTEMS = Object.freeze({
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  observationInterpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  /** RFC 3986: the identifier value is itself a URI (here an RFC 6920 `ni:` hash name). */
  uri: 'urn:ietf:rfc:3986',
  documentSha256: `${CHARTFACTS_FHIR_BASE}/NamingSystem/document-sha256`,
  documentKind: `${CHARTFACTS_FHIR_BASE}/CodeSystem/document-kind`,
  examFinding: `${CHARTFACTS_FHIR_BASE}/CodeSystem/exam-finding`,
  treatment: `${CHARTFACTS_FHIR_BASE}/CodeSystem/treatment`,
  response: `${CHARTFACTS_FHIR_BASE}/CodeSystem/treatment-response`,
  painScore: `${CHARTFACTS_FHIR_BASE}/CodeSystem/pain-score`,
});

export const EXTENSIONS = Object.freeze({
  /** Complex: page, start, end, section, quote — where in the facts document's text a fact was read. */
  evidence: `${CHARTFACTS_FHIR_BASE}/StructureDefinition/evidence`,
  /** The ConText assertion as extracted (present, negated, possible, historical). */
  assertion: `${CHARTFACTS_FHIR_BASE}/StructureDefinition/assertion`,
  /** Patient age in years as stated in the document (no date of birth is exported). */
  ageAtDocument: `${CHARTFACTS_FHIR_BASE}/StructureDefinition/age-at-document`,
  pageCount: `${CHARTFACTS_FHIR_BASE}/StructureDefinition/page-count`,
  ocrPageCount: `${CHARTFACTS_FHIR_BASE}/StructureDefinition/ocr-page-count`,
  /** with_medication | without_medication on a pain score. */
  painCondition: `${CHARTFACTS_FHIR_BASE}/StructureDefinition/pain-condition`,
  /** The request's quantity as written ("2x/week x 4 weeks"). */
  quantityText: `${CHARTFACTS_FHIR_BASE}/StructureDefinition/quantity-text`,
  /** upheld | overturned as stated in a UR/IMR letter. */
  determination: `${CHARTFACTS_FHIR_BASE}/StructureDefinition/determination`,
  reliefPercent: `${CHARTFACTS_FHIR_BASE}/StructureDefinition/relief-percent`,
});
