/**
 * Evaluates one guideline predicate against the clinical facts to met / not_met / unknown, with
 * the facts it used as evidence. Combinators follow three-valued logic: `all` is not met when any
 * part is not met, met when all are met, else unknown; `any` is the dual; `not` swaps met and not
 * met and keeps unknown.
 */
import type { Predicate } from '../../lexicons/schemas/guideline.js';
import type { DecideContext, PredicateResult } from './decide-context.js';
import { checkRadiculopathy } from './check-radiculopathy.js';
import { checkExamFinding } from './check-exam-finding.js';
import { checkPriorTreatment } from './check-prior-treatment.js';
import { findPriorTreatments } from './find-prior-treatments.js';
import { checkTriedAndFailed } from './check-tried-and-failed.js';
import { checkQuantity } from './check-quantity.js';
import { checkStudyFinding } from './check-study-finding.js';
import { compilePattern } from './compile-pattern.js';
import { daysBetween } from '../../text/days-between.js';

function combine(parts: PredicateResult[], mode: 'all' | 'any'): PredicateResult {
  const strong = mode === 'all' ? 'not_met' : 'met';
  const weak = mode === 'all' ? 'met' : 'not_met';
  const decisive = parts.filter((r) => r.status === strong);
  const pick = decisive.length > 0 ? decisive : parts.every((r) => r.status === weak) ? parts : parts.filter((r) => r.status === 'unknown');
  const status = decisive.length > 0 ? strong : parts.every((r) => r.status === weak) ? weak : 'unknown';
  return { status, evidence: pick.flatMap((r) => r.evidence), notes: pick.flatMap((r) => r.notes) };
}

function yesNo(ok: boolean, evidence: PredicateResult['evidence'], note: string): PredicateResult {
  return { status: ok ? 'met' : 'not_met', evidence, notes: [note] };
}

function monthsSinceInjury(atLeast: number, ctx: DecideContext): PredicateResult {
  const { injury } = ctx.facts;
  if (!injury.date || !ctx.latestDate) return { status: 'unknown', evidence: [], notes: ['injury date or visit date not documented'] };
  const months = daysBetween(injury.date, ctx.latestDate) / 30.44;
  return yesNo(months >= atLeast, injury.evidence ? [injury.evidence] : [], `about ${Math.floor(months)} months since the injury`);
}

function diagnosis(p: { conceptPattern: string; includeHistorical?: boolean }, ctx: DecideContext): PredicateResult {
  const re = compilePattern(p, p.conceptPattern);
  const hits = ctx.facts.diagnoses.filter((d) => re.test(d.concept) || re.test(d.text));
  const present = hits.filter((d) => d.assertion === 'present' || (p.includeHistorical === true && d.assertion === 'historical'));
  if (present.length > 0) return { status: 'met', evidence: present.map((d) => d.evidence), notes: [] };
  const negated = hits.filter((d) => d.assertion === 'negated');
  if (negated.length > 0) return { status: 'not_met', evidence: negated.map((d) => d.evidence), notes: ['the diagnosis is ruled out'] };
  // A record that lists its diagnoses and leaves this one out (or only suspects it) shows it was
  // not diagnosed; a record with no diagnoses at all says nothing either way.
  const listed = ctx.facts.diagnoses.filter((d) => d.assertion === 'present');
  if (listed.length > 0) return { status: 'not_met', evidence: [...hits, ...listed].slice(0, 4).map((d) => d.evidence), notes: ['not among the documented diagnoses'] };
  return { status: 'unknown', evidence: hits.map((d) => d.evidence), notes: ['no diagnoses documented'] };
}

/** What a request says of itself: its text, drug and procedure. */
const requestWords = (r: DecideContext['request']): string => [r.text, r.drug ?? '', r.procedure ?? ''].join(' ');

/** Distinct words of the request (its text, drug and procedure) that match `pattern`. */
function namedInRequest(owner: object, pattern: string, ctx: DecideContext): string[] {
  const re = compilePattern(owner, pattern, 'gi');
  re.lastIndex = 0;
  const said = requestWords(ctx.request);
  return [...new Set([...said.matchAll(re)].map((m) => m[0].toLowerCase()))];
}

const quoteList = (words: readonly string[]): string => words.map((w) => `"${w}"`).join(', ');

function requestText(owner: object, pattern: string, ctx: DecideContext): PredicateResult {
  const found = namedInRequest(owner, pattern, ctx);
  return yesNo(found.length > 0, [ctx.request.evidence], found.length > 0 ? `the request names ${quoteList(found)}` : 'the request does not name it');
}

/**
 * Another request of the document of one of these kinds (with `textPattern`, one whose text, drug
 * or procedure matches it); with `decided`, it must also meet its own
 * guideline ("post-operative therapy" is needed only if the operation is): met when one is decided
 * criteria met, not met when every one is decided criteria not met, else unknown.
 */
