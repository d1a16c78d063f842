/**
 * Compiles the treatment vocabulary and the treatment cues into regular expressions once per
 * lexicon object (cached in a WeakMap), so extractors never build a regex per sentence.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { TreatmentEntry } from '../../../lexicons/schemas/treatments.js';
import { TREATMENT_CUE_ROLES, type TreatmentCue, type TreatmentCueRole } from '../../../lexicons/schemas/treatment-cues.js';
import type { QuantityWords } from '../../../text/parse-quantity.js';
import type { CueFilter } from './cue-gate.js';
import { isLineAnchored } from './is-line-anchored.js';
import { lineStartChars, mayStartLine, skipsLeadingBlanks } from './line-start-gate.js';
import { buildLeadTrie, type LeadTrie } from './lead-trie.js';
import { lineReach, type LineReach } from './line-reach.js';
import { termWords, type TermWords } from './term-words.js';
import { prefixCode, shortPrefixCode, wordStartPrefixes } from './word-start-prefixes.js';
import { compileUnionTest, type UnionTest } from '../../../text/union-scan.js';

/** One compiled cue: its regex (flags `gim`, plus `d` where item spans are read), id and value. */
export interface CompiledCue {
  readonly id: string;
  readonly re: RegExp;
  readonly value: TreatmentCue['value'] | undefined;
  /** When set, the cue is skipped for texts this does not match. */
  readonly requires: RegExp | null;
  /**
   * For a pattern that can only match where a line starts (`isLineAnchored`): the same regex,
   * sticky, tried at each line start instead of scanning every position.
   */
  readonly atLineStart: RegExp | null;
  /**
   * For a line-anchored cue: the characters its match can have first on a line after the blanks
   * its `^[ \t]*` skips (`lineStartChars`); a line starting otherwise is not tried. Null: every line is.
   */
  readonly lineGate: { readonly chars: Uint8Array; readonly skipsBlanks: boolean } | null;
  /**
   * For a line-anchored cue without a `lineGate`: words one of which its match holds, at most so
   * many line breaks after its line (`lineReach`); in a long text only the lines that close
   * before such a word are tried. Null: every line is.
   */
  readonly lineReach: LineReach | null;
  /**
   * For a pattern whose matches all start a word with one of a few two- or three-letter openings
   * (`wordStartPrefixes`): the same regex, sticky, and those openings; `matchCuesAtWords` tries it
   * only at the word starts that open that way.
   */
  readonly atWordStart: {
    readonly sticky: RegExp;
    readonly prefixes: ReadonlySet<number>;
    /**
     * By the first two characters (`prefixCode` / 128) of each opening: 0 where none opens so (most
     * words are ruled out without a set lookup), 2 where a two-letter opening does (any third
     * character follows), else 1 (the set decides).
     */
    readonly pairs: Uint8Array;
  } | null;
}

/** One term as a sticky regex, tried at a word start. */
export interface TermMatcher {
  readonly re: RegExp;
  readonly entry: TreatmentEntry;
  /**
   * The term's leading letters and digits (lower case), which the regex requires verbatim up to
   * ASCII case: text that does not start with them cannot match, so the regex is not run there.
   */
  readonly lead: string;
  /** The term for `matchTermWords` (no regex call), or null when only the regex reads it. */
  readonly words: TermWords | null;
  /** The term's `termIndexKey` and its `termIndexCode` form (-1 for a key with a non-ASCII character). */
  readonly key: string;
  readonly keyCode: number;
}

