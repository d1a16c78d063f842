/** A ServiceRequest per requested (or disputed) treatment. */
import type { TreatmentRequest } from '../../types/facts.js';
import type { DocumentKind } from '../../types/vocab.js';
import type { Annotation, Extension, FhirContext, ServiceRequestResource } from './fhir-types.js';
import { EXTENSIONS } from './fhir-urls.js';
import { bodySite } from './body-site.js';
import { evidenceExtension } from './evidence-extension.js';
import { parseQuantity } from './parse-quantity.js';
import { treatmentCode } from './treatment-code.js';

/**
 * Intent `order` when the document is the treating clinician's own progress report (its plan
 * orders the treatment); `proposal` when a UR or IMR letter (or other document) reviews a request
 * for authorization that is not yet approved. Status is `active`: the determination is about
 * authorization, not the clinical request, and goes in a note and an extension.
 */
export function toServiceRequest(r: TreatmentRequest, id: string, kind: DocumentKind, ctx: FhirContext): ServiceRequestResource {
  const site = bodySite(r.bodyPart, r.side ?? null, ctx.siteCodes);
  const detail = r.drug ?? r.procedure;
  const quantity = parseQuantity(r.quantity);
  const extension: Extension[] = [evidenceExtension(r.evidence)];
  if (r.quantity !== null) extension.push({ url: EXTENSIONS.quantityText, valueString: r.quantity });
  if (r.determination !== null) extension.push({ url: EXTENSIONS.determination, valueCode: r.determination });
  const note: Annotation[] = [
    { text: `As written: ${r.text}` },
    { text: `Determination: ${r.determination ?? 'not stated'}` },
  ];
  if (r.quantity !== null) note.push({ text: `Quantity as written: ${r.quantity}` });
  for (const g of r.guidelines) note.push({ text: `Guideline relied on (${g.source}): ${g.text}${g.pages ? `, p. ${g.pages}` : ''}` });
  return {
    resourceType: 'ServiceRequest',
    id,
    extension,
    status: 'active',
    intent: kind === 'progress_report' ? 'order' : 'proposal',
    code: treatmentCode(r.treatment),
    ...(detail ? { orderDetail: [{ text: detail }] } : {}),
    ...(quantity ? { quantityQuantity: quantity } : {}),
    subject: ctx.patient,
    ...(site ? { bodySite: [site] } : {}),
    supportingInfo: [ctx.document],
    note,
  };
}
