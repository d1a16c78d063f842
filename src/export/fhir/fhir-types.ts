/**
 * The slice of FHIR R4 (4.0.1) the export writes: only the elements chartfacts fills, typed so the
 * builders cannot misspell a field. Not a general FHIR model; see docs/export.md for the mapping.
 */
import type { BodySiteCodes } from './body-site.js';

export interface Coding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

export interface CodeableConcept {
  readonly coding?: readonly Coding[];
  readonly text?: string;
}

export interface Reference {
  readonly reference: string;
  readonly display?: string;
}

export interface Quantity {
  readonly value: number;
  readonly unit?: string;
  readonly system?: string;
  readonly code?: string;
}

export interface Range {
  readonly low?: Quantity;
  readonly high?: Quantity;
}

/** An extension: a simple value, or nested extensions (a complex extension). */
export interface Extension {
  readonly url: string;
  readonly valueInteger?: number;
  readonly valueDecimal?: number;
  readonly valueString?: string;
  readonly valueCode?: string;
  readonly valueBoolean?: boolean;
  readonly valueAge?: Quantity;
  readonly extension?: readonly Extension[];
}

export interface Annotation {
  readonly text: string;
}

export interface Identifier {
  readonly system: string;
  readonly value: string;
}

interface ResourceBase {
  readonly id: string;
  readonly extension?: readonly Extension[];
}

export interface PatientResource extends ResourceBase {
  readonly resourceType: 'Patient';
  readonly gender?: 'male' | 'female' | 'other' | 'unknown';
}

export interface DocumentReferenceResource extends ResourceBase {
  readonly resourceType: 'DocumentReference';
  readonly masterIdentifier: Identifier;
  readonly identifier: readonly Identifier[];
  readonly status: 'current';
  readonly docStatus: 'final';
  readonly type: CodeableConcept;
  readonly subject: Reference;
  readonly content: readonly { readonly attachment: { readonly contentType?: string; readonly title: string } }[];
}

export interface ConditionResource extends ResourceBase {
  readonly resourceType: 'Condition';
  readonly clinicalStatus?: CodeableConcept;
  readonly verificationStatus: CodeableConcept;
  readonly category: readonly CodeableConcept[];
  readonly code: CodeableConcept;
  readonly bodySite?: readonly CodeableConcept[];
  readonly subject: Reference;
  readonly evidence: readonly { readonly detail: readonly Reference[] }[];
}

export interface ObservationResource extends ResourceBase {
  readonly resourceType: 'Observation';
  readonly status: 'final';
  readonly category: readonly CodeableConcept[];
  readonly code: CodeableConcept;
  readonly subject: Reference;
  readonly effectiveDateTime?: string;
  readonly valueQuantity?: Quantity;
  readonly valueRange?: Range;
  readonly valueString?: string;
  readonly valueBoolean?: boolean;
  readonly interpretation?: readonly CodeableConcept[];
  readonly bodySite?: CodeableConcept;
  readonly referenceRange?: readonly { readonly low: Quantity; readonly high: Quantity; readonly text?: string }[];
  readonly derivedFrom: readonly Reference[];
}

export interface ProcedureResource extends ResourceBase {
  readonly resourceType: 'Procedure';
  readonly status: 'completed';
  readonly code: CodeableConcept;
  readonly subject: Reference;
  readonly performedDateTime?: string;
  readonly bodySite?: readonly CodeableConcept[];
  readonly outcome: CodeableConcept;
  readonly report: readonly Reference[];
  readonly note?: readonly Annotation[];
}

export interface ServiceRequestResource extends ResourceBase {
  readonly resourceType: 'ServiceRequest';
  readonly status: 'active';
  readonly intent: 'proposal' | 'order';
  readonly code: CodeableConcept;
  readonly orderDetail?: readonly CodeableConcept[];
  readonly quantityQuantity?: Quantity;
  readonly subject: Reference;
  readonly bodySite?: readonly CodeableConcept[];
  readonly supportingInfo: readonly Reference[];
  readonly note: readonly Annotation[];
}

export type FhirResource =
  | PatientResource | DocumentReferenceResource | ConditionResource | ObservationResource
  | ProcedureResource | ServiceRequestResource;

export interface BundleEntry {
  readonly fullUrl: string;
  readonly resource: FhirResource;
}

/** A FHIR R4 Bundle of type `collection`: a set of resources with no transaction semantics. */
export interface FhirBundle {
  readonly resourceType: 'Bundle';
  readonly id: string;
  readonly type: 'collection';
  readonly entry: readonly BundleEntry[];
}

/** What every resource builder needs: the document id (for ids) and the two shared references. */
export interface FhirContext {
  readonly documentId: string;
  /** SNOMED CT codes for body sites (lexicons/body-site-codes.json). */
  readonly siteCodes: BodySiteCodes;
  readonly patient: Reference;
  readonly document: Reference;
}