/** Everything the treatment extractors match with. */
export interface CompiledTreatments {
  /**
   * Case-insensitive terms indexed by their first three letters or digits (spaces and hyphens
   * skipped), longest term first: only the few terms that can start at a word are tried there.
   */
  readonly termsByKey: ReadonlyMap<string, readonly TermMatcher[]>;
  /** The same lists keyed by `termIndexCode` of their key (ASCII keys only). */
  readonly termsByCode: ReadonlyMap<number, readonly TermMatcher[]>;
  /**
   * Every term by its `lead`, longest term first (the order of each `termsByKey` list): the terms
   * a word can start are those whose lead it opens with (and whose key is the text's).
   */
  readonly termLeads: LeadTrie<TermMatcher>;
  /** Case-sensitive abbreviations. */
  readonly abbreviations: RegExp | null;
  readonly byTerm: ReadonlyMap<string, TreatmentEntry>;
  readonly byAbbreviation: ReadonlyMap<string, TreatmentEntry>;
  readonly cues: Readonly<Record<TreatmentCueRole, readonly CompiledCue[]>>;
  readonly numberWords: Readonly<Record<string, number>>;
  /** Numbers in words of request quantities, for `parseQuantity`. */
  readonly quantityWords: QuantityWords;
  readonly significantPercent: number;
  readonly fractionPercents: Readonly<Record<string, number>>;
  /** Anaphor nouns naming no kind and the treatment nouns they may refer to (lexicon `anaphorKinds`). */
  readonly anaphorKinds: Readonly<Record<string, readonly string[]>>;
  /** Anaphor nouns that name the same course again (lexicon `sameCourseAnaphors`). */
  readonly sameCourseAnaphors: ReadonlySet<string>;
  readonly priorExcluded: ReadonlySet<string>;
  readonly medicationResponse: ReadonlySet<string>;
  /** Treatments whose different names are different devices (see the treatments lexicon). */
  readonly deviceTreatments: ReadonlySet<string>;
  /** The compounded-topical entry a written formula ("flurbiprofen 20%/lidocaine 5% cream") is a mention of; null if none. */
  readonly compoundEntry: TreatmentEntry | null;
  /** The steroid-injection entry an injection told only by its site or agents ("a right hip injection") is a mention of; null if none. */
  readonly siteInjectionEntry: TreatmentEntry | null;
  /** Per entry with `usedAs`: the words after a mention that make it another treatment, and that treatment's entry. */
  readonly usedAs: ReadonlyMap<TreatmentEntry, ReadonlyArray<{ readonly after: RegExp; readonly entry: TreatmentEntry }>>;
}

const cache = new WeakMap<object, WeakMap<object, CompiledTreatments>>();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term as a pattern: spaces match any whitespace or hyphen, a final letter allows a plural. */
function termPattern(term: string): string {
  const body = escape(term).replace(/\\-/g, '[\\s-]?').replace(/-/g, '[\\s-]?').replace(/ /g, '[\\s-]+');
  const lead = /^\w/.test(term) ? '\\b' : '';
  const tail = /[a-z]$/i.test(term) ? '(?:e?s)?\\b' : /\w$/.test(term) ? '\\b' : '';
  return `${lead}${body}${tail}`;
}

/** First three letters or digits of a phrase, lower-case, spaces and hyphens skipped. */
export function termIndexKey(text: string, at = 0): string {
  let key = '';
  for (let i = at; i < text.length && i < at + 12 && key.length < 3; i++) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '-' || ch === '\n' || ch === '\t' || ch === '\r') continue;
    key += ch.toLowerCase();
  }
  return key;
}

/** Seven bits per ASCII character: a three-character key and its length fit a small integer (no boxed number per lookup). */
const CODE_BASE = 0x80;
/** log2 of `CODE_BASE`: a code's leading characters are read with a shift (a division and floor cost more at every word). */
const CODE_BITS = 7;

/** The numeric form of an ASCII key of at most three characters: its length, then each character; -1 for other keys. */
function keyCode(key: string): number {
  if (key.length > 3 || /[^\x00-\x7f]/.test(key)) return -1;
  let code = key.length;
  for (let i = 0; i < 3; i++) code = code * CODE_BASE + (i < key.length ? key.charCodeAt(i) : 0);
  return code;
}

