/**
 * Diagnosis facts: lexicon concepts found in diagnosis lists, impressions, past-medical-history
 * lists and diagnosing statements, with the canonical ICD-10-CM code (side- and level-specific
 * where the lexicon has one), the code written in the record, side, assertion and evidence.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { DiagnosisEntry } from '../../lexicons/schemas/diagnoses.js';
import type { Assertion } from '../../types/assertion.js';
import type { Cue, Diagnosis } from '../../types/facts.js';
import type { SegmentedDocument, Span } from '../../types/pipeline.js';
import type { Side } from '../../types/vocab.js';
import { makeEvidence } from '../evidence.js';
import { nextMatch } from '../../text/next-match.js';
import { assertSpan } from '../05-assert/apply-context.js';
import { compileDiagnosisLexicon, tokenKey, type CompiledDiagnosisLexicon } from './diagnoses/compile-diagnosis-lexicon.js';
import { findDiagnosisScopes, type DiagnosisScope } from './diagnoses/find-diagnosis-scopes.js';
import { matchConcepts, type ConceptMatch } from './diagnoses/match-concepts.js';
import { tokenizeDiagnosisText, type Unit } from './diagnoses/tokenize-diagnosis-text.js';
import { dropNamedFixations, fractureCourse, subsequentEncounter, unionEncounter } from './diagnoses/fracture-encounter.js';
import { giveRegionSides, giveSidesNamedElsewhere } from './diagnoses/region-sides.js';
import { refutes, refutingRules } from './refuted-diagnosis.js';

type DxAssertion = Diagnosis['assertion'];

/** Every Diagnosis fact in the document, each with evidence. */
export function findDiagnoses(doc: SegmentedDocument, lexicons: Lexicons): Diagnosis[] {
  const lex = compileDiagnosisLexicon(lexicons.diagnoses);
  const facts: Diagnosis[] = [];
  const entryOf = new Map<Diagnosis, DiagnosisEntry>();
  const seen = new Set<string>();
  // a loop rather than flatMap, which costs V8 more than the handful of scopes it joins
  const scopes: DiagnosisScope[] = [];
  for (const scope of findDiagnosisScopes(doc, lex)) {
    if (scope.mode === 'list') scopes.push(scope);
    else for (const w of narrativeWindows(doc.text, scope, lex)) scopes.push(w);
  }
  for (const scope of scopes) {
    const written = tokenizeDiagnosisText(doc.text, scope.start, scope.end, lex);
    const { units, matches, codesOnly } = matchConcepts(written, lex, scope.mode === 'list');
    const cueEnds = scope.mode === 'narrative' ? narrativeCueEnds(doc.text, scope, lex) : [];
    for (const m of matches) {
      if (m.qualifier) continue;
      const span = spanOf(units, m);
      m.nextMention = nextMentionStart(units, m, matches);
      m.prevMentionEnd = prevMentionEnd(units, m, matches);
      m.resolved = resolvedAt(doc.text, units, m, lex);
      if (scope.mode === 'narrative' && !m.written && !m.cue && !isCued(doc.text, units, m, cueEnds) && !m.resolved && !statedAfter(doc.text, units, m, lex)) continue;
      const key = `${span.start}:${span.end}`;
      if (seen.has(key) || otherPersonLine(doc, lex, span.start) || inTitle(doc, lex, span.end)) continue;
      seen.add(key);
      if (m.entry.generic && !m.written) m.entry = sentenceRegionEntry(doc.text, units, m, span, lex) ?? m.entry;
      const fact = toFact(doc, lexicons, lex, units, m, span);
      if (fact) {
        facts.push(fact);
        entryOf.set(fact, m.entry);
      }
    }
    for (const c of codesOnly) {
      const key = `${c.unit.start}:${c.unit.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const fact = codeOnlyFact(doc, lexicons, lex, c.unit);
      if (fact) facts.push(fact);
    }
  }
  inheritLimbSides(facts, entryOf);
  giveSidesNamedElsewhere(facts, entryOf, doc.text, lexicons.diagnoses);
  giveRegionSides(facts, entryOf, lexicons.diagnoses);
  const kept = dropUnspecifiedTwins(dropNamedFixations(facts, entryOf, doc.text, lexicons.diagnoses)).sort((a, b) => a.evidence.start - b.evidence.start);
  return negateRefuted(kept, doc.text, refutingRules(lexicons.context));
}

/** An unspecified code of its category: ".9", ".90" ("E11.9 type 2 diabetes mellitus without complications"). */
const UNSPECIFIED_CODE = /^[A-Z]\d\d\.90?$/;

/**
 * "Type 2 diabetes mellitus" in the history and "Type 2 diabetes mellitus with mild peripheral
 * polyneuropathy (E11.42)" in the diagnoses are one condition: a fact whose code is the unspecified
 * member of its category, with no code written for it, is dropped when the record writes a more
 * specific code of the same category for a fact of the same assertion.
 */
function dropUnspecifiedTwins(facts: readonly Diagnosis[]): Diagnosis[] {
  const coded = facts.filter((f) => f.icd10Written && f.icd10);
  if (!coded.length) return [...facts];
  return facts.filter((f) => !(f.icd10 && !f.icd10Written && UNSPECIFIED_CODE.test(f.icd10)
    && coded.some((c) => c.assertion === f.assertion && c.icd10 !== f.icd10 && c.icd10!.slice(0, 3) === f.icd10!.slice(0, 3))));
}

/**
 * A diagnosis given as present that the record later refutes ("diagnosed with ... right-sided
 * sciatica" ... "right-sided sciatica, ruled out") was never established: negated, with the refuting
 * cue (see refuted-diagnosis.ts). Facts in text order.
 */
function negateRefuted(facts: Diagnosis[], text: string, refuting: ReadonlySet<string>): Diagnosis[] {
  if (refuting.size === 0) return facts;
  return facts.map((f) => {
    if (f.assertion !== 'present') return f;
    const by = facts.find((x) => x.assertion === 'negated' && x.concept === f.concept && refutes(text, f, x, refuting));
    return by ? { ...f, assertion: 'negated', cue: by.cue ?? null } : f;
  });
}

/**
 * A sided diagnosis written without a side takes the side the document gives its limb, when the
 * document names exactly one ("Right subacromial impingement" ... "SLAP fraying of the labrum");
 * a sided diagnosis of no limb takes the one side the document gives the same diagnosis ("a bout
 * of left-sided sciatica" ... "Hx of sciatica").
 */
function inheritLimbSides(facts: Diagnosis[], entryOf: ReadonlyMap<Diagnosis, DiagnosisEntry>): void {
  const sidesByLimb = new Map<string, Set<Side>>();
  const keyOf = (e: DiagnosisEntry | undefined): string | undefined => (e ? e.limb ?? `entry:${e.id}` : undefined);
  for (const f of facts) {
    const key = keyOf(entryOf.get(f));
    if (key && f.side) sidesByLimb.set(key, (sidesByLimb.get(key) ?? new Set()).add(f.side));
  }
  facts.forEach((f, i) => {
    const entry = entryOf.get(f);
    const key = keyOf(entry);
    const sides = key ? sidesByLimb.get(key) : undefined;
    if (!entry?.codesBySide || f.side || !sides || sides.size !== 1 || f.icd10 !== entry.codesBySide.unspecified) return;
    const side = [...sides][0]!;
    facts[i] = { ...f, side, icd10: entry.codesBySide[side] };
  });
}

/**
 * Every match of the global regex `re` in `text`, as matchAll gives them, but on the shared
 * regex: matchAll clones it on every call, which costs more than the search on short scopes.
 */
function eachMatch(re: RegExp, text: string, visit: (index: number, length: number) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = nextMatch(re, text, m)) visit(m.index, m[0].length);
  re.lastIndex = 0;
}

// ICD-10 code shape, to find narrative text worth reading (the tokenizer validates codes).
const CODE_SHAPE = /\b[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?\b/g;
// How much text around a cue or code can hold the mention it belongs to.
const AFTER_CUE = 240;
const AROUND_CODE = 120;

/**
 * The parts of a narrative scope that can yield a diagnosis: text after a narrative or
 * status-post cue and text around a written code. Reading only these keeps long narratives cheap.
 */
function narrativeWindows(text: string, scope: DiagnosisScope, lex: CompiledDiagnosisLexicon): DiagnosisScope[] {
  const slice = text.slice(scope.start, scope.end);
  const spans: Array<[number, number]> = [];
  const add = (s: number, e: number): void => {
    spans.push([Math.max(0, s), Math.min(slice.length, e)]);
  };
  // the narrative cues, then the resolution words (the order spans are added in does not matter: they
  // are sorted and merged below); apart, not in one scan: the resolution pattern opens with a
  // look-behind, which a joined first pass would try at every character
  lex.narrativeCueScan.each(slice, (_, m) => add(m.index, m.index + m[0].length + AFTER_CUE));
  eachMatch(lex.resolvedAfter.re, slice, (at, length) => add(at - AROUND_CODE, at + length));
  eachMatch(lex.statusPostRe, slice, (at) => add(at, at + AFTER_CUE));
  eachMatch(CODE_SHAPE, slice, (at, length) => add(at - AROUND_CODE, at + length + AROUND_CODE));
  if (lex.conditionAfterScan && (!lex.conditionAfterWords || lex.conditionAfterWords.test(slice))) {
    eachMatch(lex.conditionAfterScan, slice, (at, length) => add(at - AROUND_CODE, at + length));
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && sp[0] <= last[1]) last[1] = Math.max(last[1], sp[1]);
    else merged.push([sp[0], sp[1]]);
  }
  // Widen each window to word edges so no word is cut in half.
  return merged.map(([s, e]) => {
    let start = scope.start + s;
    let end = scope.start + e;
    while (start > scope.start && /\w/.test(text[start - 1]!)) start--;
    while (end < scope.end && /\w/.test(text[end]!)) end++;
    return { start, end, mode: scope.mode };
  });
}

interface NarrativeCue {
  readonly end: number;
  readonly confirmAfter: RegExp | null;
}

/** Narrative cues ("history of") inside `scope`, by where they end. */
function narrativeCueEnds(text: string, scope: DiagnosisScope, lex: CompiledDiagnosisLexicon): NarrativeCue[] {
  const slice = text.slice(scope.start, scope.end);
  const out: NarrativeCue[] = [];
  lex.narrativeCueScan.each(slice, (which, m) => out.push({ end: scope.start + m.index + m[0].length, confirmAfter: lex.narrativeCues[which]!.confirmAfter }));
  return out;
}

/** True when a narrative cue precedes the mention within the same item (and is confirmed after it, when it must be). */
function isCued(text: string, units: readonly Unit[], m: ConceptMatch, cues: readonly NarrativeCue[]): boolean {
  const start = units[m.first]!.start;
  const end = units[m.last]!.end;
  const itemEnd = units.find((u) => u.itemEnd && u.start >= end)?.start ?? units[units.length - 1]?.end ?? end;
  return cues.some((cue) => {
    if (cue.end > start) return false;
    if (units.some((u) => u.itemEnd && u.start >= cue.end && u.end <= start)) return false;
    return !cue.confirmAfter || cue.confirmAfter.test(text.slice(end, itemEnd));
  });
}

/** True when words right after a narrative diagnosis (not a symptom) state it as a standing condition ("diabetes, diet-controlled"). */
function statedAfter(text: string, units: readonly Unit[], m: ConceptMatch, lex: CompiledDiagnosisLexicon): boolean {
  if (m.entry.symptom || !lex.conditionAfter) return false;
  const end = units[m.last]!.end;
  return lex.conditionAfter.test(text.slice(end, end + 80));
}

/**
 * Where a diagnosis (not a symptom) is said to have resolved just after it ("a wrist contusion
 * ... settled"), or null. A resolution word after another diagnosis named in between is that
 * one's ("osteoarthritis of the knee and a knee contusion, resolved": only the contusion), and so
 * is one right before the next diagnosis ("Healed fractures").
 */
function resolvedAt(text: string, units: readonly Unit[], m: ConceptMatch, lex: CompiledDiagnosisLexicon): Span | null {
  if (m.entry.symptom) return null;
  const end = units[m.last]!.end;
  const after = text.slice(end, end + lex.resolvedAfter.maxGap + 20);
  const hit = lex.resolvedAfterOnce.exec(after);
  if (!hit || hit.index > lex.resolvedAfter.maxGap || /[.;]/.test(after.slice(0, hit.index))) return null;
  const at = end + hit.index;
  if (at >= (m.nextMention ?? Infinity) || opensNext(text, at + hit[0].length, m.nextMention)) return null;
  return { start: at, end: at + hit[0].length };
}

/**
 * True when a word ending at `end` stands right before the next diagnosis named (only spaces
 * between): it describes that one ("... lower limb (G90.521) Healed fractures of the metatarsals",
 * a list whose rows normalization joined), not the diagnosis before it.
 */
function opensNext(text: string, end: number, nextMention: number | undefined): boolean {
  return nextMention !== undefined && nextMention !== Infinity && nextMention >= end && text.slice(end, nextMention).trim() === '';
}

/** Start of the first other (non-qualifier) diagnosis named after `m`, or Infinity. */
function nextMentionStart(units: readonly Unit[], m: ConceptMatch, all: readonly ConceptMatch[]): number {
  let next = Infinity;
  for (const o of all) if (o !== m && !o.qualifier && o.first > m.last) next = Math.min(next, units[o.first]!.start);
  return next;
}

/** End of the last other diagnosis named before `m` (not a qualifier, not a status-post procedure), or -1. */
function prevMentionEnd(units: readonly Unit[], m: ConceptMatch, all: readonly ConceptMatch[]): number {
  let prev = -1;
  for (const o of all) if (o !== m && !o.qualifier && o.entry.kind !== 'status_post' && o.last < m.first) prev = Math.max(prev, units[o.last]!.end);
  return prev;
}

/**
 * Whether every cue belongs to an earlier item of the list: a status-post cue before another
 * diagnosis that a comma separates from this one ("status post ORIF left distal radius fracture,
 * complex regional pain syndrome ...": the procedure is the first item's), or a doubt in
 * parentheses right after the diagnosis before this one ("... upper limb (suspected) and thumb numbness").
 */
function cuesOfEarlierItem(text: string, cues: readonly Cue[], m: ConceptMatch, span: Span, lex: CompiledDiagnosisLexicon): boolean {
  const prev = m.prevMentionEnd ?? -1;
  if (cues.length === 0 || prev < 0) return false;
  const comma = text.slice(prev, span.start).includes(',');
  return cues.every((c) => (comma && lex.itemOpeningRules.has(c.ruleId) && c.end <= prev)
    || (c.end <= span.start && parenOfPrevious(text, m, c.start)));
}

/**
 * Whether a cue found at `at` sits in a parenthesis right after the diagnosis before this one
 * ("... upper limb (suspected) and thumb numbness"): that doubt is the earlier item's.
 */
function parenOfPrevious(text: string, m: ConceptMatch, at: number): boolean {
  const prev = m.prevMentionEnd ?? -1;
  return prev >= 0 && prev <= at && /^\s*\(\s*$/.test(text.slice(prev, at));
}

/** The mention's span, with the side word written just before it. */
function spanOf(units: readonly Unit[], m: ConceptMatch): Span {
  let first = m.first;
  const before = units[first - 1];
  if (before?.kind === 'side') first--;
  return { start: units[first]!.start, end: units[m.last]!.end };
}

function toFact(
  doc: SegmentedDocument,
  lexicons: Lexicons,
  lex: CompiledDiagnosisLexicon,
  units: readonly Unit[],
  m: ConceptMatch,
  span: Span,
): Diagnosis | null {
  let assertion: DxAssertion;
  let cue: Cue | null;
  if (m.cue) {
    // A named past procedure is the patient's surgical history.
    const c = { start: units[m.cue.first]!.start, end: units[m.cue.last]!.end };
    assertion = 'historical';
    cue = { text: doc.text.slice(c.start, c.end), ...c, ruleId: 'diagnoses.status-post', category: 'historical' };
  } else {
    const judged = judge(doc, lexicons, lex, units, m, span);
    if (!judged) return null;
    ({ assertion, cue } = judged);
  }
  const written = m.written?.norm ?? null;
  const entry = codedEntry(m.entry, written, lex);
  // A fracture's list item says whether it is an old one or the claim's, healed or fixed (aftercare).
  const item = itemAround(units, m);
  const itemText = doc.text.slice(item.start, item.end);
  const course = fractureCourse(entry, assertion === 'historical', itemText, lex.lexicon);
  const coded = codeFor(entry, m.side, m.level, written, course === 'healing' ? 'present' : assertion, lex);
  const concept = coded.concept;
  let icd10 = course === 'healing' && coded.icd10 !== written ? subsequentEncounter(coded.icd10) : coded.icd10;
  // a fracture said not to have united (or to have united out of place) is coded by that course
  if (entry.historical && course !== 'past' && icd10 !== written) icd10 = unionEncounter(icd10, itemText, lex.lexicon);
  const evidence = makeEvidence(doc, span);
  return {
    text: evidence.text,
    concept,
    icd10,
    icd10Written: written,
    side: m.side,
    assertion,
    cue,
    evidence,
  };
}

/** A written code that labels no mention: its concept, at the code. */
function codeOnlyFact(doc: SegmentedDocument, lexicons: Lexicons, lex: CompiledDiagnosisLexicon, unit: Unit): Diagnosis | null {
  const target = lex.codes.get(unit.norm);
  if (!target) return null;
  if (otherPersonLine(doc, lex, unit.start)) return null;
  const a = assertSpan(doc, { start: unit.start, end: unit.end }, lexicons);
  if (a.guideline || a.experiencer === 'other' || (a.hypothetical && !a.possible)) return null;
  const assertion = flagsToAssertion(a);
  const side = sideOfCode(target.entry, unit.norm);
  const { concept, icd10 } = codeFor(target.entry, side, null, unit.norm, assertion, lex);
  const evidence = makeEvidence(doc, unit);
  return { text: evidence.text, concept, icd10, icd10Written: unit.norm, side, assertion, cue: a.cues[0] ?? null, evidence };
}

/** Whether the words after offset `end` make the mention part of a guideline's title ("Chronic Pain Medical Treatment Guidelines"). */
function inTitle(doc: SegmentedDocument, lex: CompiledDiagnosisLexicon, end: number): boolean {
  return lex.titleAfter?.test(doc.text.slice(end, end + 40)) ?? false;
}

/** Whether offset `at` is on a line labelled as someone else's history ("FHx: brother had sciatica, s/p microdiscectomy"). */
function otherPersonLine(doc: SegmentedDocument, lex: CompiledDiagnosisLexicon, at: number): boolean {
  if (!lex.otherPersonLine) return false;
  const lineStart = doc.text.lastIndexOf('\n', at - 1) + 1;
  return lex.otherPersonLine.test(doc.text.slice(lineStart, at));
}

function sideOfCode(entry: DiagnosisEntry, code: string): Side | null {
  const bySide = entry.codesBySide;
  if (!bySide) return null;
  if (bySide.unspecified === code) return null;
  for (const side of ['left', 'right', 'bilateral'] as const) if (bySide[side] === code) return side;
  return null;
}

function flagsToAssertion(a: Assertion): DxAssertion {
  if (a.negated) return 'negated';
  if (a.possible) return 'possible';
  if (a.historical) return 'historical';
  return 'present';
}

/**
 * Assertion from the ConText stage; when it reports no cue at all, the list item's own cues
 * (list layout defeats sentence scopes: "Cervical strain (S16.1XXA) - resolved"). Null when the
 * mention is a guideline statement, someone else's condition, or a conditional.
 */
function judge(
  doc: SegmentedDocument,
  lexicons: Lexicons,
  lex: CompiledDiagnosisLexicon,
  units: readonly Unit[],
  m: ConceptMatch,
  span: Span,
): { assertion: DxAssertion; cue: Cue | null } | null {
  const a = assertSpan(doc, span, lexicons);
  if (a.guideline || a.experiencer === 'other') return null;
  if (a.hypothetical && !a.possible && !a.negated) return null;
  // "Right thigh paresthesias - meralgia paresthetica vs. L3 radiculopathy": the dash ends the
  // symptom's item, so a differential's "vs." after it does not make the symptom possible
  const pastDash = (c: Cue): boolean => c.start >= span.end && units.some((u) => u.kind === 'boundary' && u.norm === '-' && u.start >= span.end && u.end <= c.start);
  const onlyDifferential = a.possible && !a.negated && !a.historical && a.cues.length > 0 && a.cues.every(pastDash);
  const item = itemAround(units, m);
  // a cue on an earlier row of a list ("Rule out alcohol use disorder, mild" / "Major depressive
  // disorder ...") is that row's: a sentence read across the rows carries it over
  const earlierRow = a.cues.length > 0 && a.cues.every((c) => c.end <= item.start && doc.text.slice(c.end, item.start).includes('\n'));
  const earlierItem = !a.negated && cuesOfEarlierItem(doc.text, a.cues, m, span, lex);
  if (!onlyDifferential && !earlierRow && !earlierItem && (a.negated || a.possible || a.historical)) return { assertion: flagsToAssertion(a), cue: a.cues[0] ?? null };
  // A scope opened by a cue ("the diagnosis of") starts mid-sentence: its first item reaches back to the sentence start.
  const opensLine = doc.text.slice(doc.text.lastIndexOf('\n', item.start - 1) + 1, item.start).trim() === '';
  const itemStart = item.start === units[0]?.start && !opensLine ? sentenceStart(doc.text, item.start) : item.start;
  for (const rule of lex.itemCues) {
    const region = rule.direction === 'before'
      ? { start: itemStart, end: span.start }
      : { start: span.end, end: item.end };
    if (region.end <= region.start) continue;
    const text = doc.text.slice(region.start, region.end);
    const hit = rule.re.exec(text);
    if (!hit) continue;
    // A "before" cue reaches forward only to the next comma that starts another mention.
    const cueStart = region.start + hit.index;
    if (rule.direction === 'before' && parenOfPrevious(doc.text, m, cueStart)) continue;
    if (rule.direction === 'before' && units.some((u) => u.kind === 'comma' && u.norm === ',' && u.start > cueStart && u.end <= span.start)) {
      const between = units.filter((u) => u.start > cueStart && u.end <= span.start);
      if (between.some((u, i) => u.kind === 'comma' && between.slice(i + 1).some((w) => w.kind === 'word'))) continue;
    }
    // an "after" cue past the next diagnosis named is that one's ("knee osteoarthritis and a contusion - resolved")
    if (rule.direction !== 'before' && (cueStart >= (m.nextMention ?? Infinity) || opensNext(doc.text, cueStart + hit[0].length, m.nextMention))) continue;
    const category = rule.assertion;
    return {
      assertion: rule.assertion,
      cue: { text: hit[0], start: cueStart, end: cueStart + hit[0].length, ruleId: `diagnoses.${rule.id}`, category },
    };
  }
  if (m.resolved) {
    const at = m.resolved;
    return { assertion: 'historical', cue: { text: doc.text.slice(at.start, at.end), ...at, ruleId: `diagnoses.${lex.resolvedAfter.id}`, category: 'historical' } };
  }
  return { assertion: 'present', cue: null };
}

/** Start of the sentence holding `offset` (after the last period, semicolon or blank line; at most 200 characters back). */
function sentenceStart(text: string, offset: number): number {
  const from = Math.max(0, offset - 200);
  const before = text.slice(from, offset);
  const m = /[\s\S]*(?:[.;]\s|\n\s*\n)/.exec(before);
  return m ? from + m[0].length : from;
}

/** End of the sentence holding `offset` (before the next period or semicolon, or a blank line; at most 200 characters on). */
function sentenceEnd(text: string, offset: number): number {
  const after = text.slice(offset, offset + 200);
  const m = /[.;](?:\s|$)|\n\s*\n/.exec(after);
  return m ? offset + m.index : offset + after.length;
}

/**
 * A site-unspecified mention with no region of its own ("no evidence of spondylolisthesis") in a
 * sentence whose spine regions and levels are all of one region ("Lumbar radiographs ... L4-5 and
 * L5-S1") names that region's entry, when the lexicon has one.
 */
function sentenceRegionEntry(text: string, units: readonly Unit[], m: ConceptMatch, span: Span, lex: CompiledDiagnosisLexicon): DiagnosisEntry | null {
  const tokens = units.slice(m.first, m.last + 1).filter((u) => u.kind === 'word').map((u) => u.norm);
  if (tokens.some((t) => lex.regionWords.has(t))) return null;
  const sentence = tokenizeDiagnosisText(text, sentenceStart(text, span.start), sentenceEnd(text, span.end), lex);
  const regions = new Set<string>();
  for (const u of sentence) {
    if (u.kind === 'level' && u.region) regions.add(u.region);
    else if (u.kind === 'word' && lex.regionWords.has(u.norm)) regions.add(u.norm);
  }
  if (regions.size !== 1) return null;
  const entry = lex.conditions.get(tokenKey([...tokens, ...regions]));
  return entry && entry !== m.entry ? entry : null;
}

/** Offsets of the list item holding the mention (between item-ending boundaries). */
function itemAround(units: readonly Unit[], m: ConceptMatch): Span {
  let start = units[0]?.start ?? 0;
  let end = units[units.length - 1]?.end ?? 0;
  for (let k = m.first - 1; k >= 0; k--) if (units[k]!.itemEnd) { start = units[k]!.end; break; }
  for (let k = m.last + 1; k < units.length; k++) if (units[k]!.itemEnd) { end = units[k]!.start; break; }
  return { start, end };
}

/**
 * The entry a written code names when it is another concept of the same ICD-10 category: the
 * clinician's code is more specific than our reading ("HNP L4-5 (M51.16)" is disc disease with
 * radiculopathy), and so is a code of another entry of the same `codeFamily` (sprain or strain of
 * one region). A code of another category names the condition as the clinician coded it ("S1
 * radiculopathy due to L5-S1 disc extrusion (M51.17)", "traumatic tear of the rotator cuff
 * (S46.011A)"): records code what they mean far more often than they miscode it. A symptom's
 * code on a named diagnosis leaves the diagnosis.
 */
function codedEntry(entry: DiagnosisEntry, written: string | null, lex: CompiledDiagnosisLexicon): DiagnosisEntry {
  if (!written || ownCodes(entry).includes(written)) return entry;
  const target = lex.codes.get(written);
  if (!target || target.former || target.entry.kind === 'status_post') return entry;
  // "Lumbar sprain (M54.50)": a symptom's code on a named diagnosis is a billing shortcut, not another diagnosis
  if (target.entry.symptom && !entry.symptom && !entry.generic) return entry;
  return target.entry;
}

function ownCodes(entry: DiagnosisEntry): string[] {
  return [entry.icd10, ...Object.values(entry.codesBySide ?? {}), ...Object.values(entry.codesByLevel ?? {})];
}

/**
 * Concept and canonical code: the side- or level-specific code when the lexicon has one; the
 * written code when it names the same concept (or a more specific code of its category); the
 * history code for a historical healed fracture or past gestational diabetes.
 */
function codeFor(
  entry: DiagnosisEntry,
  side: Side | null,
  level: string | null,
  written: string | null,
  assertion: DxAssertion,
  lex: CompiledDiagnosisLexicon,
): { concept: string; icd10: string } {
  if (assertion === 'historical' && entry.historical) return { ...entry.historical };
  let icd10 = entry.codesBySide ? entry.codesBySide[side ?? 'unspecified'] : entry.icd10;
  const byLevel = level ? entry.codesByLevel?.[level] : undefined;
  if (byLevel) icd10 = byLevel;
  if (written) {
    const target = lex.codes.get(written);
    if (ownCodes(entry).includes(written)) icd10 = written;
    else if (!target && written.slice(0, 3) === icd10.slice(0, 3)) icd10 = written;
  }
  return { concept: entry.concept, icd10 };
}
