/**
 * Facts → decision document. Until the guideline engine is wired in, every request gets
 * `no_guideline` with a rationale that says so (the contract's honest "we did not check").
 */
import type { DecisionDocument } from './types/decision.js';
import type { FactsDocument } from './types/facts.js';

/** The decision document for a facts document. */
export function decideFacts(facts: FactsDocument): DecisionDocument {
  return {
    schemaVersion: 1,
    documentId: facts.document.id,
    decisions: facts.requests.map((r) => ({
      treatment: r.treatment,
      ...(r.drug ? { drug: r.drug } : {}),
      ...(r.procedure ? { procedure: r.procedure } : {}),
      guideline: null,
      outcome: 'no_guideline' as const,
      criteria: [],
      rationale: `No guideline criteria are loaded for ${r.treatment}; the request was not checked.`,
    })),
  };
}
