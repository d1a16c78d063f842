/**
 * Prior treatments: everything already received or ongoing for the claim, current medications
 * included, one per course of care (one per drug; a dated series of injections as separate
 * courses), each with the response the record states: relief percent and how long it lasted,
 * functional improvement when stated, and date, body part, side and sessions when stated.
 * Analgesics whose own response is not stated take the difference between pain rated with and
 * without medication.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { PriorTreatment } from '../../types/facts.js';
import type { SegmentedDocument, Span } from '../../types/pipeline.js';
import { makeEvidence, sectionIndexAt } from '../evidence.js';
import { compileTreatmentLexicons, firstCue, hasCue, matchCues, neverPrior, type CompiledTreatments, type CueMatch } from './treatments/compile-treatment-lexicons.js';
import { findDecisionItems } from './treatments/find-decision-items.js';
import { findRequestItems } from './treatments/find-request-items.js';
import { earlierEpisode, type ClaimInjury } from './treatments/earlier-episode.js';
import { documentMentions, mentionsBetween, type TreatmentMention } from './treatments/find-treatment-mentions.js';
import { joinBrokenSentences } from './treatments/join-broken-sentences.js';
import { firstStated, mergePriorTreatments, responseCandidate, type PriorCourse } from './treatments/merge-prior-treatments.js';
import { ownCareCandidate, ownCareTreatment } from './treatments/own-care-response.js';
import { inPlanSection, isCareSentence, mayBePrior, requestedAfter, type PriorContext } from './treatments/prior-context.js';
import { readPriorSentence, type PriorCandidate, type PriorReading } from './treatments/read-prior-sentence.js';

/**
 * Sections where a treatment names a condition or dates a finding ("S/p arthroscopy, 06/12/2014"
 * in a diagnosis list or impression, "ankle jerk unchanged since the surgery" in the exam): such a mention adds
 * to a course of care the record tells of elsewhere but is not one by itself.
 */
const SUPPORTING_SECTIONS: ReadonlySet<string> = new Set(['diagnoses', 'assessment', 'physical_exam']);
/**
 * True when the last inline label of a chart note between `from` and `at` ("CC: ... HPI: ...",
 * "EXAM: ...", "PLAN - ...": labels section detection does not take for headers) is a history label
 * (the lexicon's `inline-label` cues, value true): a treatment after it is told as care received,
 * even where the detected section is a supporting one (an earlier visit's exam).
 */
function afterHistoryLabel(text: string, from: number, at: number, cues: CompiledTreatments['cues']): boolean {
  let last: CueMatch | null = null;
  for (const m of matchCues(cues['inline-label'], text.slice(from, at))) if (!last || m.start >= last.start) last = m;
  return last?.value === 'true';
}

/** Header ids of an operative report's own procedure list: the operation it reports, not earlier care. */
const SUPPORTING_HEADERS: ReadonlySet<string> = new Set(['operative-description']);

/**
 * True when a section's own header is a list lead (the lexicon's `supporting-lead` cues: a past
 * surgical history lists operations of any cause): a treatment under it adds to a course told
 * elsewhere but does not start one.
 */
function listHeader(header: string | null | undefined, cues: CompiledTreatments['cues']): boolean {
  return !!header && hasCue(cues['supporting-lead'], header);
}

/**
 * Whether a treatment is told as given after an operation (true) or before one (false): the last
 * `operative-phase` cue from the sentence's start through the mention ("before surgery he had PT",
 * "post-operative therapy"), else the first one after it in its clause ("PT before surgery").
 */
function operativePhase(text: string, sentenceStart: number, cand: PriorCandidate, cues: CompiledTreatments['cues']): boolean | undefined {
  const pick = (from: number, to: number, later: boolean): CueMatch | null => matchCues(cues['operative-phase'], text.slice(from, Math.max(from, to)))
    .reduce<CueMatch | null>((a, m) => (!a || (later ? m.start >= a.start : m.start < a.start) ? m : a), null);
  const m = pick(sentenceStart, cand.mention.end, true) ?? pick(cand.mention.end, cand.scope.end, false);
  return m ? m.value === 'true' : undefined;
}

