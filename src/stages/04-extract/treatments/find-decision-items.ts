/**
 * IMR decision items in the three letter formats: "<item>:  Upheld" (2014), "1. Is <item>
 * medically necessary and appropriate?" with a Yes/No answer (2015+), and "1) MAXIMUS ... has
 * determined the request for <item> is (not) medically necessary" (2013). Each item gets its
 * determination and the guidelines the IMR reviewer relied on, read from the item's own block
 * (the 2013 format repeats each item under "Regarding the request for <item>:"; there an expert
 * reviewer who adopts the claims administrator's guideline points at that citation).
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { GuidelineRef } from '../../../types/facts.js';
import type { SegmentedDocument, Span } from '../../../types/pipeline.js';
import type { Determination } from '../../../types/vocab.js';
import { compileTreatmentLexicons, firstCue, hasCue, matchCues, type CompiledCue, type CompiledTreatments, type CueMatch } from './compile-treatment-lexicons.js';
import { parseGuidelineCitation } from './parse-guideline-citation.js';

/** One disputed item of an IMR letter. */
export interface DecisionItem {
  /** The item as written. */
  readonly item: Span;
  readonly determination: Determination | null;
  readonly verdict: Span | null;
  readonly guidelines: readonly GuidelineRef[];
  /** The claims administrator's (UR's) citations, kept apart: the reviewer did not rely on them. */
  readonly claimsAdministratorGuidelines: readonly GuidelineRef[];
}

interface Anchor { readonly key: string; readonly start: number; readonly item: Span; readonly verdict: Span | null; readonly verdictText: string | null }

/**
 * Item text reduced for matching its repetitions: no leading article, letters and digits only
 * ("a 28 day program" = "28 day program"; OCR's "20% /cyclo..." = "20%/cyclo...").
 */
function itemKey(text: string): string {
  return text.toLowerCase().trim().replace(/^(?:a|an|the)\s+/, '').replace(/[^a-z0-9]+/g, '');
}

function groupSpan(m: CueMatch, name: string): Span | null {
  const g = m.groupSpans[name];
  return g ? { start: g[0], end: g[1] } : null;
}

/** Per compiled lexicon, the decision-item cues then the guideline-block cues, as one list. */
const anchorCueLists = new WeakMap<CompiledTreatments, readonly CompiledCue[]>();

/**
 * The cues an anchor is read from, in one list: `matchCues` then tests their `requires` in one
 * pass over the document (see `requiresHeld`) instead of one pass per cue.
 */
function anchorCues(c: CompiledTreatments): readonly CompiledCue[] {
  let list = anchorCueLists.get(c);
  if (!list) anchorCueLists.set(c, (list = [...c.cues['decision-item'], ...c.cues['guideline-block']]));
  return list;
}

function anchorsOf(text: string, c: CompiledTreatments): Anchor[] {
  const out: Anchor[] = [];
  // in cue order, then position (as the roles one after the other), before the stable sort
  for (const m of matchCues(anchorCues(c), text)) {
    const item = groupSpan(m, 'item');
    if (!item) continue;
    const verdict = groupSpan(m, 'verdict');
    out.push({ key: itemKey(text.slice(item.start, item.end)), start: m.start, item, verdict, verdictText: verdict ? text.slice(verdict.start, verdict.end) : null });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The citations of one item block; a deferring expert reviewer takes the claims administrator's. */
function blockGuidelines(block: string, c: CompiledTreatments, lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>): GuidelineRef[] {
  const refs: GuidelineRef[] = [];
  const defers = hasCue(c.cues['guideline-defer'], block);
  if (defers) refs.push(...parseGuidelineCitation(firstCue(c.cues['guideline-claims-admin'], block)?.groups.cite ?? '', lexicons));
  for (const m of matchCues(c.cues['guideline-citation'], block)) {
    const cite = m.groups.cite ?? '';
    if (!hasCue(c.cues['guideline-defer'], cite)) refs.push(...parseGuidelineCitation(cite, lexicons));
  }
  return refs;
}

/** The claims administrator's citation in one item block ("Claims Administrator guideline: ..."). */
function claimsAdminGuidelines(block: string, c: CompiledTreatments, lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>): GuidelineRef[] {
  return parseGuidelineCitation(firstCue(c.cues['guideline-claims-admin'], block)?.groups.cite ?? '', lexicons);
}

function verdictOf(text: string | null, c: CompiledTreatments): Determination | null {
  if (!text) return null;
  return (firstCue(c.cues.verdict, text.trim())?.value ?? null) as Determination | null;
}

const sameRef = (a: GuidelineRef, b: GuidelineRef): boolean => a.source === b.source && a.text === b.text && a.pages === b.pages;

/** Results per document object and compiled lexicon: the request and prior-treatment stages both ask. */
const byDocument = new WeakMap<SegmentedDocument, WeakMap<CompiledTreatments, DecisionItem[]>>();

/**
 * Every disputed item of an IMR letter, once each, in order of first appearance. Found once per
 * document (documents are immutable); callers must not mutate the items.
 */
export function findDecisionItems(doc: SegmentedDocument, lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>): DecisionItem[] {
  const c = compileTreatmentLexicons(lexicons);
  let inner = byDocument.get(doc);
  if (!inner) byDocument.set(doc, (inner = new WeakMap()));
  let found = inner.get(c);
  if (!found) inner.set(c, (found = decisionItems(doc, c, lexicons)));
  return [...found];
}

function decisionItems(doc: SegmentedDocument, c: CompiledTreatments, lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>): DecisionItem[] {
  const anchors = anchorsOf(doc.text, c);
  const byKey = new Map<string, { item: Span; determination: Determination | null; verdict: Span | null; guidelines: GuidelineRef[]; claimsAdministratorGuidelines: GuidelineRef[] }>();
  anchors.forEach((a, i) => {
    const blockEnd = anchors[i + 1]?.start ?? doc.text.length;
    const block = doc.text.slice(a.item.end, blockEnd);
    const refs = blockGuidelines(block, c, lexicons);
    let entry = byKey.get(a.key);
    if (!entry) {
      if (!a.verdict) return; // a block heading without a decision line of its own
      byKey.set(a.key, (entry = { item: a.item, determination: null, verdict: null, guidelines: [], claimsAdministratorGuidelines: [] }));
    }
    if (!entry.determination && a.verdict) {
      entry.determination = verdictOf(a.verdictText, c);
      entry.verdict = a.verdict;
    }
    for (const r of refs) if (!entry.guidelines.some((g) => sameRef(g, r))) entry.guidelines.push(r);
    for (const r of claimsAdminGuidelines(block, c, lexicons)) {
      if (!entry.claimsAdministratorGuidelines.some((g) => sameRef(g, r))) entry.claimsAdministratorGuidelines.push(r);
    }
  });
  return [...byKey.values()];
}
