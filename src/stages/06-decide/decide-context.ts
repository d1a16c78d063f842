/**
 * Shapes shared by the decision stage's files: what a predicate sees (one request plus the
 * clinical facts) and what it returns.
 */
import type { Evidence, FactsDocument, TreatmentRequest } from '../../types/facts.js';
import type { CriterionStatus, Outcome } from '../../types/vocab.js';

/** Everything a predicate may read; `facts` has already been cleared of decision/rationale facts. */
export interface DecideContext {
  readonly facts: FactsDocument;
  readonly request: TreatmentRequest;
  /** Latest clinical or document date in the facts (ISO), the "today" of the record; never the clock. */
  readonly latestDate: string | null;
  /**
   * This engine's own first-pass outcome for each request of the document (see `decide`), for
   * care that depends on another request ("post-operative therapy" on the operation); absent in
   * the first pass.
   */
  readonly outcomes?: ReadonlyMap<TreatmentRequest, Outcome>;
}

/** A predicate's verdict with the facts it rested on and, when useful, a short note in words. */
export interface PredicateResult {
  readonly status: CriterionStatus;
  readonly evidence: readonly Evidence[];
  readonly notes: readonly string[];
}