/**
 * `termIndexKey(text, at)` as a number, computed from character codes; -1 when the window holds a
 * non-ASCII character, whose lower case the string form must decide (it may be longer than one unit).
 */
export function termIndexCode(text: string, at: number): number {
  let n = 0;
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  for (let i = at; i < text.length && i < at + 12 && n < 3; i++) {
    let ch = text.charCodeAt(i);
    if (ch === 32 || ch === 45 || ch === 10 || ch === 9 || ch === 13) continue;
    if (ch >= 128) return -1;
    if (ch >= 65 && ch <= 90) ch += 32;
    if (n === 0) c0 = ch;
    else if (n === 1) c1 = ch;
    else c2 = ch;
    n++;
  }
  return ((n * CODE_BASE + c0) * CODE_BASE + c1) * CODE_BASE + c2;
}

/** Normal form of a matched phrase, for looking its entry up. */
export function termKey(text: string): string {
  return text.toLowerCase().replace(/[\s-]+/g, ' ').trim();
}

function compileTerms(entries: readonly TreatmentEntry[]) {
  const byTerm = new Map<string, TreatmentEntry>();
  const byAbbreviation = new Map<string, TreatmentEntry>();
  for (const e of entries) {
    for (const t of e.terms) if (!byTerm.has(termKey(t))) byTerm.set(termKey(t), e);
    for (const a of e.abbreviations ?? []) if (!byAbbreviation.has(a)) byAbbreviation.set(a, e);
  }
  const sorted = [...byTerm.keys()].sort((a, b) => b.length - a.length);
  const abbrevs = [...byAbbreviation.keys()].sort((a, b) => b.length - a.length);
  const termsByKey = new Map<string, TermMatcher[]>();
  const leads: Array<{ lead: string; value: TermMatcher }> = [];
  for (const t of sorted) {
    const key = termIndexKey(t);
    const list = termsByKey.get(key) ?? [];
    const matcher: TermMatcher = { re: new RegExp(termPattern(t), 'iy'), entry: byTerm.get(t)!, lead: /^[a-z0-9]*/.exec(t)![0], words: termWords(t), key, keyCode: keyCode(key) };
    list.push(matcher);
    leads.push({ lead: matcher.lead, value: matcher });
    termsByKey.set(key, list);
  }
  const termsByCode = new Map<number, TermMatcher[]>();
  // a key with a non-ASCII character is only ever looked up by its string (termIndexCode gives -1 there)
  for (const [key, list] of termsByKey) if (keyCode(key) >= 0) termsByCode.set(keyCode(key), list);
  return {
    termsByKey,
    termsByCode,
    termLeads: buildLeadTrie(leads),
    abbreviations: abbrevs.length ? new RegExp(`\\b(?:${abbrevs.map(escape).join('|')})\\b`, 'g') : null,
    byTerm,
    byAbbreviation,
  };
}

