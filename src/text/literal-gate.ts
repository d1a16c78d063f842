/**
 * A cheap pre-test for a lexicon regex, derived from its source: the literal words every match
 * must contain. A sentence that lacks them cannot match, so the regex (often a long alternation
 * with `[^.;]{0,40}?` scans, tried at every position) need not run on it. The gate is only ever
 * a necessary condition: where the source is too clever to read (look-arounds, classes, escapes,
 * optional parts) it demands less, never more, so results stay exactly those of the regex.
 *
 * Used by the body-part, radiculopathy and injury extractors. The exam extractor keeps its own,
 * narrower gate (exam/literal-gate.ts: only letter-free literals, no lower-casing), measured
 * cheaper for its line-start cues; folding the two readers into one is open work.
 */
import { lowerBound } from './lower-bound.js';

/** One parsed piece of a regex sequence, with the least number of times it must occur. */
type Element =
  | { readonly kind: 'char'; readonly ch: string; readonly min: number; readonly repeats: boolean }
  | { readonly kind: 'group'; readonly alts: Element[][]; readonly min: number; readonly repeats: boolean; readonly look: boolean; readonly negative: boolean }
  | { readonly kind: 'zero' } // \b, ^, $: match no text, so they can be stepped over
  | { readonly kind: 'other' };

/** Every match contains one of these strings (lower-cased when the regex ignores case). */
type AnyOf = ReadonlyArray<string>;
/** A match of some alternative must contain one string of each of its sets. */
type Requirement = ReadonlyArray<ReadonlyArray<AnyOf>>;

/** A test that is false only when `text` cannot hold a match of the regex. */
export interface LiteralGate {
  /** `lower` is `text.toLowerCase()`, passed in so one sentence is lowered once for many gates. */
  (text: string, lower: string): boolean;
}