/** Request items and IMR decision lines (also where section detection missed the decision header). */
function requestSpans(doc: SegmentedDocument, lexicons: Lexicons, mentions: readonly TreatmentMention[]): Span[] {
  return [...findRequestItems(doc, lexicons, mentions).map((r) => r.item), ...findDecisionItems(doc, lexicons).map((d) => d.item)];
}

function candidates(doc: SegmentedDocument, lexicons: Lexicons, injury: ClaimInjury | undefined): PriorCandidate[] {
  const mentions = documentMentions(doc, lexicons);
  const spans = requestSpans(doc, lexicons, mentions);
  const sentences = joinBrokenSentences(doc);
  const compiled = compileTreatmentLexicons(lexicons);
  const { cues } = compiled;
  const citations = [...matchCues(cues['guideline-citation'], doc.text), ...matchCues(cues['rationale-paragraph'], doc.text)]
    .map((m) => ({ start: m.start, end: m.end }));
  const inSentence = (i: number): TreatmentMention[] => {
    const s = sentences[i];
    return s ? mentionsBetween(mentions, s.start, s.end) : [];
  };
  const out: PriorCandidate[] = [];
  let own: TreatmentMention | null | undefined;
  sentences.forEach((sentence, i) => {
    const ms = inSentence(i);
    if (!ms.length) {
      // "40% better since starting care" in a chiropractor's own report: the response of its own course
      if (own === undefined) own = ownCareTreatment(doc, mentions, lexicons);
      const mine = own && isCareSentence(doc, sentence, lexicons) && !inPlanSection(doc, sentence) ? ownCareCandidate(sentence, own, lexicons) : null;
      if (mine) out.push(mine);
      return;
    }
    if (!isCareSentence(doc, sentence, lexicons)) return;
    // care for an earlier episode that resolved before the injury is listed (the record tells it
    // as received), marked so that it is kept apart from the claim's own courses of the same care
    const earlier = !!injury && earlierEpisode(sentence.text, injury, lexicons);
    // only never-prior treatments named (imaging, consultations): every candidate would fail
    // mayBePrior's first check, so the sentence is not read at all
    if (ms.every((m) => neverPrior(compiled, m.entry))) return;
    const nextSentence = sentences[i + 1];
    // a response may be told in the next sentence of the same paragraph, never across a blank line
    const sameParagraph = nextSentence && !/\n[ \t]*\n/.test(doc.text.slice(sentence.end, nextSentence.start));
    const next = nextSentence && sameParagraph && nextSentence.sectionIndex === sentence.sectionIndex && !inSentence(i + 1).some((m) => !m.weak) ? nextSentence : null;
    const ctx: PriorContext = { doc, sentence, requestSpans: spans, citationSpans: citations, lexicons };
    const section = doc.sections[sentence.sectionIndex];
    const supporting = (SUPPORTING_SECTIONS.has(section?.name ?? '') && !afterHistoryLabel(doc.text, section?.bodyStart ?? 0, sentence.start, cues))
      || SUPPORTING_HEADERS.has(section?.headerId ?? '') || listHeader(section?.header, cues);
    // a prior treatment passes mayBePrior (what holds however the sentence reads, asked once per
    // unit before anything is read) and, unless a response is stated after it (a stated response
    // means it was received), is not requested after its last continue cue
    const received = new Map<TreatmentMention, boolean>();
    const mayKeep = (u: TreatmentMention, scope: Span): boolean => {
      let ok = received.get(u);
      if (ok === undefined) received.set(u, (ok = mayBePrior(u, doc.text.slice(scope.start, scope.end), ctx)));
      return ok;
    };
    const prior = (r: PriorReading): boolean => mayKeep(r.mention, r.scope)
      && ((r.reading.cue !== null && r.reading.cue.start >= r.mention.end) || !requestedAfter(r.mention, ctx));
    for (const cand of readPriorSentence(doc, sentence, ms, next, lexicons, prior, mayKeep)) {
      const listed = hasCue(cues['supporting-lead'], doc.text.slice(sentence.start, cand.mention.start));
      const phase = operativePhase(doc.text, sentence.start, cand, cues);
      const phased = phase === undefined ? cand : { ...cand, postOperative: phase };
      const read = earlier ? { ...phased, earlierEpisode: true } : phased;
      // read like a weak reference: it adds its date to a course told elsewhere, never starts one
      out.push(supporting || listed ? { ...read, mention: { ...read.mention, weak: true } } : read);
    }
  });
  return out;
}