function compileCues(entries: readonly TreatmentCue[]): Record<TreatmentCueRole, CompiledCue[]> {
  const out = Object.fromEntries(TREATMENT_CUE_ROLES.map((r) => [r, [] as CompiledCue[]])) as Record<TreatmentCueRole, CompiledCue[]>;
  for (const e of entries) {
    // group offsets ("d") cost time on every match: only cues that name an item or verdict need them
    const flags = /\(\?<(?:item|verdict)>/.test(e.pattern) ? 'gimd' : 'gim';
    out[e.role].push({
      id: e.id, re: new RegExp(e.pattern, flags), value: e.value, requires: e.requires ? new RegExp(e.requires, 'i') : null,
      atLineStart: isLineAnchored(e.pattern) ? new RegExp(e.pattern, `${flags}y`) : null,
      lineGate: lineGate(e.pattern),
      lineReach: isLineAnchored(e.pattern) && !lineGate(e.pattern) ? lineReach(e.pattern) : null,
      atWordStart: atWordStart(e.pattern, flags),
    });
  }
  return out;
}

function lineGate(pattern: string): CompiledCue['lineGate'] {
  const chars = isLineAnchored(pattern) ? lineStartChars(pattern) : null;
  return chars ? { chars, skipsBlanks: skipsLeadingBlanks(pattern) } : null;
}

function atWordStart(pattern: string, flags: string): CompiledCue['atWordStart'] {
  const prefixes = wordStartPrefixes(pattern, 2);
  if (!prefixes) return null;
  const pairs = new Uint8Array(CODE_BASE * CODE_BASE);
  for (const code of prefixes) {
    const pair = Math.floor(code / CODE_BASE);
    pairs[pair] = code % CODE_BASE === 0 ? 2 : Math.max(pairs[pair]!, 1);
  }
  return { sticky: new RegExp(pattern, `${flags}y`), prefixes, pairs };
}

/**
 * Whether a word start with this `prefixCode` (its third character 0 when there is no ASCII third
 * character) opens as one of the cue's openings.
 */
function opensAs(aw: NonNullable<CompiledCue['atWordStart']>, code: number): boolean {
  if (code < 0) return false;
  const pair = aw.pairs[code >> CODE_BITS]!;
  return pair === 2 || (pair === 1 && aw.prefixes.has(code));
}

/** The compiled treatment lexicons for this bundle (built once per lexicon object). */
export function compileTreatmentLexicons(lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>): CompiledTreatments {
  const { treatments, treatmentCues } = lexicons;
  let inner = cache.get(treatments);
  if (!inner) cache.set(treatments, (inner = new WeakMap()));
  const hit = inner.get(treatmentCues);
  if (hit) return hit;
  const compiled: CompiledTreatments = {
    ...compileTerms(treatments.entries),
    cues: compileCues(treatmentCues.entries),
    numberWords: treatmentCues.numberWords,
    quantityWords: treatmentCues.quantityWords,
    significantPercent: treatmentCues.significantPercent,
    fractionPercents: treatmentCues.fractionPercents,
    anaphorKinds: treatmentCues.anaphorKinds,
    sameCourseAnaphors: new Set(treatmentCues.sameCourseAnaphors),
    priorExcluded: new Set(treatments.priorExcluded),
    medicationResponse: new Set(treatments.medicationResponse),
    deviceTreatments: new Set(treatments.deviceTreatments ?? []),
    compoundEntry: treatments.entries.find((e) => e.treatment === 'compounded topical' && e.drug === undefined) ?? null,
    siteInjectionEntry: treatments.entries.find((e) => e.treatment === 'steroid injection' && e.drug === undefined && e.procedure === undefined) ?? null,
    usedAs: new Map(treatments.entries.filter((e) => e.usedAs?.length).map((e) => [e, e.usedAs!.map((u) => ({ after: new RegExp(u.after, 'i'), entry: { ...e, treatment: u.treatment } }))])),
  };
  inner.set(treatmentCues, compiled);
  return compiled;
}

/** A cue match inside `text`, offsets relative to `text`. */
export interface CueMatch {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly value: TreatmentCue['value'] | undefined;
  readonly groups: Readonly<Record<string, string | undefined>>;
  /** Offsets (relative to the matched text) of each named group that took part. */
  readonly groupSpans: Readonly<Record<string, readonly [number, number] | undefined>>;
}

function toCueMatch(c: CompiledCue, m: RegExpExecArray | RegExpMatchArray): CueMatch {
  const index = m.index ?? 0;
  return {
    id: c.id, start: index, end: index + m[0].length, value: c.value, groups: m.groups ?? {},
    groupSpans: (m.indices?.groups ?? {}) as Record<string, [number, number] | undefined>,
  };
}

/** Line terminators other than "\n" (after which `^` also matches in multi-line mode). */
const RARE_TERMINATOR = /[\r\u2028\u2029]/;
const TERMINATOR = /[\n\r\u2028\u2029]/g;

/**
 * The line starts of the texts last asked about, newest first. A document's text is asked about
 * again and again between the short texts of its sentences and items, so a few are kept: one slot
 * would let every short text evict the document and rescan it.
 */
const recentLines: Array<{ readonly text: string } & Lines> = [];
/** How many texts `recentLines` keeps. */
const RECENT_LINES = 4;

/**
 * Texts up to this long (a gap, a line, a scope) are not listed in `lineStarts`: their line starts
 * are walked one by one (`lineStartFrom`), with no list to build or cache.
 */
const SHORT_LINES_TEXT = 512;

/** A line terminator (after which `^` matches in multi-line mode). */
function isTerminator(ch: number): boolean {
  return ch === 10 || ch === 13 || ch === 0x2028 || ch === 0x2029;
}

/** The first position at or after `from` where `^` matches in multi-line mode, or -1. */
function lineStartFrom(text: string, from: number): number {
  if (from === 0) return 0;
  if (from > text.length) return -1;
  if (isTerminator(text.charCodeAt(from - 1))) return from;
  for (let i = from; i < text.length; i++) if (isTerminator(text.charCodeAt(i))) return i + 1;
  return -1;
}

/** The line starts of a text, and whether "\n" is its only line terminator. */
interface Lines {
  readonly starts: readonly number[];
  readonly plain: boolean;
}

/** Every position of `text` where `^` matches in multi-line mode, in order (kept for the last few texts). */
function linesOf(text: string): Lines {
  for (const r of recentLines) if (r.text === text) return r;
  const starts = [0];
  const plain = !RARE_TERMINATOR.test(text);
  if (!plain) {
    TERMINATOR.lastIndex = 0;
    for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) starts.push(m.index + 1);
  } else {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  }
  const lines = { text, starts, plain };
  recentLines.unshift(lines);
  if (recentLines.length > RECENT_LINES) recentLines.pop();
  return lines;
}

