/** The `triedAndFailed` predicate: has conservative care been tried without lasting success? */
import type { Treatment } from '../../types/vocab.js';
import type { DecideContext, PredicateResult } from './decide-context.js';

/**
 * Counts the listed treatment kinds that were tried and did not give significant relief (a
 * treatment that is still being requested or followed by a new request did not solve the
 * problem; one with significant relief did not fail). Met at `atLeast` kinds (default 1); else
 * unknown, never not met, because a record that omits a treatment does not show it was not tried.
 */
export function checkTriedAndFailed(p: { treatments: Treatment[]; atLeast?: number }, ctx: DecideContext): PredicateResult {
  const need = p.atLeast ?? 1;
  const failed = new Map<Treatment, PredicateResult['evidence'][number][]>();
  for (const t of ctx.facts.priorTreatments) {
    if (!p.treatments.includes(t.treatment) || t.response === 'significant_relief') continue;
    const list = failed.get(t.treatment) ?? [];
    list.push(t.evidence);
    failed.set(t.treatment, list);
  }
  const kinds = [...failed.keys()];
  const note = kinds.length > 0 ? `tried without lasting relief: ${kinds.join(', ')}` : `none of ${p.treatments.join(', ')} documented as tried`;
  return {
    status: kinds.length >= need ? 'met' : 'unknown',
    evidence: [...failed.values()].flat(),
    notes: [kinds.length >= need ? note : `${note} (at least ${need} needed)`],
  };
}
