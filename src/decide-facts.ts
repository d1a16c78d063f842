/**
 * Facts → decision document with the guideline criteria shipped in lexicons/guidelines. The one
 * entry point the CLI, the evaluation and the decide worker share.
 */
import type { DecisionDocument } from './types/decision.js';
import type { FactsDocument } from './types/facts.js';
import { loadGuidelines } from './lexicons/load-guidelines.js';
import { decide } from './stages/06-decide/decide.js';

/** The decision document for a facts document (guidelines loaded once and cached). */
export function decideFacts(facts: FactsDocument): DecisionDocument {
  return decide(facts, loadGuidelines());
}