/** True when pain is rated lower with medication than without, outside decision and rationale text. */
function medicationHelps(doc: SegmentedDocument, lexicons: Lexicons): boolean {
  const c = compileTreatmentLexicons(lexicons);
  const quoting = new Set(['decision', 'rationale']);
  const inCare = (at: number): boolean => !quoting.has(doc.sections[sectionIndexAt(doc, at)]?.name ?? '');
  // "8/10, which comes down to 6/10 after her morning dose" (score4, score5) gives both scores at once
  const scores = matchCues(c.cues['med-pain-score'], doc.text).filter((m) => inCare(m.start)).flatMap((m) => m.groups.score4 !== undefined
    ? [{ score: Number(m.groups.score4), without: true }, { score: Number(m.groups.score5), without: false }]
    : [{ score: Number(m.groups.score ?? m.groups.score2 ?? m.groups.score3), without: /out/i.test(m.groups.cond ?? m.groups.cond2 ?? '') }]);
  const withMed = scores.filter((s) => !s.without).map((s) => s.score);
  const without = scores.filter((s) => s.without).map((s) => s.score);
  return withMed.length > 0 && without.length > 0 && Math.min(...withMed) < Math.max(...without);
}

function toFact(doc: SegmentedDocument, course: PriorCourse, medicationRelief: () => boolean, lexicons: Lexicons): PriorTreatment {
  const head = course.candidates.find((c) => !c.mention.weak) ?? course.candidates[0]!;
  const said = responseCandidate(course);
  const entry = head.mention.entry;
  const drug = firstStated(course, (c) => c.mention.entry.drug);
  const procedure = firstStated(course, (c) => c.mention.entry.procedure);
  const takesMedicationRelief = said.reading.response === 'unknown'
    && compileTreatmentLexicons(lexicons).medicationResponse.has(entry.treatment) && medicationRelief();
  return {
    treatment: entry.treatment,
    ...(drug ? { drug } : {}),
    ...(procedure ? { procedure } : {}),
    bodyPart: firstStated(course, (c) => c.bodyPart),
    side: firstStated(course, (c) => c.side),
    date: firstStated(course, (c) => c.date),
    response: takesMedicationRelief ? 'partial_relief' : said.reading.response,
    reliefPercent: said.reading.reliefPercent,
    durationWeeks: said.reading.durationWeeks ?? firstStated(course, (c) => c.reading.durationWeeks),
    functionalImprovement: firstStated(course, (c) => c.reading.functionalImprovement),
    sessions: firstStated(course, (c) => c.sessions),
    ...(course.candidates.some((c) => c.earlierEpisode) ? { earlierEpisode: true } : {}),
    evidence: makeEvidence(doc, said.evidence),
  };
}

/**
 * Every PriorTreatment fact in the document, each with evidence. `injury`, when given, dates the
 * claim: care told of an episode that resolved before it is marked `earlierEpisode` (a course of its
 * own, which the decision step does not count as care for the claim).
 */
export function findPriorTreatments(doc: SegmentedDocument, lexicons: Lexicons, injury?: ClaimInjury): PriorTreatment[] {
  const courses = mergePriorTreatments(candidates(doc, lexicons, injury), compileTreatmentLexicons(lexicons).deviceTreatments);
  // the pain scores with and without medication are read only if an analgesic states no response
  let helps: boolean | null = null;
  const medicationRelief = (): boolean => (helps ??= medicationHelps(doc, lexicons));
  return courses.map((course) => toFact(doc, course, medicationRelief, lexicons));
}