/**
 * 1 at each line (by index into `lines.starts`) where a match of a cue with this reach can
 * start: the line of an occurrence of one of its words, or one of the `reach.lines` lines before
 * it. Null when every line must be tried: another line terminator than "\n" (a class without
 * "\n" could cross it), or a text whose lower case changes its length.
 */
function reachableLines(text: string, lines: Lines, reach: LineReach): Uint8Array | null {
  if (!lines.plain) return null;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  const { starts } = lines;
  const out = new Uint8Array(starts.length);
  for (const word of reach.words) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      // the last line starting at or before the word
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! <= at) lo = mid + 1;
        else hi = mid;
      }
      for (let k = Math.max(0, lo - 1 - reach.lines); k < lo; k++) out[k] = 1;
    }
  }
  return out;
}

/**
 * The global scan of a line-anchored cue, done line by line: its sticky regex tried at each line
 * start from where the last match ended (as the global regex goes on from `lastIndex`), stopping
 * after `limit` matches. Only line starts can match, so the matches are the global scan's.
 */
function lineStartMatches(c: CompiledCue, sticky: RegExp, text: string, limit: number, out: CueMatch[]): void {
  const gate = c.lineGate;
  if (text.length <= SHORT_LINES_TEXT) {
    let found = 0;
    for (let at = 0; at >= 0 && found < limit;) {
      sticky.lastIndex = at;
      const m = gate && !mayStartLine(text, at, gate.chars, gate.skipsBlanks) ? null : sticky.exec(text);
      if (!m) {
        at = lineStartFrom(text, at + 1);
        continue;
      }
      out.push(toCueMatch(c, m));
      found++;
      at = lineStartFrom(text, m[0].length === 0 ? at + 1 : at + m[0].length);
    }
    return;
  }
  const lines = linesOf(text);
  const starts = lines.starts;
  const reachable = c.lineReach ? reachableLines(text, lines, c.lineReach) : null;
  let found = 0;
  for (let k = 0; k < starts.length && found < limit; k++) {
    const at = starts[k]!;
    if (reachable && reachable[k] === 0) continue;
    if (gate && !mayStartLine(text, at, gate.chars, gate.skipsBlanks)) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(toCueMatch(c, m));
    found++;
    // the scan goes on where the match ended (one further after an empty match)
    const next = m[0].length === 0 ? at + 1 : at + m[0].length;
    while (k + 1 < starts.length && starts[k + 1]! < next) k++;
  }
}

