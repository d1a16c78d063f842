/**
 * Requests: every treatment the document asks for or disputes. An IMR letter's requests are its
 * decision items (with the determination and the guidelines the reviewer relied on); other
 * documents' are the items of their plan / request-for-authorization sections and UR tables,
 * "continue" medications and home exercise included, conditional future treatment excluded;
 * without any of these (an IMR letter without its decision block), the requests the clinical
 * summary tells of ("The provider requested X and a refill of Y"). A UR
 * letter's per-item guideline criteria attach to the matching request; its certified /
 * non-certified decisions are not IMR determinations and stay null.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { GuidelineRef, TreatmentRequest } from '../../types/facts.js';
import type { SegmentedDocument } from '../../types/pipeline.js';
import { makeEvidence } from '../evidence.js';
import { assertSpan } from '../05-assert/apply-context.js';
import { compileTreatmentLexicons, firstCue, hasCue, matchCues, type CompiledTreatments } from './treatments/compile-treatment-lexicons.js';
import { describeRequest, requestQuantity } from './treatments/describe-request.js';
import { documentCueMatches } from './treatments/document-cues.js';
import { findDecisionItems } from './treatments/find-decision-items.js';
import { findNarrativeRequests, findRequestItems, type RequestCandidate } from './treatments/find-request-items.js';
import { documentMentions, findTreatmentMentions, mentionsBetween } from './treatments/find-treatment-mentions.js';
import { parseGuidelineCitation } from './treatments/parse-guideline-citation.js';
import { isCareSentence } from './treatments/prior-context.js';
import { parseQuantity, type QuantityWords } from '../../text/parse-quantity.js';

const requestKey = (r: Pick<TreatmentRequest, 'treatment' | 'drug' | 'procedure'>): string =>
  `${r.treatment}|${r.drug ?? ''}|${r.procedure ?? ''}`;

/** Whitespace that `\s+` → " " would change: a run of two, or one other than a plain space. */
const SPACE_TO_COLLAPSE = /\s\s|[^\S ]/;

/**
 * The text on one line: whitespace runs as single spaces, trimmed. Most items are already so,
 * and a test is cheaper than a replace that rewrites every single space with itself.
 */
