/**
 * ConText assertion of a target span of a segmented document. Each sentence is analysed once
 * (modifiers and scopes) and cached per document, so many targets in one sentence cost one pass.
 * A list item also takes the open-ended modifiers of its lead-in line ("Negative for:" followed by
 * bullets), since the segmenter makes each bullet its own sentence.
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
}

const docCache = new WeakMap<SegmentedDocument, DocCache>();

/** How far back a bullet looks for its lead-in line. */
const MAX_LIST_ITEMS = 30;

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

function contextOf(doc: SegmentedDocument, i: number, lex: Lexicons['context'], compiled: CompiledContext): SentenceContext {
  let entry = docCache.get(doc);
  if (!entry || entry.lex !== lex) {
    entry = { lex, sentences: new Array<SentenceContext | undefined>(doc.sentences.length) };
    docCache.set(doc, entry);
  }
  let ctx = entry.sentences[i];
  if (!ctx) {
    const s = doc.sentences[i]!;
    ctx = findModifiers(s.text, compiled, doc.sections[s.sectionIndex]?.name ?? null);
    entry.sentences[i] = ctx;
  }
  return ctx;
}

/** Index of the line ending in ":" that introduces the list holding sentence `i`, or -1. */
function leadInOf(doc: SegmentedDocument, i: number): number {
  const own = doc.sentences[i];
  if (!own?.listItem) return -1;
  for (let k = i - 1; k >= 0 && k >= i - MAX_LIST_ITEMS; k--) {
    const s = doc.sentences[k]!;
    if (s.sectionIndex !== own.sectionIndex) return -1;
    if (s.text.trimEnd().endsWith(':')) return k;
    if (!s.listItem) return -1;
  }
  return -1;
}

/** Modifiers of a lead-in line whose forward scope runs to its end, as reaching a later bullet. */
function carried(ctx: SentenceContext, distanceBase: number): Reached[] {
  const lastWord = ctx.tokens.findLastIndex((t) => t.word);
  return ctx.modifiers
    .filter((m) => m.scopeEnd > lastWord && m.tokEnd <= ctx.tokens.length && (m.scopeEnd > m.tokEnd || m.category === 'guideline'))
    .map((modifier) => ({ modifier, distance: distanceBase + ctx.tokens.length - modifier.tokEnd }));
}

/** Assertion of `target` (a span of `doc.text`) from the modifiers in its sentence. */
export function assertSpan(doc: SegmentedDocument, target: Span, lexicons: Lexicons): Assertion {
  const lex = lexicons.context;
  const compiled = compileContextRules(lex);
  const i = sentenceIndexAt(doc.sentences, target.start);
  const sentence = doc.sentences[i];
  if (!sentence || target.start >= sentence.end) return resolveAssertion([]);
  const ctx = contextOf(doc, i, lex, compiled);
  const end = Math.min(target.end, sentence.end);
  const reached = reachingModifiers(ctx, target.start - sentence.start, end - sentence.start).map((r) => ({
    ...r,
    text: sentence.text,
    base: sentence.start,
  }));
  const lead = leadInOf(doc, i);
  if (lead >= 0) {
    const leadSentence = doc.sentences[lead]!;
    for (const r of carried(contextOf(doc, lead, lex, compiled), i - lead)) {
      reached.push({ ...r, text: leadSentence.text, base: leadSentence.start });
    }
  }
  return resolveAssertion(reached);
}