/** Per cue list with two or more `requires`: one pass that tests them all, and each cue's place in it. */
interface RequiresTest {
  readonly union: UnionTest;
  readonly cues: readonly CompiledCue[];
}

const requiresTests = new WeakMap<readonly CompiledCue[], RequiresTest | null>();

/**
 * Whether each cue's `requires` holds in `text`, for a list with two or more of them (null
 * otherwise): one search of a long text (a whole document) for all of them instead of a search
 * per cue. The answers are each regex's own `test`.
 */
function requiresHeld(cues: readonly CompiledCue[], text: string): Map<CompiledCue, boolean> | null {
  let t = requiresTests.get(cues);
  if (t === undefined) {
    const withRequires = cues.filter((c) => c.requires);
    t = withRequires.length >= 2 ? { union: compileUnionTest(withRequires.map((c) => c.requires!)), cues: withRequires } : null;
    requiresTests.set(cues, t);
  }
  if (!t) return null;
  const found = t.union.test(text);
  return new Map(t.cues.map((c, i) => [c, found[i]!]));
}

/**
 * Every match of every cue of `role` in `text`, in cue order then position. `may` (a `CueGate`'s
 * filter of this text) skips cues that cannot match it.
 */
export function matchCues(cues: readonly CompiledCue[], text: string, may?: CueFilter): CueMatch[] {
  const out: CueMatch[] = [];
  const held = text.length > SHORT_LINES_TEXT ? requiresHeld(cues, text) : null;
  for (const c of cues) {
    if (may && !may(c)) continue;
    if (c.requires && !(held ? held.get(c)! : c.requires.test(text))) continue;
    if (c.atLineStart) {
      lineStartMatches(c, c.atLineStart, text, Infinity, out);
      continue;
    }
    // an exec loop on the compiled regex: matchAll would clone the regex on every call
    c.re.lastIndex = 0;
    for (let m = c.re.exec(text); m; m = c.re.exec(text)) {
      out.push(toCueMatch(c, m));
      if (m[0].length === 0) c.re.lastIndex++;
    }
  }
  return out;
}

/**
 * The word starts of a text (where `\b\w` matches), each with the `prefixCode` of its first three
 * characters in lower case (`openingCode`). Word starts no cue to be matched can open (see
 * `cueOpenings`) may be left out.
 */
export interface WordStarts {
  readonly at: readonly number[];
  readonly codes: readonly number[];
}

/**
 * `matchCues` for a text whose word starts are known: a cue whose matches all open a word in one
 * of a few ways is tried only at the word starts that open so, from where its last match ended
 * (as its global scan goes on); the others are scanned as usual. Same matches, same order.
 */
export function matchCuesAtWords(cues: readonly CompiledCue[], text: string, words: WordStarts): CueMatch[] {
  const index = wordCueIndex(cues);
  if (!index) return matchCuesAtEachWord(cues, text, words);
  // one pass over the words hands each word to the cues that may open it: each cue then reads
  // only its own few words, instead of every cue filtering every word
  const own: number[][] = index.cues.map(() => []);
  for (let k = 0; k < words.codes.length; k++) {
    const code = words.codes[k]!;
    if (code < 0) continue;
    for (let mask = index.masks[openingPair(code)]!; mask !== 0; mask &= mask - 1) {
      const bit = 31 - Math.clz32(mask & -mask);
      if (opensAs(index.cues[bit]!.atWordStart!, code)) own[bit]!.push(words.at[k]!);
    }
  }
  const out: CueMatch[] = [];
  let w = 0;
  for (const c of cues) {
    if (!c.atWordStart) {
      out.push(...matchCues([c], text));
      continue;
    }
    const starts = own[w++]!;
    if (c.requires && !c.requires.test(text)) continue;
    let from = 0;
    for (let k = 0; k < starts.length; k++) from = tryAtWord(c, text, starts[k]!, from, out);
  }
  return out;
}

