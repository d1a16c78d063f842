/**
 * The decision stage: checks each requested treatment against the guideline criteria and returns
 * the contract's decision document. Pure: no I/O and no clock ("now" is the record's latest date).
 */
import type { FactsDocument, TreatmentRequest } from '../../types/facts.js';
import type { Decision, DecisionDocument, CriterionResult } from '../../types/decision.js';
import type { Outcome } from '../../types/vocab.js';
import type { Guideline, Predicate } from '../../lexicons/schemas/guideline.js';
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
  // a first pass gives each request's own outcome; a request whose topic reads another request's
  // outcome ("post-operative therapy" on the operation) is decided again with those outcomes
  const topics = view.requests.map((r) => selectGuideline(r, guidelines, view.diagnoses, view.priorTreatments, latest));
  const first = view.requests.map((r, i) => decideOne(r, topics[i] ?? null, view, latest));
  if (!topics.some((t) => t && readsOutcomes(t))) return { schemaVersion: 1, documentId: facts.document.id, decisions: first };
  const outcomes = new Map(view.requests.map((r, i) => [r, first[i]!.outcome]));
  const decisions = view.requests.map((r, i) => (topics[i] && readsOutcomes(topics[i]!) ? decideOne(r, topics[i]!, view, latest, outcomes) : first[i]!));
  return { schemaVersion: 1, documentId: facts.document.id, decisions };
}

const reading = new WeakMap<Guideline, boolean>();

/** Whether a predicate reads another request's outcome (`otherRequest` with `decided`). */
function predicateReadsOutcomes(p: Predicate): boolean {
  if ('all' in p) return p.all.some(predicateReadsOutcomes);
  if ('any' in p) return p.any.some(predicateReadsOutcomes);
  if ('not' in p) return predicateReadsOutcomes(p.not);
  return 'otherRequest' in p && p.otherRequest.decided === true;
}

/** Whether any criterion of a topic (its predicate or `appliesWhen`) reads another request's outcome; kept per topic. */
function readsOutcomes(topic: Guideline): boolean {
  let r = reading.get(topic);
  if (r === undefined) {
    r = topic.criteria.some((c) => predicateReadsOutcomes(c.predicate) || (c.appliesWhen !== undefined && predicateReadsOutcomes(c.appliesWhen)));
    reading.set(topic, r);
  }
  return r;
}

/** The decision on one request under its topic; `outcomes` are the first pass's, read by `otherRequest` with `decided`. */
function decideOne(request: TreatmentRequest, topic: Guideline | null, view: FactsDocument, latest: string | null, outcomes?: ReadonlyMap<TreatmentRequest, Outcome>): Decision {
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
}