const ALWAYS: LiteralGate = () => true;

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  /** Alternatives up to the end of the source or the `)` that closes the current group. */
  alternation(): Element[][] {
    const alts: Element[][] = [[]];
    while (this.i < this.src.length) {
      const ch = this.src[this.i]!;
      if (ch === ')') break;
      if (ch === '|') { this.i++; alts.push([]); continue; }
      alts[alts.length - 1]!.push(this.element());
    }
    return alts;
  }

  /** One atom and its quantifier. */
  private element(): Element {
    const src = this.src;
    const ch = src[this.i]!;
    if (ch === '(') {
      let look = false;
      let negative = false;
      if (src.startsWith('(?:', this.i)) this.i += 3;
      else if (src.startsWith('(?=', this.i) || src.startsWith('(?!', this.i)) { negative = src[this.i + 2] === '!'; this.i += 3; look = true; }
      else if (src.startsWith('(?<=', this.i) || src.startsWith('(?<!', this.i)) { negative = src[this.i + 3] === '!'; this.i += 4; look = true; }
      else if (src.startsWith('(?<', this.i)) this.i = src.indexOf('>', this.i) + 1;
      else if (src.startsWith('(?', this.i)) { this.skipGroup(); return { kind: 'other' }; } // modifiers etc.: unread
      else this.i += 1;
      const alts = this.alternation();
      this.i++; // ')'
      const q = this.quantifier();
      return { kind: 'group', alts, look, negative, ...q };
    }
    if (ch === '[') {
      const from = this.i;
      this.skipClass();
      const members = smallClass(src.slice(from, this.i));
      const q = this.quantifier();
      // "n['’]t": a class of a few plain signs reads as their alternation
      return members ? { kind: 'group', alts: members.map((m) => [{ kind: 'char', ch: m, min: 1, repeats: false }]), look: false, negative: false, ...q } : { kind: 'other' };
    }
    if (ch === '\\') {
      const next = src[this.i + 1] ?? '';
      if (next === 'b' || next === 'B') { this.i += 2; return { kind: 'zero' }; }
      const hex = /^\\(?:u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2}))/.exec(src.slice(this.i, this.i + 6));
      if (hex) { // "\u2192": the arrow itself
        this.i += hex[0].length;
        return { kind: 'char', ch: String.fromCharCode(parseInt(hex[1] ?? hex[2]!, 16)), ...this.quantifier() };
      }
      if (/[A-Za-z0-9]/.test(next)) { this.skipEscape(); this.quantifier(); return { kind: 'other' }; }
      this.i += 2; // an escaped sign stands for itself
      return { kind: 'char', ch: next, ...this.quantifier() };
    }
    this.i++;
    if (ch === '^' || ch === '$') return { kind: 'zero' };
    if (ch === '.') { this.quantifier(); return { kind: 'other' }; }
    return { kind: 'char', ch, ...this.quantifier() };
  }

  /** The quantifier after an atom, if any, as its least count and whether it may repeat. */
  private quantifier(): { min: number; repeats: boolean } {
    const src = this.src;
    const q = src[this.i];
    let out = { min: 1, repeats: false };
    if (q === '?' || q === '*' || q === '+') {
      this.i++;
      out = { min: q === '+' ? 1 : 0, repeats: q !== '?' };
    } else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.i));
      if (!m) return out; // a literal brace: read next as a char
      this.i += m[0].length;
      out = { min: Number(m[1]), repeats: m[2] !== undefined && m[3] !== m[1] };
    } else return out;
    if (src[this.i] === '?') this.i++; // lazy
    return out;
  }

  private skipClass(): void {
    this.i++;
    if (this.src[this.i] === ']') this.i++;
    while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
    this.i++;
  }

  private skipEscape(): void {
    const src = this.src;
    const kind = src[this.i + 1]!;
    this.i += 2;
    if (kind === 'u') this.i += src[this.i] === '{' ? src.indexOf('}', this.i) + 1 - this.i : 4;
    else if (kind === 'x') this.i += 2;
    else if (kind === 'c') this.i += 1;
    else if (kind === 'k' && src[this.i] === '<') this.i = src.indexOf('>', this.i) + 1;
    else if ((kind === 'p' || kind === 'P') && src[this.i] === '{') this.i = src.indexOf('}', this.i) + 1;
    else if (/\d/.test(kind)) while (/\d/.test(src[this.i] ?? '')) this.i++;
  }

  private skipGroup(): void {
    let depth = 0;
    while (this.i < this.src.length) {
      const ch = this.src[this.i]!;
      if (ch === '\\') { this.i += 2; continue; }
      if (ch === '[') { this.skipClass(); continue; }
      this.i++;
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
    }
    this.quantifier();
  }
}

/** The members of a class like `['’]` (at most four plain signs, no ranges or escapes), else null. */
function smallClass(cls: string): string[] | null {
  const inner = cls.slice(1, -1);
  if (!inner || inner.length > 4 || /[\\\-^\]]/.test(inner)) return null;
  return [...inner];
}

/** The strings one of which every match of `seq` starts with, or null if it has no literal start. */
function prefixes(seq: ReadonlyArray<Element>): string[] | null {
  let run = '';
  for (const e of seq) {
    if (e.kind === 'zero' || (e.kind === 'group' && e.look)) continue; // they consume nothing
    if (e.kind === 'other') break;
    if (e.kind === 'char') {
      if (e.min === 0) break;
      run += e.ch;
      if (e.repeats) break;
      continue;
    }
    if (e.min === 0) break;
    const inner = e.alts.map(prefixes);
    if (inner.some((p) => p === null)) break;
    return (inner as string[][]).flat().map((p) => run + p);
  }
  return run ? [run] : null;
}

/**
 * The sets of strings a match of this alternative must contain (each set: one of them). With
 * `looks`, what a positive look-around requires counts too: it must match in the same text.
 */
