/** Exports derived from a facts document: FHIR R4 Bundle (with its structural check) and bulk CSV. */
export { toFhirBundle } from './to-fhir-bundle.js';
export { checkFhirBundle } from './check-fhir-bundle.js';
export { CSV_HEADER, toCsvRows } from './to-csv-rows.js';
export { formatCsvRow } from './format-csv-row.js';
export type { FhirBundle, FhirResource, BundleEntry } from './fhir/fhir-types.js';