/**
 * Tries a word-start cue at `at` unless an earlier match of it already covers that place; returns
 * where its next try may start (matches never overlap, as in a global scan).
 */
function tryAtWord(c: CompiledCue, text: string, at: number, from: number, out: CueMatch[]): number {
  if (at < from) return from;
  const sticky = c.atWordStart!.sticky;
  sticky.lastIndex = at;
  const m = sticky.exec(text);
  if (!m) return from;
  out.push(toCueMatch(c, m));
  return m[0].length === 0 ? at + 1 : at + m[0].length;
}

/** `matchCuesAtWords` reading every picked word for each cue (for a list with too many word-start cues for `wordCueIndex`). */
function matchCuesAtEachWord(cues: readonly CompiledCue[], text: string, words: WordStarts): CueMatch[] {
  const out: CueMatch[] = [];
  // one pass over all the words picks those any of these cues may open; each cue then reads only those
  const open = unionPairs(cues);
  const picked: number[] = [];
  for (let k = 0; k < words.codes.length; k++) {
    const code = words.codes[k]!;
    if (code >= 0 && open[code >> CODE_BITS] !== 0) picked.push(k);
  }
  for (const c of cues) {
    if (!c.atWordStart) {
      out.push(...matchCues([c], text));
      continue;
    }
    if (c.requires && !c.requires.test(text)) continue;
    const aw = c.atWordStart;
    let from = 0;
    for (const k of picked) if (opensAs(aw, words.codes[k]!)) from = tryAtWord(c, text, words.at[k]!, from, out);
  }
  return out;
}

/**
 * The word-start cues of a list (in list order) and, by opening pair (`openingPair`), a bit for
 * each of them (its place in that order) that has an opening there. Null when the list has more
 * word-start cues than a 32-bit mask holds.
 */
interface WordCueIndex {
  readonly cues: readonly CompiledCue[];
  readonly masks: Uint32Array;
}

const wordCueIndexes = new WeakMap<readonly CompiledCue[], WordCueIndex | null>();

function wordCueIndex(cues: readonly CompiledCue[]): WordCueIndex | null {
  let index = wordCueIndexes.get(cues);
  if (index === undefined) {
    const wordCues = cues.filter((c) => c.atWordStart);
    const masks = new Uint32Array(CODE_BASE * CODE_BASE);
    wordCues.forEach((c, bit) => c.atWordStart!.pairs.forEach((v, pair) => { if (v) masks[pair]! |= 1 << bit; }));
    index = wordCues.length <= 32 ? { cues: wordCues, masks } : null;
    wordCueIndexes.set(cues, index);
  }
  return index;
}

/** The slot in a cue's `pairs` (and in `cueOpenings`) of an `openingCode` (>= 0): its first two characters. */
export function openingPair(code: number): number {
  return code >> CODE_BITS;
}

/**
 * 1 at the first two characters (`openingPair`) of every opening of the word-start cues of these
 * lists: a word start marked 0 here is tried by none of them, so a caller need not list it.
 */
export function cueOpenings(lists: readonly (readonly CompiledCue[])[]): Uint8Array {
  const out = new Uint8Array(CODE_BASE * CODE_BASE);
  for (const list of lists) out.set(unionPairs(list).map((v, i) => v | out[i]!));
  return out;
}

/** The `pairs` of a role's word-start cues merged (1 where any of them has an opening), per cue list. */
const unionCache = new WeakMap<readonly CompiledCue[], Uint8Array>();