function requiredSets(seq: ReadonlyArray<Element>, looks = false): AnyOf[] {
  const sets: AnyOf[] = [];
  let run = '';
  const flush = (): void => { if (run) sets.push([run]); run = ''; };
  for (const e of seq) {
    if (e.kind === 'char' && e.min > 0) {
      run += e.ch;
      if (e.repeats) flush();
      continue;
    }
    if (e.kind === 'zero') continue; // a run may go on across it
    if (e.kind === 'group' && e.look) {
      // it consumes nothing, so a run goes on across it; its own requirement stands apart
      if (looks && !e.negative && e.min > 0) sets.push(...groupSets(e.alts, looks));
      continue;
    }
    flush();
    if (e.kind !== 'group' || e.min === 0) continue;
    sets.push(...groupSets(e.alts, looks));
  }
  flush();
  return sets;
}

/** The sets a required group's alternatives demand. */
function groupSets(alts: ReadonlyArray<ReadonlyArray<Element>>, looks: boolean): AnyOf[] {
  if (alts.length === 1) return requiredSets(alts[0]!, looks);
  const inner = alts.map(prefixes);
  if (inner.every((p) => p !== null)) return [(inner as string[][]).flat()];
  // an alternative with no literal start: each alternative's own least likely set, together
  // ("(?:wore\s+off|(?:about\s+)?(?:a|one)\s+days?\s+of\s+relief)": "wore" or "relief")
  const own = alts.map((alt) => leastLikely(requiredSets(alt, looks)));
  return own.every((set) => set !== null) ? [(own as AnyOf[]).flat()] : [];
}

/**
 * The least likely of an alternative's sets whose strings all survive `requirement`'s filters
 * (long enough, no letter that may fold differently), or null.
 */
function leastLikely(sets: readonly AnyOf[]): AnyOf | null {
  const usable = sets.filter((set) => set.every((s) => s.length >= MIN_LENGTH && CASELESS.test(s)));
  return usable.length ? [...usable].sort((x, y) => passChance(x) - passChance(y))[0]! : null;
}

/** How much of a regex a requirement reads (the defaults keep the cheapest gate for most users). */
export interface RequirementOptions {
  /** Read positive look-arounds too (patterns that open with a long look-behind need it). */
  readonly lookarounds?: boolean;
  /** Sets kept per alternative, least likely first. */
  readonly maxSets?: number;
  /** The shortest word kept (signs are always kept); 2 keeps "10" for a pattern tried on few sentences. */
  readonly minLength?: number;
}

/** The requirement of a whole regex source: one entry per top-level alternative. */
export function requirement(source: string, ignoreCase: boolean, options: RequirementOptions = {}): Requirement | null {
  const parser = new Parser(source);
  const alts = parser.alternation();
  if (parser.i < source.length) return null; // unbalanced: read nothing
  const out: AnyOf[][] = [];
  for (const alt of alts) {
    const sets = requiredSets(alt, options.lookarounds ?? false)
      .map((set) => (ignoreCase ? set.map((s) => s.toLowerCase()) : [...set]))
      // a letter outside ASCII may fold differently in toLowerCase and in the regex: demand nothing of it
      .filter((set) => !ignoreCase || set.every((s) => CASELESS.test(s)))
      .filter((set) => set.every((s) => s.length >= (options.minLength ?? MIN_LENGTH) || /[^a-z0-9 ]/.test(s)))
      .map(minimalSet)
      .sort((x, y) => passChance(x) - passChance(y))
      .slice(0, options.maxSets ?? MAX_SETS);
    if (sets.length === 0) return null; // this alternative can match without any literal
    out.push(sets);
  }
  return out;
}

/** ASCII, or signs without case (arrows, dashes, quotes), which lower-casing leaves alone. */
const CASELESS = /^(?:[\x00-\x7f]|[\p{P}\p{Sm}])*$/u;
/** Shorter words ("to", "it") are in nearly every sentence: they sift out nothing (signs like "->" are kept). */
const MIN_LENGTH = 3;
/** Sets kept per alternative: the likeliest to fail decides almost every sentence, more cost time. */
const MAX_SETS = 1;

