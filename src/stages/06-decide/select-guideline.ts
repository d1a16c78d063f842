/** Picks the guideline topic that governs a request. */
import type { Diagnosis, PriorTreatment, TreatmentRequest } from '../../types/facts.js';
import { daysBetween } from '../../text/days-between.js';
import type { Guideline } from '../../lexicons/schemas/guideline.js';
import { compilePattern } from './compile-pattern.js';

/**
 * The topic whose `appliesTo` matches the request's treatment, and its procedure/drug pattern,
 * body parts and diagnosis pattern when the topic names them; the most specific match wins (a
 * lumbar MRI topic beats a generic one; a topic for a diagnosed condition beats the treatment's
 * general one; a weaning topic beats the drug's topic for a weaning request), ties go to file order. Null when no topic covers the request.
 */
export function selectGuideline(
  request: TreatmentRequest, guidelines: readonly Guideline[], diagnoses: readonly Diagnosis[] = [],
  surgeries: readonly PriorTreatment[] = [], latestDate: string | null = null,
): Guideline | null {
  let best: Guideline | null = null;
  let bestScore = -1;
  const described = [request.procedure ?? '', request.drug ?? '', request.text].join(' ');
  for (const g of guidelines) {
    const a = g.appliesTo;
    if (!a.treatments.includes(request.treatment)) continue;
    if (a.procedurePattern !== undefined && !compilePattern(a, a.procedurePattern).test(described)
      && !(a.surgeryWithinDays !== undefined && recentSurgery(request, surgeries, latestDate, a.surgeryWithinDays))) continue;
    if (a.bodyParts !== undefined && !a.bodyParts.includes(request.bodyPart)) continue;
    if (a.diagnosisPattern !== undefined && !hasDiagnosis(compilePattern(a, a.diagnosisPattern), diagnoses)) continue;
    if (a.weaning !== undefined && a.weaning !== (request.weaning ?? false)) continue;
    const score = (a.procedurePattern !== undefined ? 2 : 0) + (a.bodyParts !== undefined ? 1 : 0) + (a.diagnosisPattern !== undefined ? 1 : 0) + (a.weaning ? 2 : 0);
    if (score > bestScore) {
      best = g;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A dated operation on the request's body part no more than `days` before the record's latest date
 * ("additional hand therapy" eight weeks after a scaphoid fixation is post-surgical care).
 */
function recentSurgery(request: TreatmentRequest, surgeries: readonly PriorTreatment[], latestDate: string | null, days: number): boolean {
  if (!latestDate || !request.bodyPart) return false;
  return surgeries.some((p) => p.treatment === 'surgery' && p.date && p.bodyPart === request.bodyPart
    && p.date <= latestDate && daysBetween(p.date, latestDate) <= days);
}

/** Whether an affirmed diagnosis (not negated, possible or historical) matches `re`. */
function hasDiagnosis(re: RegExp, diagnoses: readonly Diagnosis[]): boolean {
  return diagnoses.some((d) => d.assertion === 'present' && (re.test(d.concept) || re.test(d.text)));
}
