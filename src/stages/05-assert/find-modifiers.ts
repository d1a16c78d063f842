/**
 * Finds the ConText modifiers of one sentence and their scopes. Literals are matched on tokens
 * through the compiled trie, patterns on the text; overlapping matches keep the longer one (so
 * "no increase" or "not ruled out" beats the "no" or "ruled out" inside it). Pseudo-triggers only
 * claim their words; terminators cut scopes. Scopes do not depend on the target, so a sentence is
 * analysed once however many targets it holds.
 */
import type { ContextCategory, SectionName } from '../../types/vocab.js';
import type { CompiledContext, CompiledRule, TrieNode } from './compile-context-rules.js';
import { joinedParts, tokenize, type Token } from './tokenize.js';

/** A modifier found in a sentence, with its scope over token indices. */
export interface Modifier {
  readonly rule: CompiledRule;
  readonly category: ContextCategory;
  /** Character offsets of the cue in the sentence. */
  readonly start: number;
  readonly end: number;
  /** Token span of the cue. */
  readonly tokStart: number;
  readonly tokEnd: number;
  /** Token span the modifier reaches, cue included: [scopeStart, scopeEnd). */
  readonly scopeStart: number;
  readonly scopeEnd: number;
}

/** Tokens of a sentence and its scoped modifiers (no pseudo-triggers or terminators), in text order. */
export interface SentenceContext {
  readonly tokens: readonly Token[];
  readonly modifiers: readonly Modifier[];
}

interface Match {
  readonly rule: CompiledRule;
  readonly start: number;
  readonly end: number;
  readonly tokStart: number;
  readonly tokEnd: number;
}

/**
 * For each token, the root trie node it opens (literals starting with it, patterns it enables),
 * or undefined: one look-up per token serves both the literal and the pattern readers.
 */
function openingNodes(tokens: readonly Token[], compiled: CompiledContext): Array<TrieNode | undefined> {
  const nodes = new Array<TrieNode | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i++) nodes[i] = compiled.root.next.get(tokens[i]!.text);
  return nodes;
}

/** Adds to `out` the longest literal starting at each token. */
function literalMatches(tokens: readonly Token[], opening: ReadonlyArray<TrieNode | undefined>, out: Match[]): void {
  for (let i = 0; i < tokens.length; i++) {
    let node = opening[i];
    // the longest literal starting here: only its rule and last token are kept while walking
    let bestRule: CompiledRule | null = null;
    let bestEnd = -1;
    for (let j = i; node; ) {
      if (node.rule) {
        bestRule = node.rule;
        bestEnd = j;
      }
      j++;
      const next = tokens[j];
      node = next ? node.next.get(next.text) : undefined;
    }
    if (bestRule) out.push({ rule: bestRule, start: tokens[i]!.start, end: tokens[bestEnd]!.end, tokStart: i, tokEnd: bestEnd + 1 });
  }
}

/** Index of the first token ending after `offset`. */
function tokenAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices of the patterns worth trying on a sentence whose tokens open these nodes, in lexicon order. */
function patternsToTry(tokens: readonly Token[], opening: ReadonlyArray<TrieNode | undefined>, compiled: CompiledContext): readonly number[] {
  let on: boolean[] | null = null;
  const enable = (node: TrieNode | undefined, flags: boolean[] | null): boolean[] | null => {
    if (!node?.enables) return flags;
    const f = flags ?? new Array<boolean>(compiled.patterns.length).fill(false);
    for (const i of node.enables) f[i] = true;
    return f;
  };
  for (let t = 0; t < opening.length; t++) {
    on = enable(opening[t], on);
    // a pattern's word also matches inside a joined token ("MTUS/ACOEM neck chapter supports"), so each part enables too
    const tok = tokens[t]!;
    if (tok.joined) for (const part of joinedParts(tok.text)) on = enable(compiled.root.next.get(part), on);
  }
  // alwaysTried is in lexicon order already
  if (on === null) return compiled.alwaysTried;
  for (const i of compiled.alwaysTried) on[i] = true;
  const out: number[] = [];
  for (let i = 0; i < on.length; i++) if (on[i]) out.push(i);
  return out;
}

/** The match of a pattern's regex as a token span; null when it covers no token. */
function toMatch(m: RegExpExecArray, rule: CompiledRule, tokens: readonly Token[]): Match | null {
  const start = m.index;
  const end = start + m[0].length;
  const tokStart = tokenAfter(tokens, start);
  let tokEnd = tokStart;
  while (tokEnd < tokens.length && tokens[tokEnd]!.start < end) tokEnd++;
  return tokEnd > tokStart ? { rule, start, end, tokStart, tokEnd } : null;
}