/** A set without the strings that contain another of it ("radiates" goes when "radiat" is there). */
function minimalSet(set: AnyOf): AnyOf {
  const unique = [...new Set(set)];
  return unique.filter((s) => !unique.some((t) => t !== s && s.includes(t)));
}

/**
 * A rough chance that some string of the set occurs in a sentence: short strings occur often;
 * spaces count for nothing (" the " is as common as "the"), and signs other than letters and
 * digits ("->") as rare as a few more letters.
 */
function passChance(set: AnyOf): number {
  return set.reduce((sum, s) => sum + 0.25 ** Math.min(s.replace(/ /g, '').length + (/[^a-z0-9 ]/.test(s) ? 3 : 0), 6) * 4, 0);
}

/**
 * The gate of a regex: false only for text that holds no match of it. Sets are tested with
 * `includes` on the lowered text (or the text itself when the regex minds case).
 */
export function literalGate(re: RegExp, options: RequirementOptions = {}): LiteralGate {
  const ignoreCase = re.flags.includes('i');
  // with the u or v flag, case folding maps some non-ASCII letters to ASCII ones (ſ to s, K to k)
  if (ignoreCase && (re.unicode || re.flags.includes('v'))) return ALWAYS;
  const req = requirement(re.source, ignoreCase, options);
  if (!req) return ALWAYS;
  const holds = (hay: string): boolean => req.some((sets) => sets.every((set) => set.some((s) => hay.includes(s))));
  return ignoreCase ? (_text, lower) => holds(lower) : (text) => holds(text);
}

interface TrieNode { readonly next: Map<string, TrieNode>; end: boolean }

/**
 * One regex alternation for many terms, each given as its regex pieces (usually one per
 * character), shaped as a trie ("c(?:alf|alves|…)") so the engine tests each shared prefix once.
 * At every node the longer continuations are tried before stopping, which picks the same match
 * as the flat list sorted longest first: two terms can both match at one place only when one is
 * a prefix of the other (or when pieces overlap, like a gap and a hyphen, which match the same text).
 */
export function trieAlternation(terms: ReadonlyArray<ReadonlyArray<string>>): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const units of terms) {
    let node = root;
    for (const unit of units) {
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([unit, child]) => unit + emit(child));
    if (branches.length === 0) return '';
    const alt = `(?:${branches.join('|')})`;
    return node.end ? `${alt}?` : alt;
  };
  return emit(root);
}

/**
 * The gates of many regexes tried on the same sentences, read in one pass: a single regex of all
 * their strings finds which occur, then each gate is a few look-ups. Cheaper than a string search
 * per gate string when a dozen regexes are gated on every sentence.
 */
export interface LiteralScan {
  /** For each regex (in the order given), false when `text` cannot hold a match of it. */
  possible(text: string): ReadonlyArray<boolean>;
}

/** The strings of many regexes' gates and, for each string, the regexes it opens. */
interface GateStrings {
  /** Regexes without a usable requirement: always possible. */
  readonly always: readonly boolean[];
  /** Finds the gate strings in lower-cased text (global; longest string at a place); null when there are none. */
  readonly finder: RegExp | null;
  /** String → its id. */
  readonly ids: ReadonlyMap<string, number>;
  /** By string id: the regexes it opens, with those of every string that is its prefix. */
  readonly opensAt: ReadonlyArray<readonly number[]>;
}

/**
 * Only the first (least likely) set of each alternative is used, so a regex is possible when any
 * string of those sets occurs.
 */
