/** An Observation per pain score. */
import type { PainScore } from '../../types/facts.js';
import type { Coding, Extension, FhirContext, ObservationResource, Quantity } from './fhir-types.js';
import { EXTENSIONS, SYSTEMS } from './fhir-urls.js';
import { bodySite } from './body-site.js';
import { evidenceExtension } from './evidence-extension.js';

/** LOINC 72514-3, "Pain severity - 0-10 verbal numeric rating [Score] - Reported": only for a /10 scale. */
const LOINC_PAIN_0_10: Coding = { system: SYSTEMS.loinc, code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' };

function score(value: number): Quantity {
  return { value, unit: 'score', system: SYSTEMS.ucum, code: '{score}' };
}

/**
 * The score as a Quantity, or a Range for "5-8/10"; the scale (0 to `max`) as the reference
 * range; with/without medication as an extension; the score's date as effectiveDateTime.
 */
export function toPainObservation(p: PainScore, id: string, ctx: FhirContext): ObservationResource {
  const low = p.scoreLow ?? p.score;
  const high = p.scoreHigh ?? p.score;
  const site = bodySite(p.bodyPart, p.side, ctx.siteCodes);
  const extension: Extension[] = [evidenceExtension(p.evidence)];
  if (p.condition !== null) extension.push({ url: EXTENSIONS.painCondition, valueCode: p.condition });
  const coding: Coding[] = [{ system: SYSTEMS.painScore, code: `0-${p.max}`, display: `pain score 0-${p.max}` }];
  if (p.max === 10) coding.unshift(LOINC_PAIN_0_10);
  const when = p.condition ? ` (${p.condition.replace(/_/g, ' ')})` : '';
  return {
    resourceType: 'Observation',
    id,
    extension,
    status: 'final',
    category: [{ coding: [{ system: SYSTEMS.observationCategory, code: 'survey', display: 'Survey' }] }],
    code: { coding, text: `pain score 0-${p.max}${when}` },
    subject: ctx.patient,
    ...(p.date !== null ? { effectiveDateTime: p.date } : {}),
    ...(low !== high ? { valueRange: { low: score(low), high: score(high) } } : { valueQuantity: score(p.score) }),
    ...(site ? { bodySite: site } : {}),
    referenceRange: [{ low: score(0), high: score(p.max), text: `0-${p.max} scale` }],
    derivedFrom: [ctx.document],
  };
}