function otherRequest(p: { treatment: readonly string[]; decided?: boolean; textPattern?: string }, ctx: DecideContext): PredicateResult {
  const named = p.textPattern === undefined ? null : compilePattern(p, p.textPattern);
  const others = ctx.facts.requests.filter((r) => r !== ctx.request && p.treatment.includes(r.treatment)
    && (!named || named.test(requestWords(r))));
  const kinds = p.treatment.join(' or ');
  if (!p.decided || others.length === 0) return yesNo(others.length > 0, others.map((r) => r.evidence), `${others.length > 0 ? '' : 'no '}concurrent request for ${kinds}`);
  const outcomes = others.map((r) => ctx.outcomes?.get(r));
  const met = others.filter((_, i) => outcomes[i] === 'criteria_met');
  if (met.length > 0) return { status: 'met', evidence: met.map((r) => r.evidence), notes: [`the concurrent request for ${kinds} meets its guideline`] };
  if (outcomes.every((o) => o === 'criteria_not_met')) return { status: 'not_met', evidence: others.map((r) => r.evidence), notes: [`the concurrent request for ${kinds} does not meet its guideline`] };
  return { status: 'unknown', evidence: others.map((r) => r.evidence), notes: [`the concurrent request for ${kinds} is not shown to meet its guideline`] };
}

/** Evaluates `p` for the request in `ctx`. */
export function evaluatePredicate(p: Predicate, ctx: DecideContext): PredicateResult {
  if ('all' in p) return combine(p.all.map((q) => evaluatePredicate(q, ctx)), 'all');
  if ('any' in p) return combine(p.any.map((q) => evaluatePredicate(q, ctx)), 'any');
  if ('not' in p) {
    const r = evaluatePredicate(p.not, ctx);
    return { ...r, status: r.status === 'met' ? 'not_met' : r.status === 'not_met' ? 'met' : 'unknown' };
  }
  if ('radiculopathy' in p) return checkRadiculopathy(p.radiculopathy, ctx);
  if ('examFinding' in p) return checkExamFinding(p.examFinding, ctx);
  if ('diagnosis' in p) return diagnosis(p.diagnosis, ctx);
  if ('priorTreatment' in p) return checkPriorTreatment(p.priorTreatment, ctx);
  if ('hasPriorTreatment' in p) {
    const found = findPriorTreatments(p.hasPriorTreatment, ctx);
    return yesNo(found.length > 0, found.map((t) => t.evidence), `${found.length > 0 ? '' : 'no '}prior ${p.hasPriorTreatment.treatment.join(' or ')} documented`);
  }
  if ('triedAndFailed' in p) return checkTriedAndFailed(p.triedAndFailed, ctx);
  if ('monthsSinceInjuryAtLeast' in p) return monthsSinceInjury(p.monthsSinceInjuryAtLeast, ctx);
  if ('patientAgeAtLeast' in p) {
    const { age, evidence } = ctx.facts.patient;
    if (age === null) return { status: 'unknown', evidence: [], notes: ['age not documented'] };
    return yesNo(age >= p.patientAgeAtLeast, evidence ? [evidence] : [], `age ${age}`);
  }
  if ('requestQuantityAtMost' in p) return checkQuantity(p.requestQuantityAtMost, ctx);
  if ('visitsAtMost' in p) return checkQuantity(p.visitsAtMost, ctx);
  if ('requestTextMatches' in p) return requestText(p, p.requestTextMatches, ctx);
  if ('requestNames' in p) {
    // "compounded cream (240 g)": what is in it cannot be judged from words that don't say
    const found = namedInRequest(p, p.requestNames, ctx);
    return found.length > 0
      ? { status: 'met', evidence: [ctx.request.evidence], notes: [`the request names ${quoteList(found)}`] }
      : { status: 'unknown', evidence: [ctx.request.evidence], notes: ['the request does not say what it contains'] };
  }
  if ('requestBodyPartIn' in p) {
    const bp = ctx.request.bodyPart;
    return yesNo(p.requestBodyPartIn.includes(bp), [], `body part: ${bp ?? 'not stated'}`);
  }
  if ('otherRequest' in p) return otherRequest(p.otherRequest, ctx);
  if ('painScore' in p) {
    const want = p.painScore.conditionIn;
    const hits = ctx.facts.painScores.filter((s) => !want || (s.condition !== null && want.includes(s.condition)));
    return hits.length > 0 ? { status: 'met', evidence: hits.map((s) => s.evidence), notes: [] } : { status: 'unknown', evidence: [], notes: ['no pain scores documented'] };
  }
  return checkStudyFinding(p.studyFinding, ctx);
}