function gateStrings(regexes: ReadonlyArray<RegExp>): GateStrings {
  const ids = new Map<string, number>();
  const opens: number[][] = []; // per string id: the regexes it may open
  const always = regexes.map(() => false);
  regexes.forEach((re, r) => {
    const req = re.flags.includes('i') && !re.unicode && !re.flags.includes('v') ? requirement(re.source, true) : null;
    if (!req) {
      always[r] = true;
      return;
    }
    for (const sets of req) {
      for (const s of sets[0]!) {
        let id = ids.get(s);
        if (id === undefined) {
          ids.set(s, (id = ids.size));
          opens.push([]);
        }
        if (!opens[id]!.includes(r)) opens[id]!.push(r);
      }
    }
  });
  const strings = [...ids.keys()];
  const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const finder = strings.length ? new RegExp(trieAlternation(strings.map((x) => [...x].map(escape))), 'g') : null;
  // at one place the longest string is reported: it opens what every string that is its prefix opens
  const opensAt = strings.map((x) => [...new Set(strings.flatMap((t, j) => (x.startsWith(t) ? opens[j]! : [])))]);
  return { always, finder, ids, opensAt };
}

/**
 * The gates of many regexes read in one pass: a single trie-shaped regex of their strings finds
 * which occur, and each string found opens the regexes it may belong to.
 */
export function compileLiteralScan(regexes: ReadonlyArray<RegExp>): LiteralScan {
  const { always, finder, ids, opensAt } = gateStrings(regexes);
  const result = [...always];
  return {
    possible(text: string): ReadonlyArray<boolean> {
      if (!finder) return result;
      for (let r = 0; r < result.length; r++) result[r] = always[r]!;
      const lower = text.toLowerCase();
      finder.lastIndex = 0;
      for (let m = finder.exec(lower); m; m = finder.exec(lower)) {
        const open = opensAt[ids.get(m[0])!]!;
        for (let k = 0; k < open.length; k++) result[open[k]!] = true;
        finder.lastIndex = m.index + 1; // strings may overlap ("radiating" and "ating")
      }
      return result;
    },
  };
}

/** Which regexes each sentence of one document may match. */
export interface DocLiteralHits {
  /** For each regex (in the order compiled), false when `text.slice(from, to)` cannot hold a match. Reuses one array. */
  possible(from: number, to: number): ReadonlyArray<boolean>;
}

/**
 * The literal scan read once per document instead of once per sentence: the document is lowered
 * and searched once, and each sentence then asks which of the strings found start inside it.
 */
export interface DocLiteralScan {
  /** The strings found in `text` (a whole document), to be asked of its sentences. */
  hits(text: string): DocLiteralHits;
}

/**
 * `compileLiteralScan`'s gates for the sentences of a whole document. A string that starts in a
 * sentence but runs past its end opens its regexes too, so a sentence may be opened for more
 * regexes than its own scan would open, never fewer: the gate stays a necessary condition.
 */
export function compileDocLiteralScan(regexes: ReadonlyArray<RegExp>): DocLiteralScan {
  const { always, finder, ids, opensAt } = gateStrings(regexes);
  const allOpen = regexes.map(() => true);
  return {
    hits(text) {
      const result = [...always];
      if (!finder) return { possible: () => result };
      const lower = text.toLowerCase();
      // lower-casing that changes the length ("İ") would move every offset after it: open everything
      if (lower.length !== text.length) return { possible: () => allOpen };
      // Lower-casing one character does not depend on its neighbours except for a final sigma,
      // which no gate string holds, so the strings found here are those each sentence's own lowering holds.
      const at: number[] = [];
      const which: number[] = [];
      finder.lastIndex = 0;
      for (let m = finder.exec(lower); m; m = finder.exec(lower)) {
        at.push(m.index);
        which.push(ids.get(m[0])!);
        finder.lastIndex = m.index + 1; // strings may overlap ("radiating" and "ating")
      }
      return {
        possible(from, to) {
          for (let r = 0; r < result.length; r++) result[r] = always[r]!;
          for (let h = lowerBound(at, from); h < at.length && at[h]! < to; h++) {
            const open = opensAt[which[h]!]!;
            for (let k = 0; k < open.length; k++) result[open[k]!] = true;
          }
          return result;
        },
      };
    },
  };
}
