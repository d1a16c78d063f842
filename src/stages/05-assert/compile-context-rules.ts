/**
 * Compiles the ConText lexicon once: literals into a token trie (longest match per start token),
 * patterns into regular expressions, scopes and terminator sets resolved from the layered
 * defaults. Cached per lexicon object, so sentences never recompile anything.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { ContextRule } from '../../lexicons/schemas/context-rules.js';
import type { ContextCategory, SectionName } from '../../types/vocab.js';
import { hoistWordBoundary } from '../../text/hoist-word-boundary.js';
import { compileUnionScan, type UnionScan } from '../../text/union-scan.js';
import { compileWordStartScan } from '../../text/word-start-scan.js';
import { tokenize } from './tokenize.js';

/** A rule with its effective scope and sets ready for lookups. */
export interface CompiledRule {
  readonly rule: ContextRule;
  /** Effective scope in word tokens (rule, else category, else file default). */
  readonly maxScope: number;
  /** For terminators, the categories they end; null for other rules. */
  readonly terminates: ReadonlySet<ContextCategory> | null;
  /** For terminators, the categories whose forward scopes pass through (their backward scopes still stop); null for none. */
  readonly passForward: ReadonlySet<ContextCategory> | null;
  /** For terminators, the categories whose backward scopes pass through (their forward scopes still stop); null for none. */
  readonly passBackward: ReadonlySet<ContextCategory> | null;
  readonly excludeSections: ReadonlySet<SectionName> | null;
}

/** A node of the literal trie, keyed by token text. */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  rule: CompiledRule | null;
  /**
   * On the root's children only: indices of the patterns this token enables (see `anyToken`),
   * so one look-up per token serves both the literals and the patterns.
   */
  enables: number[] | null;
}

/** A pattern rule: its regular expression and the tokens one of which must be present. */
export interface CompiledPattern {
  readonly re: RegExp;
  readonly rule: CompiledRule;
  readonly anyToken: readonly string[] | null;
}

export interface CompiledContext {
  readonly root: TrieNode;
  readonly patterns: readonly CompiledPattern[];
  /** Patterns without `anyToken`: tried on every sentence. */
  readonly alwaysTried: readonly number[];
  /** The `alwaysTried` patterns searched together, in one pass over a sentence (see union-scan.ts). */
  readonly alwaysScan: UnionScan;
  /** For each pattern, its place in `alwaysTried`, or -1. */
  readonly alwaysPlace: readonly number[];
  /** The lexicon's `reportContinuation` (a sentence that goes on reporting the one before it), or null. */
  readonly reportContinuation: RegExp | null;
}

type ContextLexicon = Lexicons['context'];

/** Every category a terminator ends unless it lists its own: guideline statements are sentence-wide. */
const TERMINABLE: readonly ContextCategory[] = ['negated', 'possible', 'hypothetical', 'historical', 'other_experiencer'];

const cache = new WeakMap<ContextLexicon, CompiledContext>();

function compileRule(lex: ContextLexicon, rule: ContextRule): CompiledRule {
  const maxScope = rule.maxScope ?? lex.categoryMaxScope?.[rule.category] ?? lex.defaultMaxScope;
  return {
    rule,
    maxScope,
    terminates: rule.category === 'terminate' ? new Set(rule.terminates ?? TERMINABLE) : null,
    passForward: rule.passForward ? new Set(rule.passForward) : null,
    passBackward: rule.passBackward ? new Set(rule.passBackward) : null,
    excludeSections: rule.excludeSections ? new Set(rule.excludeSections) : null,
  };
}

function insert(root: TrieNode, literal: string, rule: CompiledRule): void {
  let node = root;
  for (const tok of tokenize(literal)) {
    let child = node.next.get(tok.text);
    if (!child) {
      child = { next: new Map(), rule: null, enables: null };
      node.next.set(tok.text, child);
    }
    node = child;
  }
  if (node !== root) node.rule = rule;
}

/**
 * One scan of `regexes` in two parts: those that open with a word boundary searched with it
 * tested once for all (see word-start-scan.ts), the others as a union. Each regex still yields
 * exactly its own exec loop's matches; only the order the two parts are visited in differs from
 * one union's, and `patternMatches` files them by pattern anyway.
 */
function splitScan(regexes: readonly RegExp[]): UnionScan {
  const atWord: number[] = [];
  const other: number[] = [];
  regexes.forEach((re, i) => (re.source.startsWith('\\b') ? atWord : other).push(i));
  if (atWord.length === 0 || other.length === 0) return compileUnionScan(regexes);
  const words = compileWordStartScan(atWord.map((i) => regexes[i]!));
  const rest = compileUnionScan(other.map((i) => regexes[i]!));
  return {
    each(text, visit) {
      words.each(text, (which, m) => visit(atWord[which]!, m));
      rest.each(text, (which, m) => visit(other[which]!, m));
    },
  };
}

/** The compiled form of `lex`, built on first use and cached by identity. */
export function compileContextRules(lex: ContextLexicon): CompiledContext {
  const hit = cache.get(lex);
  if (hit) return hit;
  const root: TrieNode = { next: new Map(), rule: null, enables: null };
  const patterns: CompiledPattern[] = [];
  for (const rule of lex.entries) {
    const compiled = compileRule(lex, rule);
    if (rule.literal !== undefined) insert(root, rule.literal, compiled);
    else if (rule.pattern !== undefined) {
      // a shared leading word boundary written once: the search is faster (see hoist-word-boundary.ts)
      patterns.push({ re: new RegExp(hoistWordBoundary(rule.pattern), 'gi'), rule: compiled, anyToken: rule.anyToken ?? null });
    }
  }
  const alwaysTried: number[] = [];
  patterns.forEach((p, i) => {
    if (p.anyToken === null) alwaysTried.push(i);
    else {
      for (const t of p.anyToken) {
        let child = root.next.get(t);
        if (!child) root.next.set(t, (child = { next: new Map(), rule: null, enables: null }));
        (child.enables ??= []).push(i);
      }
    }
  });
  const alwaysPlace = patterns.map((_, i) => alwaysTried.indexOf(i));
  const alwaysScan = splitScan(alwaysTried.map((i) => patterns[i]!.re));
  const reportContinuation = lex.reportContinuation ? new RegExp(lex.reportContinuation) : null;
  const out: CompiledContext = { root, patterns, alwaysTried, alwaysScan, alwaysPlace, reportContinuation };
  cache.set(lex, out);
  return out;
}
