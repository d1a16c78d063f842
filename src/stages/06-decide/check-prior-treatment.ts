/** The `priorTreatment` predicate: did an earlier treatment of this kind work well enough? */
import type { PriorTreatment } from '../../types/facts.js';
import type { CriterionStatus } from '../../types/vocab.js';
import type { PriorTreatmentCheck } from '../../lexicons/schemas/guideline.js';
import type { DecideContext, PredicateResult } from './decide-context.js';
import { findPriorTreatments } from './find-prior-treatments.js';
import { daysBetween } from '../../text/days-between.js';

type Tri = CriterionStatus;

function compare(value: number | null, atLeast: number | undefined): Tri | null {
  if (atLeast === undefined) return null;
  if (value === null) return 'unknown';
  return value >= atLeast ? 'met' : 'not_met';
}

/**
 * Relief percent, read from the response label when no number was written: the labelling
 * convention maps >= 70% to `significant_relief`, and no relief is zero. `partial_relief` may be
 * "some" relief below 50%, so it stays unknown without a number.
 */
function reliefOf(p: PriorTreatment): number | null {
  if (p.reliefPercent !== null) return p.reliefPercent;
  if (p.response === 'significant_relief') return 70;
  if (p.response === 'no_relief' || p.response === 'worsened') return 0;
  return null;
}

/** Weeks relief lasted; temporary relief is hours or days by convention, so under one week. */
function durationOf(p: PriorTreatment): number | null {
  if (p.durationWeeks !== null) return p.durationWeeks;
  if (p.response === 'temporary_relief' || p.response === 'no_relief' || p.response === 'worsened') return 0;
  return null;
}

function judge(p: PriorTreatment, c: PriorTreatmentCheck, latest: string | null): { status: Tri; notes: string[] } {
  const parts: Array<[Tri | null, string]> = [];
  if (c.responseIn) {
    const s: Tri = p.response === 'unknown' ? 'unknown' : c.responseIn.includes(p.response) ? 'met' : 'not_met';
    parts.push([s, `response ${p.response.replace('_', ' ')}`]);
  }
  const relief = reliefOf(p);
  const reliefWords = p.reliefPercent !== null ? `${p.reliefPercent}% relief`
    : relief === null ? 'relief percent not stated' : `${p.response.replace('_', ' ')} reported`;
  parts.push([compare(relief, c.reliefPercentAtLeast), reliefWords]);
  const weeks = durationOf(p);
  parts.push([compare(weeks, c.durationWeeksAtLeast), weeks === null ? 'duration of relief not stated' : `relief lasting ${weeks < 1 ? 'under a week' : `${weeks} weeks`}`]);
  if (c.functionalImprovement !== undefined) {
    const fi = p.functionalImprovement;
    parts.push([fi === null ? 'unknown' : fi === c.functionalImprovement ? 'met' : 'not_met',
      fi === null ? 'functional improvement not documented' : fi ? 'functional improvement documented' : 'no functional improvement']);
  }
  const since = p.date && latest ? daysBetween(p.date, latest) / 7 : null;
  parts.push([compare(since, c.weeksSinceAtLeast), since === null ? 'date not stated' : `${Math.floor(since)} weeks ago`]);
  const used = parts.filter((x): x is [Tri, string] => x[0] !== null);
  const status: Tri = used.some((x) => x[0] === 'not_met') ? 'not_met' : used.some((x) => x[0] === 'unknown') ? 'unknown' : 'met';
  return { status, notes: used.map((x) => x[1]) };
}

/**
 * With `mostRecent`, the latest dated prior alone ("the last block": an earlier block that worked
 * does not carry a repeat after one that did not); all of them when none is dated.
 */
function lastDated(priors: PriorTreatment[], mostRecent: boolean): PriorTreatment[] {
  if (!mostRecent) return priors;
  const dated = priors.filter((p) => p.date);
  if (dated.length === 0) return priors;
  const latest = dated.reduce((a, b) => (b.date! > a.date! ? b : a));
  return [latest];
}

/**
 * Met when some matching prior treatment satisfies every stated condition; not met when every
 * matching prior fails one; unknown when none is documented or the deciding detail is missing.
 */
export function checkPriorTreatment(c: PriorTreatmentCheck, ctx: DecideContext): PredicateResult {
  const priors = lastDated(findPriorTreatments(c, ctx), c.mostRecent === true);
  if (priors.length === 0) return { status: 'unknown', evidence: [], notes: [`no prior ${c.treatment.join(' or ')} documented`] };
  const judged = priors.map((p) => ({ p, ...judge(p, c, ctx.latestDate) }));
  for (const want of ['met', 'unknown', 'not_met'] as const) {
    const hits = judged.filter((j) => j.status === want);
    if (hits.length > 0) {
      return { status: want, evidence: hits.map((h) => h.p.evidence), notes: hits.map((h) => `prior ${h.p.treatment}: ${h.notes.join(', ')}`) };
    }
  }
  return { status: 'unknown', evidence: [], notes: [] };
}
