/** Evaluates a topic's criteria for one request. */
import type { CriterionResult } from '../../types/decision.js';
import type { Guideline } from '../../lexicons/schemas/guideline.js';
import type { Evidence } from '../../types/facts.js';
import type { DecideContext } from './decide-context.js';
import { evaluatePredicate } from './evaluate-predicate.js';

function dedupe(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.start}:${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One result per applicable criterion. A criterion whose `appliesWhen` is not met (for example a
 * repeat-injection rule when no earlier injection is documented) does not apply and is left out:
 * the guideline sets no such condition for a first request. An `unknown` result becomes the
 * criterion's `whenUndocumented` status when it has one, with the reason kept in `detail`.
 */
export function evaluateCriteria(topic: Guideline, ctx: DecideContext): CriterionResult[] {
  const out: CriterionResult[] = [];
  for (const c of topic.criteria) {
    if (c.appliesWhen && evaluatePredicate(c.appliesWhen, ctx).status !== 'met') continue;
    const r = evaluatePredicate(c.predicate, ctx);
    const converted = r.status === 'unknown' && c.whenUndocumented && c.whenUndocumented !== 'unknown';
    const status = converted ? c.whenUndocumented! : r.status;
    const notes = [...new Set(r.notes)];
    if (converted) notes.push(status === 'not_met' ? 'the guideline requires this to be documented' : 'nothing in the record shows otherwise');
    const result: CriterionResult = { id: c.id, description: c.description, required: c.required, status, evidence: dedupe(r.evidence) };
    if (notes.length > 0) result.detail = notes.join('; ');
    out.push(result);
  }
  return out;
}