/** Adds to `out` every match of the patterns worth trying, in lexicon order. */
function patternMatches(text: string, tokens: readonly Token[], tried: readonly number[], compiled: CompiledContext, out: Match[]): void {
  // the patterns tried on every sentence are searched in one pass of their union; their matches
  // wait here (per pattern, rarely any) to be added in their place among the others
  let always = null as Match[][] | null; // (assigned in the callback: a declared type keeps it from narrowing to null)
  compiled.alwaysScan.each(text, (which, m) => {
    if (m[0].length === 0) return;
    const match = toMatch(m, compiled.patterns[compiled.alwaysTried[which]!]!.rule, tokens);
    if (match) (always ??= compiled.alwaysTried.map(() => []))[which]!.push(match);
  });
  for (const i of tried) {
    const place = compiled.alwaysPlace[i]!;
    if (place >= 0) {
      if (always) for (const match of always[place]!) out.push(match);
      continue;
    }
    const { re, rule } = compiled.patterns[i]!;
    // exec with lastIndex (the RegExp is shared and compiled once; matchAll would clone it)
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const match = toMatch(m, rule, tokens);
      if (match) out.push(match);
    }
  }
}

/** Longest first, then earliest; a match overlapping a kept one is dropped. Sorts `matches` in place. */
function resolveOverlaps(matches: Match[]): Match[] {
  if (matches.length < 2) return matches;
  const sorted = matches.sort((a, b) => b.tokEnd - b.tokStart - (a.tokEnd - a.tokStart) || a.tokStart - b.tokStart);
  const kept: Match[] = [];
  for (const m of sorted) {
    if (!kept.some((k) => m.tokStart < k.tokEnd && k.tokStart < m.tokEnd)) kept.push(m);
  }
  return kept.sort((a, b) => a.tokStart - b.tokStart);
}

/** For each token index, the terminator covering it (or null); kept matches are the terminators among `matches`. */
function terminatorMap(n: number, matches: readonly Match[]): Array<CompiledRule | null> {
  // reads past the end are undefined, which stops nothing: no terminators need no map
  let map: Array<CompiledRule | null> | null = null;
  for (const t of matches) {
    if (t.rule.terminates === null) continue;
    map ??= new Array<CompiledRule | null>(n).fill(null);
    for (let k = t.tokStart; k < t.tokEnd; k++) map[k] = t.rule;
  }
  return map ?? [];
}

function stops(term: CompiledRule | null | undefined, category: ContextCategory): boolean {
  return !!term?.terminates?.has(category);
}

/** Whether a terminator ends a backward scope of `category` (some let it run on; see `passBackward`). */
function stopsBackward(term: CompiledRule | null | undefined, category: ContextCategory): boolean {
  return stops(term, category) && !term!.passBackward?.has(category);
}

/** Whether a terminator ends a forward scope of `category` (some let it run on; see `passForward`). */
function stopsForward(term: CompiledRule | null | undefined, category: ContextCategory): boolean {
  return stops(term, category) && !term!.passForward?.has(category);
}

function forwardEnd(tokens: readonly Token[], terms: Array<CompiledRule | null>, m: Match): number {
  const cat = m.rule.rule.category;
  let words = 0;
  let k = m.tokEnd;
  for (; k < tokens.length; k++) {
    if (stopsForward(terms[k], cat)) break;
    if (tokens[k]!.word && ++words > m.rule.maxScope) break;
  }
  return k;
}

function backwardStart(tokens: readonly Token[], terms: Array<CompiledRule | null>, m: Match): number {
  const cat = m.rule.rule.category;
  let words = 0;
  let k = m.tokStart - 1;
  for (; k >= 0; k--) {
    if (stopsBackward(terms[k], cat)) break;
    if (tokens[k]!.word && ++words > m.rule.maxScope) break;
  }
  return k + 1;
}

function skipped(rule: CompiledRule, section: SectionName | null): boolean {
  return section !== null && !!rule.excludeSections?.has(section);
}

/**
 * Modifiers of `text` with their scopes. `section` (the contract name of the sentence's section)
 * lets rules that do not apply there stay silent.
 */
export function findModifiers(text: string, compiled: CompiledContext, section: SectionName | null = null): SentenceContext {
  const tokens = tokenize(text);
  const opening = openingNodes(tokens, compiled);
  const all: Match[] = [];
  literalMatches(tokens, opening, all);
  patternMatches(text, tokens, patternsToTry(tokens, opening, compiled), compiled, all);
  const matches = resolveOverlaps(section === null ? all : all.filter((m) => !skipped(m.rule, section)));
  const terms = terminatorMap(tokens.length, matches);
  const modifiers: Modifier[] = [];
  for (const m of matches) {
    const { category, direction } = m.rule.rule;
    if (direction === 'terminate' || direction === 'pseudo') continue;
    const back = direction === 'backward' || direction === 'bidirectional';
    const fwd = direction === 'forward' || direction === 'bidirectional';
    modifiers.push({
      rule: m.rule,
      category,
      start: m.start,
      end: m.end,
      tokStart: m.tokStart,
      tokEnd: m.tokEnd,
      scopeStart: back ? backwardStart(tokens, terms, m) : m.tokStart,
      scopeEnd: fwd ? forwardEnd(tokens, terms, m) : m.tokEnd,
    });
  }
  return { tokens, modifiers };
}