function oneLine(text: string): string {
  return (SPACE_TO_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

function fromDecisionItems(doc: SegmentedDocument, lexicons: Lexicons): TreatmentRequest[] {
  return findDecisionItems(doc, lexicons).map((d) => {
    const text = doc.text.slice(d.item.start, d.item.end);
    const head = findTreatmentMentions(text, lexicons, d.item.start).find((m) => !m.weak) ?? null;
    const request: TreatmentRequest = {
      treatment: head?.entry.treatment ?? 'other',
      ...describeRequest(text, head, lexicons),
      text: oneLine(text),
      determination: d.determination,
      guidelines: [...d.guidelines],
      ...(d.claimsAdministratorGuidelines.length ? { claimsAdministratorGuidelines: [...d.claimsAdministratorGuidelines] } : {}),
      evidence: makeEvidence(doc, d.item),
    };
    return d.verdict ? { ...request, determinationEvidence: makeEvidence(doc, d.verdict) } : request;
  });
}

/** A request candidate the assertion stage says is only hypothetical or negated is dropped. */
function stillRequested(doc: SegmentedDocument, cand: RequestCandidate, lexicons: Lexicons): boolean {
  const a = assertSpan(doc, cand.mention, lexicons);
  return !(a.negated || a.hypothetical || a.guideline || a.experiencer === 'other');
}

function fromRequestItems(doc: SegmentedDocument, lexicons: Lexicons): TreatmentRequest[] {
  const mentions = documentMentions(doc, lexicons);
  const items = findRequestItems(doc, lexicons, mentions);
  return (items.length ? items : findNarrativeRequests(doc, lexicons, mentions))
    .filter((cand) => cand.origin !== 'plan' || stillRequested(doc, cand, lexicons))
    .map((cand) => {
      const text = doc.text.slice(cand.span.start, cand.span.end);
      // a quantity the request's own words lack may be written later in its item ("Gabapentin and
      // naproxen, #60 each"), never before it: "tramadol ..., #60, with a urine drug screen" asks for one screen
      const rest = doc.text.slice(cand.span.start, cand.item.end);
      const parts = describeRequest(text, cand.mention, lexicons);
      return {
        treatment: cand.mention.entry.treatment,
        ...parts,
        quantity: parts.quantity ?? requestQuantity(rest, lexicons),
        text: oneLine(text),
        determination: null,
        guidelines: [],
        evidence: makeEvidence(doc, cand.span),
      };
    });
}

/** UR letters: "ITEM n: ..." blocks carry guideline criteria for the request they name. */
function attachUrGuidelines(doc: SegmentedDocument, requests: TreatmentRequest[], lexicons: Lexicons): void {
  const c = compileTreatmentLexicons(lexicons);
  const items = [...documentCueMatches(doc, c.cues['ur-item'])].sort((a, b) => a.start - b.start);
  items.forEach((it, i) => {
    const head = findTreatmentMentions(doc.text.slice(it.start, it.end), lexicons).find((m) => !m.weak);
    const target = head && requests.find((r) => requestKey(r) === requestKey({ treatment: head.entry.treatment, drug: head.entry.drug, procedure: head.entry.procedure }));
    if (!target) return;
    const block = doc.text.slice(it.end, items[i + 1]?.start ?? doc.text.length);
    for (const cite of blockCitations(block, c)) {
      for (const ref of parseGuidelineCitation(cite, lexicons)) addGuideline(target.guidelines, ref);
    }
  });
}

/**
 * The citations of one UR item block: its labeled criteria lines, else a citation that opens the
 * block without a label (only on its first line: later lines are the reviewer's reasoning).
 */
function blockCitations(block: string, c: CompiledTreatments): string[] {
  const labeled = matchCues(c.cues['guideline-citation'], block).map((m) => m.groups.cite ?? '');
  if (labeled.length) return labeled;
  const bare = firstCue(c.cues['ur-citation'], block);
  const firstLineEnd = block.indexOf('\n', block.search(/\S/));
  return bare && (firstLineEnd < 0 || bare.start < firstLineEnd) ? [bare.groups.cite ?? ''] : [];
}

function addGuideline(list: GuidelineRef[], ref: GuidelineRef): void {
  if (!list.some((g) => g.source === ref.source && g.text === ref.text && g.pages === ref.pages)) list.push(ref);
}

/**
 * One request per treatment: a repetition with the same treatment, drug and procedure and the
 * same (or an unstated) body part adds its determination and guidelines to the first.
 */
function mergeRequests(requests: readonly TreatmentRequest[]): TreatmentRequest[] {
  const out: TreatmentRequest[] = [];
  // each kept request's key, built once (a merge keeps the first request's treatment, drug and procedure)
  const keys: string[] = [];
  for (const r of requests) {
    const key = requestKey(r);
    const samePart = (o: TreatmentRequest): boolean => o.bodyPart === r.bodyPart || !o.bodyPart || !r.bodyPart;
    // two names of one operation ("knee arthroscopy with partial meniscectomy") are one request
    const i = out.findIndex((o, k) => samePart(o) && (keys[k] === key || (o.treatment === 'surgery' && r.treatment === 'surgery')));
    if (i < 0) {
      out.push({ ...r, guidelines: [...r.guidelines] });
      keys.push(key);
      continue;
    }
    const same = out[i]!;
    const merged: TreatmentRequest = {
      ...same,
      bodyPart: same.bodyPart ?? r.bodyPart,
      quantity: same.quantity ?? r.quantity,
      determination: same.determination ?? r.determination,
      guidelines: [...same.guidelines],
    };
    for (const g of r.guidelines) addGuideline(merged.guidelines, g);
    out[i] = merged;
  }
  return out;
}

/** Every TreatmentRequest fact in the document, each with evidence. */
export function findRequests(doc: SegmentedDocument, lexicons: Lexicons): TreatmentRequest[] {
  const c = compileTreatmentLexicons(lexicons);
  const words = c.quantityWords;
  const decided = fromDecisionItems(doc, lexicons);
  if (decided.length) return withWeaning(doc, operatedParts(partsFromSummary(mergeRequests(decided), doc, lexicons), c), lexicons).map((r) => withQuantityValue(r, words));
  const requests = mergeRequests(fromRequestItems(doc, lexicons));
  attachUrGuidelines(doc, requests, lexicons);
  return withWeaning(doc, operatedParts(requests, c), lexicons).map((r) => withQuantityValue(r, words));
}

/**
 * "The provider requested hydrocodone/APAP 10/325 mg #45 to continue the taper": a requested
 * medication that a sentence of the record's own account names with a taper (the lexicon's
 * `weaning` cues) is a weaning request. The sentence must name the same drug (or, for a request
 * without one, the same treatment); a decision or its rationale ("weaning is recommended") does not count.
 */
function withWeaning(doc: SegmentedDocument, requests: TreatmentRequest[], lexicons: Lexicons): TreatmentRequest[] {
  const c = compileTreatmentLexicons(lexicons);
  const cues = c.cues.weaning;
  if (!cues.length || !requests.some((r) => c.medicationResponse.has(r.treatment))) return requests;
  // the sentences that tell a taper, each with its cue and the treatments it names (found once for all requests)
  const mentions = documentMentions(doc, lexicons);
  const tapers = doc.sentences.flatMap((s, i) => {
    // the record's own account of the care (not a decision, its rationale or a records list)
    if (!isCareSentence(doc, s, lexicons)) return [];
    const cue = firstCue(cues, s.text);
    // "MODIFIED - #30 certified for weaning": a reviewer's verdict that allows a taper is no taper asked for
    if (!cue || hasCue(c.cues.verdict, s.text) || hasCue(c.cues['table-verdict'], s.text)) return [];
    const named = mentionsBetween(mentions, s.start, s.end).filter((m) => !m.weak);
    // "Oxycodone ... had been prescribed four times daily since 2017. In September 2018 the treating
    // physician began a taper": a taper that names no care is of the medication the sentence before names
    const prev = doc.sentences[i - 1];
    const before = !named.length && prev && prev.sectionIndex === s.sectionIndex
      ? mentionsBetween(mentions, prev.start, prev.end).filter((m) => !m.weak && c.medicationResponse.has(m.entry.treatment)) : [];
    return [{ cue: { start: s.start + cue.start, end: s.start + cue.end }, named: named.length ? named : before }];
  });
  return requests.map((r) => {
    if (!c.medicationResponse.has(r.treatment)) return r;
    const told = tapers.find((t) => t.named.some((m) => m.entry.treatment === r.treatment && (!r.drug || m.entry.drug === r.drug)));
    return told ? { ...r, weaning: true, weaningEvidence: makeEvidence(doc, told.cue) } : r;
  });
}

/**
 * A disputed item whose decision heading names no body part ("Diclofenac sodium 1% gel (Voltaren
 * Gel) 100 g") takes the part the letter's summary gives the same request ("... 100 g for the low
 * back"), when the summary names requests of that treatment with exactly one part.
 */
function partsFromSummary(decided: TreatmentRequest[], doc: SegmentedDocument, lexicons: Lexicons): TreatmentRequest[] {
  if (decided.every((r) => r.bodyPart)) return decided;
  const described = fromRequestItems(doc, lexicons);
  return decided.map((r) => {
    if (r.bodyPart) return r;
    // by treatment: the summary may name the product otherwise ("Voltaren Gel" for "diclofenac sodium 1% gel")
    const parts = new Set(described.filter((d) => d.bodyPart && d.treatment === r.treatment).map((d) => d.bodyPart));
    const [part] = [...parts];
    return parts.size === 1 && part ? { ...r, bodyPart: part } : r;
  });
}

/**
 * "Eight sessions of post-operative occupational therapy" beside a requested carpal tunnel release:
 * care after an operation (an `operative-phase` cue with value "true" in its text) that names no
 * body part is for the part of the operation requested with it, when the requested operations are
 * all of one part.
 */
function operatedParts(requests: TreatmentRequest[], c: CompiledTreatments): TreatmentRequest[] {
  const parts = new Set(requests.filter((r) => r.treatment === 'surgery').map((r) => r.bodyPart));
  const [part] = [...parts];
  if (parts.size !== 1 || !part) return requests;
  return requests.map((r) => (r.treatment === 'surgery' || r.bodyPart
    || !matchCues(c.cues['operative-phase'], r.text).some((m) => m.value === 'true') ? r : { ...r, bodyPart: part }));
}

/**
 * The request with `quantityValue` (placed after `quantity`): its written quantity read as one
 * number, else an explicit count in its text; numbers in words included.
 */
function withQuantityValue(r: TreatmentRequest, words: QuantityWords): TreatmentRequest {
  const value = r.quantity ? parseQuantity(r.quantity, false, words) : parseQuantity(r.text, true, words);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    out[k] = v;
    if (k === 'quantity') out.quantityValue = value;
  }
  return out as TreatmentRequest;
}