function unionPairs(cues: readonly CompiledCue[]): Uint8Array {
  let union = unionCache.get(cues);
  if (!union) {
    union = new Uint8Array(CODE_BASE * CODE_BASE);
    for (const c of cues) if (c.atWordStart) c.atWordStart.pairs.forEach((v, i) => { if (v) union![i] = 1; });
    unionCache.set(cues, union);
  }
  return union;
}

/** An ASCII character code in lower case. */
function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * The `prefixCode` of the three characters at `at` in lower case; `shortPrefixCode` of the first
 * two when the third is missing or not ASCII (only a two-letter opening can start there); -1 when
 * the first two are not ASCII characters.
 */
export function openingCode(text: string, at: number): number {
  if (at + 1 >= text.length) return -1;
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  if (a >= 128 || b >= 128) return -1;
  const d = at + 2 < text.length ? text.charCodeAt(at + 2) : 128;
  return d < 128 ? prefixCode(lower(a), lower(b), lower(d)) : shortPrefixCode(lower(a), lower(b));
}

/** The first cue (in lexicon order) that matches `text`, at its first position (`may`: as for `matchCues`). */
export function firstCue(cues: readonly CompiledCue[], text: string, may?: CueFilter): CueMatch | null {
  for (const c of cues) {
    if (may && !may(c)) continue;
    if (c.requires && !c.requires.test(text)) continue;
    if (c.atLineStart) {
      const out: CueMatch[] = [];
      lineStartMatches(c, c.atLineStart, text, 1, out);
      if (out[0]) return out[0];
      continue;
    }
    c.re.lastIndex = 0;
    const m = c.re.exec(text);
    if (m) return toCueMatch(c, m);
  }
  return null;
}

/**
 * Whether any cue matches `text`: `firstCue(...) !== null` for callers that only ask whether, at
 * the cost of a test (no match array, groups or group offsets are built).
 */
export function hasCue(cues: readonly CompiledCue[], text: string, may?: CueFilter): boolean {
  for (const c of cues) {
    if (may && !may(c)) continue;
    if (c.requires && !c.requires.test(text)) continue;
    if (c.atLineStart) {
      if (matchesAtLineStart(c, c.atLineStart, text)) return true;
      continue;
    }
    c.re.lastIndex = 0;
    if (c.re.test(text)) return true;
  }
  return false;
}

/** Whether a line-anchored cue's sticky regex matches at some line start of `text`. */
function matchesAtLineStart(c: CompiledCue, sticky: RegExp, text: string): boolean {
  const gate = c.lineGate;
  if (text.length <= SHORT_LINES_TEXT) {
    for (let at = 0; at >= 0; at = lineStartFrom(text, at + 1)) {
      if (gate && !mayStartLine(text, at, gate.chars, gate.skipsBlanks)) continue;
      sticky.lastIndex = at;
      if (sticky.test(text)) return true;
    }
    return false;
  }
  const lines = linesOf(text);
  const reachable = c.lineReach ? reachableLines(text, lines, c.lineReach) : null;
  for (let k = 0; k < lines.starts.length; k++) {
    const at = lines.starts[k]!;
    if (reachable && reachable[k] === 0) continue;
    if (gate && !mayStartLine(text, at, gate.chars, gate.skipsBlanks)) continue;
    sticky.lastIndex = at;
    if (sticky.test(text)) return true;
  }
  return false;
}

/** Reads "12", "six" or "a few" as a number via the lexicon's number words. */
export function readNumber(text: string | undefined, words: Readonly<Record<string, number>>): number | null {
  if (text === undefined) return null;
  const t = text.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return words[t] ?? null;
}

/**
 * Whether a treatment entry is never reported as a prior treatment: its kind is a diagnostic or a
 * referral (the lexicon's `priorExcluded`) and the entry is not marked as care received (`care`).
 */
export function neverPrior(c: Pick<CompiledTreatments, 'priorExcluded'>, entry: { readonly treatment: string; readonly care?: boolean | undefined }): boolean {
  return c.priorExcluded.has(entry.treatment) && !entry.care;
}
