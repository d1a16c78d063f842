/** The `triedAndFailed` predicate: has conservative care been tried without lasting success? */
import type { PriorTreatment } from '../../types/facts.js';
import type { Treatment } from '../../types/vocab.js';
import type { DecideContext, PredicateResult } from './decide-context.js';

/**
 * A listed prior given for the request's own body part (and side, when both are written) that
 * brought significant relief that still holds: that care is working, so it has not failed.
 * Significant relief is sustained relief by the labelling convention; a stated duration ("80%
 * for about six weeks", "good relief for two weeks") says it wore off, so it does not count. A
 * prior or request without a body part is never taken for the same place.
 */
function relievesSamePart(p: PriorTreatment, ctx: DecideContext): boolean {
  const r = ctx.request;
  if (p.response !== 'significant_relief' || !r.bodyPart || p.bodyPart !== r.bodyPart) return false;
  if (p.durationWeeks !== null) return false;
  return !(r.side && p.side && r.side !== p.side && p.side !== 'bilateral');
}

/** A listed prior still giving partial or significant relief (no stated end): it has not failed. */
function stillHelping(p: PriorTreatment): boolean {
  return (p.response === 'partial_relief' || p.response === 'significant_relief') && p.durationWeeks === null;
}

/**
 * Counts the listed treatment kinds that were tried and did not give significant relief (a
 * treatment that is still being requested or followed by a new request did not solve the
 * problem; one with significant relief did not fail). Met at `atLeast` kinds (default 1). With
 * `unlessRelieved` (elective surgery), not met on positive evidence that care is working: a listed
 * treatment of the request's own body part gave significant relief that still holds (a 75%
 * response to a shoulder injection that has held is not a failed course before shoulder surgery).
 * With `unlessHelping`, likewise when a listed treatment anywhere still gives partial or significant
 * relief (gabapentin still easing neuropathic pain has not failed as first-line therapy).
 * Otherwise unknown, never not met, because a record that omits a treatment does not show it was
 * not tried.
 */
export function checkTriedAndFailed(
  p: { treatments: Treatment[]; atLeast?: number; unlessRelieved?: boolean; unlessHelping?: boolean },
  ctx: DecideContext,
): PredicateResult {
  const need = p.atLeast ?? 1;
  const listed = ctx.facts.priorTreatments.filter((t) => p.treatments.includes(t.treatment));
  const working = listed.filter((t) => (p.unlessRelieved === true && relievesSamePart(t, ctx)) || (p.unlessHelping === true && stillHelping(t)));
  if (working.length > 0) {
    const kinds = [...new Set(working.map((t) => t.treatment))];
    const where = p.unlessHelping ? 'still giving relief' : 'significant relief on the requested body part';
    return { status: 'not_met', evidence: working.map((t) => t.evidence), notes: [`${where}: ${kinds.join(', ')}`] };
  }
  const failed = new Map<Treatment, PredicateResult['evidence'][number][]>();
  for (const t of listed) {
    if (t.response === 'significant_relief') continue;
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
