/** A Procedure per prior treatment (everything already received for the claim). */
import type { PriorTreatment } from '../../types/facts.js';
import type { Annotation, CodeableConcept, Extension, FhirContext, ProcedureResource } from './fhir-types.js';
import { EXTENSIONS, SYSTEMS } from './fhir-urls.js';
import { bodySite } from './body-site.js';
import { evidenceExtension } from './evidence-extension.js';
import { treatmentCode } from './treatment-code.js';

/** "partial relief, 50%, lasting 6 weeks, with functional improvement" from the response fields. */
function outcomeOf(t: PriorTreatment): CodeableConcept {
  const words = [t.response.replace(/_/g, ' ')];
  if (t.reliefPercent !== null) words.push(`${t.reliefPercent}% relief`);
  if (t.durationWeeks !== null) words.push(`lasting ${t.durationWeeks} weeks`);
  if (t.functionalImprovement !== null) words.push(t.functionalImprovement ? 'with functional improvement' : 'without functional improvement');
  return { coding: [{ system: SYSTEMS.response, code: t.response }], text: words.join(', ') };
}

/**
 * Status `completed` (the facts do not separate finished from ongoing treatment), the treatment
 * as code with the drug or procedure name appended to its text, the response as outcome, the
 * date as performedDateTime, sessions as a note, and the source document as its report.
 */
export function toProcedure(t: PriorTreatment, id: string, ctx: FhirContext): ProcedureResource {
  const site = bodySite(t.bodyPart, t.side, ctx.siteCodes);
  const detail = t.drug ?? t.procedure;
  const code = treatmentCode(t.treatment);
  const extension: Extension[] = [evidenceExtension(t.evidence)];
  if (t.reliefPercent !== null) extension.push({ url: EXTENSIONS.reliefPercent, valueDecimal: t.reliefPercent });
  const note: Annotation[] = [];
  if (t.sessions !== null && t.sessions !== undefined) note.push({ text: `${t.sessions} sessions completed` });
  return {
    resourceType: 'Procedure',
    id,
    extension,
    status: 'completed',
    code: detail ? { ...code, text: `${t.treatment}: ${detail}` } : code,
    subject: ctx.patient,
    ...(t.date !== null ? { performedDateTime: t.date } : {}),
    ...(site ? { bodySite: [site] } : {}),
    outcome: outcomeOf(t),
    report: [ctx.document],
    ...(note.length > 0 ? { note } : {}),
  };
}
