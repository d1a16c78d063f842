/**
 * The decision stage: checks each requested treatment against the guideline criteria and returns
 * the contract's decision document. Pure: no I/O and no clock ("now" is the record's latest date).
 */
import type { FactsDocument, TreatmentRequest } from '../../types/facts.js';
import type { Decision, DecisionDocument, CriterionResult } from '../../types/decision.js';
import type { Outcome } from '../../types/vocab.js';
import type { Guideline } from '../../lexicons/schemas/guideline.js';
import type { DecideContext } from './decide-context.js';
import { clinicalView } from './clinical-view.js';
import { selectGuideline } from './select-guideline.js';
import { evaluateCriteria } from './evaluate-criteria.js';
import { writeRationale } from './write-rationale.js';

/** Date roles that date the record itself or its clinical events (not birth or injury dates). */
const RECORD_DATE_ROLES = new Set(['visit', 'procedure', 'imaging', 'ur_decision', 'application', 'determination']);

function latestDate(facts: FactsDocument): string | null {
  const all = [
    ...facts.dates.filter((d) => RECORD_DATE_ROLES.has(d.role)).map((d) => d.date),
    ...facts.painScores.map((p) => p.date),
    ...facts.priorTreatments.map((p) => p.date),
  ].filter((d): d is string => d !== null);
  return all.length > 0 ? all.reduce((a, b) => (b > a ? b : a)) : null;
}

/** Only required criteria decide: any not met → not met; all met → met; otherwise insufficient. */
function outcomeOf(criteria: readonly CriterionResult[]): Outcome {
  const required = criteria.filter((c) => c.required);
  if (required.some((c) => c.status === 'not_met')) return 'criteria_not_met';
  if (required.every((c) => c.status === 'met')) return 'criteria_met';
  return 'insufficient_information';
}

/**
 * One decision per request in `facts.requests`, made from the clinical facts alone: determinations
 * and facts found in decision or rationale sections are never read (see `clinicalView`).
 */
export function decide(facts: FactsDocument, guidelines: readonly Guideline[]): DecisionDocument {
  const view = clinicalView(facts);
  const latest = latestDate(view);
  // a first pass without other requests' outcomes gives each request's own outcome, which care
  // depending on another request reads in the second ("post-operative therapy" on the operation)
  const first = decideAll(view, guidelines, latest);
  const outcomes = new Map(view.requests.map((r, i) => [r, first[i]!.outcome]));
  return { schemaVersion: 1, documentId: facts.document.id, decisions: decideAll(view, guidelines, latest, outcomes) };
}

/** One decision per request of `view`; `outcomes`, when given, are the first pass's outcomes that `otherRequest` with `decided` reads. */
function decideAll(view: FactsDocument, guidelines: readonly Guideline[], latest: string | null, outcomes?: ReadonlyMap<TreatmentRequest, Outcome>): Decision[] {
  return view.requests.map((request): Decision => {
    const topic = selectGuideline(request, guidelines, view.diagnoses);
    const base = {
      treatment: request.treatment,
      ...(request.drug !== undefined ? { drug: request.drug } : {}),
      ...(request.procedure !== undefined ? { procedure: request.procedure } : {}),
    };
    if (!topic) {
      return { ...base, guideline: null, outcome: 'no_guideline', criteria: [], rationale: writeRationale(request, null, [], 'no_guideline') };
    }
    const ctx: DecideContext = { facts: view, request, latestDate: latest, ...(outcomes ? { outcomes } : {}) };
    const criteria = evaluateCriteria(topic, ctx);
    const outcome = outcomeOf(criteria);
    return {
      ...base,
      guideline: { id: topic.id, source: topic.source, title: topic.title, pages: topic.pages },
      outcome,
      criteria,
      rationale: writeRationale(request, topic, criteria, outcome),
    };
  });
}
