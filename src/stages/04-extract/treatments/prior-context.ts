/**
 * Whether a treatment mention describes care already received (or ongoing) for this claim:
 * not in a section about the decision, guidelines, documents or work status; not a requested or
 * proposed treatment unless it is being continued; not declined, never done, or non-industrial;
 * not a letterhead; and not negated, hypothetical, a guideline statement or someone else's.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { SegmentedDocument, Sentence, Span } from '../../../types/pipeline.js';
import type { SectionName } from '../../../types/vocab.js';
import { assertSpan } from '../../05-assert/apply-context.js';
import { compileTreatmentLexicons, hasCue, matchCues, neverPrior, type CompiledTreatments } from './compile-treatment-lexicons.js';
import { cueGate, type CueFilter, type CueGate } from './cue-gate.js';
import type { TreatmentMention } from './find-treatment-mentions.js';
import { responseCueSpans } from './classify-response.js';

/** Sections that state decisions, guidelines, records lists or restrictions, not care received. */
const NOT_CARE_SECTIONS: ReadonlySet<SectionName> = new Set([
  'decision', 'rationale', 'documents_reviewed', 'determination_process', 'reviewer_qualifications', 'work_status',
]);
/** Sections of planned care: a treatment there is prior only when it is being continued. */
const PLAN_SECTIONS: ReadonlySet<SectionName> = new Set(['plan', 'treatment_plan']);

/** What the context check needs besides the mention. */
export interface PriorContext {
  readonly doc: SegmentedDocument;
  readonly sentence: Sentence;
  /** Spans of request items; a treatment inside one is prior only when continued. */
  readonly requestSpans: readonly Span[];
  /**
   * Spans of guideline citations ("Guideline: MTUS ..., Epidural steroid injections (ESIs), page 46")
   * and of a UR item's rationale paragraph ("- Rationale: Cervical collars are not recommended ..."):
   * a treatment there names a guideline topic, not care received.
   */
  readonly citationSpans?: readonly Span[];
  readonly lexicons: Lexicons;
}

/**
 * Gates (`cueGate`) of the cues `mayBePrior` and `requestedAfter` read: those read in a sentence or a part of it
 * (its text before the mention, the mention's scope), and the letterhead cues read in a line.
 * Cues cost a regex run per mention; most sentences and lines lack their words.
 */
interface PriorGates {
  readonly sentence: CueGate;
  readonly line: CueGate;
}

const gatesByLexicon = new WeakMap<CompiledTreatments, PriorGates>();

function priorGates(c: CompiledTreatments): PriorGates {
  let gates = gatesByLexicon.get(c);
  if (!gates) {
    const sentence = cueGate([...c.cues['continue-context'], ...c.cues['refill-context'], ...c.cues['request-context'], ...c.cues['explicit-request'], ...c.cues['not-received-before'], ...c.cues['not-received-after']]);
    gatesByLexicon.set(c, (gates = { sentence, line: cueGate(c.cues['letterhead-line']) }));
  }
  return gates;
}

/** The last sentence text gated and its filter: the units of one sentence are checked one after another. */
let lastGated: { readonly text: string; readonly gates: PriorGates; readonly may: CueFilter } | null = null;

/**
 * The gate's filter of a sentence's text. A cue whose words the sentence lacks cannot match any
 * part of it either, so the filter serves every slice of the sentence.
 */
function sentenceFilter(text: string, gates: PriorGates): CueFilter {
  if (lastGated?.text !== text || lastGated.gates !== gates) lastGated = { text, gates, may: gates.sentence.open(text) };
  return lastGated.may;
}

