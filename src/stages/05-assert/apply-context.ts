/**
 * ConText assertion of a target span of a segmented document. Each sentence is analysed once
 * (modifiers and scopes) and cached per document, so many targets in one sentence cost one pass.
 * The segmenter cuts at line ends after ";" and ":" and makes each bullet a sentence, so a
 * statement can span several sentences: a target also takes the guideline cues of its whole
 * statement (a guideline's criteria list cut at each ";"), and the open-ended forward modifiers of
 * a lead-in line ending in ":" ("Negative for:" over the bullets below it).
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Assertion } from '../../types/assertion.js';
import type { SegmentedDocument, Sentence, Span } from '../../types/pipeline.js';
import { compileContextRules, type CompiledContext } from './compile-context-rules.js';
import { findModifiers, type SentenceContext } from './find-modifiers.js';
import { reachingModifiers, resolveAssertion, type Reached } from './resolve-assertion.js';

interface DocCache {
  readonly lex: Lexicons['context'];
  readonly sentences: Array<SentenceContext | undefined>;
  /** Per sentence: the other sentences of its statement (see `chainBefore`, `chainAfter`). */
  readonly chains: Array<readonly number[] | undefined>;
}

const docCache = new WeakMap<SegmentedDocument, DocCache>();

/** How many sentences a clause chain or a list may span. */
const MAX_CHAIN = 30;

/** A sentence cut at a line ending in ";" or ":" is not finished: the next one continues it. */
function unfinished(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\n' || text[k] === '\t' || text[k] === '\r')) k--;
  return text[k] === ';' || text[k] === ':';
}

function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function cacheOf(doc: SegmentedDocument, lex: Lexicons['context']): DocCache {
  let entry = docCache.get(doc);
  if (!entry || entry.lex !== lex) {
    const n = doc.sentences.length;
    entry = { lex, sentences: new Array<SentenceContext | undefined>(n), chains: new Array<readonly number[] | undefined>(n) };
    docCache.set(doc, entry);
  }
  return entry;
}

function contextOf(doc: SegmentedDocument, i: number, entry: DocCache, compiled: CompiledContext): SentenceContext {
  let ctx = entry.sentences[i];
  if (!ctx) {
    const s = doc.sentences[i]!;
    ctx = findModifiers(s.text, compiled, doc.sections[s.sectionIndex]?.name ?? null);
    entry.sentences[i] = ctx;
  }
  return ctx;
}

/**
 * Sentences before `i` that belong to the same statement: lines ending in ";" or ":" (the
 * segmenter cuts there, e.g. a guideline's list of criteria), for a bullet the bullets above it
 * up to their lead-in line, and the sentence a report goes on from ("ACOEM states that ... . It
 * also notes that ..."; `continuation` is the lexicon's `reportContinuation`). Nearest first.
 */
function chainBefore(doc: SegmentedDocument, i: number, continuation: RegExp | null): number[] {
  const own = doc.sentences[i];
  const out: number[] = [];
  for (let k = i - 1; own && k >= 0 && k >= i - MAX_CHAIN; k--) {
    const s = doc.sentences[k]!;
    if (s.sectionIndex !== own.sectionIndex) break;
    const goesOn = continuation !== null && continuation.test(doc.sentences[k + 1]!.text);
    if (!unfinished(s.text) && !(own.listItem && s.listItem) && !goesOn) break;
    out.push(k);
  }
  return out;
}

/** Sentences after `i` that continue it (while each one before ends in ";" or ":"). */
function chainAfter(doc: SegmentedDocument, i: number): number[] {
  const out: number[] = [];
  const own = doc.sentences[i];
  for (let k = i; own && k + 1 < doc.sentences.length && k < i + MAX_CHAIN; k++) {
    const s = doc.sentences[k]!;
    const next = doc.sentences[k + 1]!;
    if (!unfinished(s.text) || next.sectionIndex !== own.sectionIndex) break;
    out.push(k + 1);
  }
  return out;
}

/** The other sentences of sentence `i`'s statement, nearest first before it, then after it; kept per document. */
function chainOf(doc: SegmentedDocument, i: number, entry: DocCache, continuation: RegExp | null): readonly number[] {
  let chain = entry.chains[i];
  if (!chain) {
    chain = chainBefore(doc, i, continuation).concat(chainAfter(doc, i));
    entry.chains[i] = chain;
  }
  return chain;
}

/**
 * Modifiers of another sentence of the same statement that reach the target: guideline cues
 * anywhere (they are statement-wide), and, from a line ending in ":", the forward modifiers whose
 * scope runs to its end ("Negative for:" over the bullets below it).
 */
function carried(ctx: SentenceContext, text: string, sentencesAway: number, before: boolean): Reached[] {
  const lastWord = ctx.tokens.findLastIndex((t) => t.word);
  const leadIn = before && text.trimEnd().endsWith(':');
  return ctx.modifiers
    .filter((m) => m.category === 'guideline' || (leadIn && m.rule.rule.direction !== 'backward' && m.scopeEnd > lastWord))
    .map((modifier) => ({
      modifier,
      // past every token of the target's own sentence, then by position in the other sentence
      distance: 1000 * sentencesAway + (before ? ctx.tokens.length - modifier.tokEnd : modifier.tokStart),
    }));
}

/** The sentence holding the target's start, or the next one when the start is in the gap before it. */
function sentenceOf(doc: SegmentedDocument, target: Span): number {
  const i = sentenceIndexAt(doc.sentences, target.start);
  const s = doc.sentences[i];
  if (s && target.start < s.end) return i;
  const next = doc.sentences[i + 1];
  return next && target.end > next.start ? i + 1 : -1;
}

/** Assertion of `target` (a span of `doc.text`) from the modifiers in its sentence. */
export function assertSpan(doc: SegmentedDocument, target: Span, lexicons: Lexicons): Assertion {
  const lex = lexicons.context;
  const compiled = compileContextRules(lex);
  const i = sentenceOf(doc, target);
  const sentence = doc.sentences[i];
  if (!sentence) return resolveAssertion([]);
  const entry = cacheOf(doc, lex);
  const ctx = contextOf(doc, i, entry, compiled);
  const start = Math.max(target.start, sentence.start) - sentence.start;
  const end = Math.min(target.end, sentence.end) - sentence.start;
  // plain literals of one shape (no spread): built for every target of every extractor
  const reached: Array<Reached & { text: string; base: number }> = [];
  for (const r of reachingModifiers(ctx, start, end)) {
    reached.push({ modifier: r.modifier, distance: r.distance, text: sentence.text, base: sentence.start });
  }
  for (const k of chainOf(doc, i, entry, compiled.reportContinuation)) {
    const other = doc.sentences[k]!;
    for (const r of carried(contextOf(doc, k, entry, compiled), other.text, Math.abs(i - k), k < i)) {
      reached.push({ modifier: r.modifier, distance: r.distance, text: other.text, base: other.start });
    }
  }
  return resolveAssertion(reached);
}