function lineOf(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Start of the last match of `role` in `prefix`, or -1 (`may`: as for `matchCues`). */
function lastCueStart(prefix: string, ctx: PriorContext, role: 'request-context' | 'continue-context', may?: CueFilter): number {
  return matchCues(compileTreatmentLexicons(ctx.lexicons).cues[role], prefix, may).reduce((a, m) => Math.max(a, m.start), -1);
}

/** How far before a treatment a refill cue may end ("a refill of the " is 16 characters). */
const REFILL_REACH = 40;

/**
 * Start of the last continue cue in `prefix` (the sentence up to the mention), or -1; a refill cue
 * counts only where it ends right before the mention ("Refill Norco"): it names that one drug.
 */
function lastContinueStart(prefix: string, ctx: PriorContext, may?: CueFilter): number {
  let cont = lastCueStart(prefix, ctx, 'continue-context', may);
  // "requested hydrocodone #45 to continue the taper; acupuncture, 6 sessions; and a TENS unit": a continue
  // cue inside one item of a requested list (a ";" after it, a request cue before it) continues that item only
  if (cont >= 0 && prefix.indexOf(';', cont) >= 0 && lastCueStart(prefix.slice(0, cont), ctx, 'request-context', may) >= 0) cont = -1;
  const from = Math.max(0, prefix.length - REFILL_REACH);
  const tail = prefix.slice(from);
  const refill = matchCues(compileTreatmentLexicons(ctx.lexicons).cues['refill-context'], tail, may).find((m) => m.end === tail.length);
  return refill ? Math.max(cont, from + refill.start) : cont;
}

/**
 * A negation that only belongs to a response phrase ("no relief") or tells of a course that ended
 * ("she no longer needs tramadol") does not negate the treatment.
 */
function assertedAbsent(m: TreatmentMention, ctx: PriorContext): boolean {
  const a = assertSpan(ctx.doc, m, ctx.lexicons);
  if (a.guideline || a.hypothetical || a.experiencer === 'other') return true;
  if (!a.negated) return false;
  const s = ctx.sentence;
  const text = ctx.doc.text.slice(s.start, s.end);
  const waived = [...responseCueSpans(text, ctx.lexicons), ...matchCues(compileTreatmentLexicons(ctx.lexicons).cues['course-stopped'], text)];
  const responses = waived.map((r) => ({ start: r.start + s.start, end: r.end + s.start }));
  const negations = a.cues.filter((cue) => cue.category === 'negated');
  return !negations.every((cue) => responses.some((r) => cue.start < r.end && r.start < cue.end));
}

/** Where a paragraph ends and another begins: a blank line, or a line opening with a label ("O: ...") or a list number. */
const PARAGRAPH_TURN = /\n[ \t]*(?:\n|[A-Z][A-Za-z /&]{0,30}:|\d{1,2}[.)][ \t])/;
/** How far into a sentence its opening label may reach ("Interval: he continues ..."). */
const TURN_REACH = 34;

/** False for sentences of decision, rationale, records-list and work-status sections and of a family history: they tell of no care the patient received. */
export function isCareSentence(doc: SegmentedDocument, sentence: Sentence, lexicons: Lexicons): boolean {
  const section = doc.sections[sentence.sectionIndex];
  if (section?.name && NOT_CARE_SECTIONS.has(section.name)) return false;
  // a family history: relatives' care, to the end of its paragraph (a missed header after it must not stretch it over the plan)
  return !(section?.header && hasCue(compileTreatmentLexicons(lexicons).cues['not-care-header'], section.header)
    && !PARAGRAPH_TURN.test(doc.text.slice(section.bodyStart, Math.min(sentence.end, sentence.start + TURN_REACH))));
}

/** True for a sentence of a plan section: care proposed there is received only when continued. */
export function inPlanSection(doc: SegmentedDocument, sentence: Sentence): boolean {
  const name = doc.sections[sentence.sectionIndex]?.name;
  return !!name && PLAN_SECTIONS.has(name);
}

/**
 * Whether `m` (in `ctx.sentence`) may be a treatment received or ongoing for the claim, apart
 * from the one check a stated response waives (`requestedAfter`): false when the mention is no
 * prior treatment however the sentence reads, so a reader may skip a sentence none of whose
 * treatments passes. The checks are pure tests joined by "and", so their order is free.
 */
export function mayBePrior(m: TreatmentMention, scopeText: string, ctx: PriorContext): boolean {
  const { doc, sentence } = ctx;
  const c = compileTreatmentLexicons(ctx.lexicons);
  if (neverPrior(c, m.entry)) return false;
  const section = doc.sections[sentence.sectionIndex]?.name ?? null;
  if (section && NOT_CARE_SECTIONS.has(section)) return false;
  const gates = priorGates(c);
  const line = lineOf(doc.text, m.start);
  if (!/[a-z]/.test(line) || hasCue(c.cues['letterhead-line'], line, gates.line.open(line))) return false; // letterheads and titles
  const prefix = doc.text.slice(sentence.start, m.start);
  const may = sentenceFilter(sentence.text, gates);
  if (ctx.citationSpans?.some((r) => m.start >= r.start && m.end <= r.end)) return false;
  const inRequest = ctx.requestSpans.some((r) => m.start >= r.start && m.end <= r.end);
  const lastContinue = lastContinueStart(prefix, ctx, may);
  if (((section && PLAN_SECTIONS.has(section)) || inRequest) && lastContinue < 0) return false;
  // "Medial unloader brace (DME) - request authorization": the whole sentence is a request
  if (lastContinue < 0 && hasCue(c.cues['explicit-request'], sentence.text, may)) return false;
  if (hasCue(c.cues['not-received-before'], prefix, may) || hasCue(c.cues['not-received-after'], scopeText, may)) return false;
  return !assertedAbsent(m, ctx);
}

/**
 * The check a stated response waives ("was referred for physical therapy, which helped": a
 * stated response means it was received): the last request cue before the mention comes after
 * the last continue cue.
 */
export function requestedAfter(m: TreatmentMention, ctx: PriorContext): boolean {
  const prefix = ctx.doc.text.slice(ctx.sentence.start, m.start);
  const may = sentenceFilter(ctx.sentence.text, priorGates(compileTreatmentLexicons(ctx.lexicons)));
  // with no request cue (-1) none can come after a continue cue: those are not looked for
  const request = lastCueStart(prefix, ctx, 'request-context', may);
  return request >= 0 && request > lastContinueStart(prefix, ctx, may);
}
