/**
 * Body-part mentions with their side, from the body-part lexicon. The longest term wins; a side
 * word just before the part ("left shoulder", "left-sided low back") or just after it
 * ("lower extremities bilaterally", "shoulder, left") gives the side.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { BodyPart, Side, SpineRegion } from '../../types/vocab.js';
import { compileLiteralScan, trieAlternation, type LiteralScan } from '../../text/literal-gate.js';
import { hoistWordBoundary } from '../../text/hoist-word-boundary.js';

export interface BodyPartMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly part: BodyPart;
  readonly side: Side | null;
  readonly entryId: string;
  readonly region: SpineRegion | null;
  readonly limb: 'upper' | 'lower' | null;
  /** A word for a whole limb ("arm", "leg", "upper extremity"), vaguer than the part it maps to. */
  readonly generic: boolean;
}

interface Compiled {
  readonly regex: RegExp;
  readonly byTerm: ReadonlyMap<string, Lexicons['bodyParts']['entries'][number]>;
  readonly sideBefore: RegExp;
  /** What may stand between a single-letter side word and its part: spaces, or one side filler ("L shoulder", "L medial elbow"). */
  readonly singleLetterGap: RegExp;
  readonly sideAfter: RegExp;
  readonly sideOf: ReadonlyMap<string, Side>;
  readonly measure: ReadonlySet<string>;
  readonly generic: ReadonlySet<string>;
  readonly numberBefore: RegExp;
  /** Which non-part phrases a text may hold, read in one pass (see `compileLiteralScan`). */
  readonly nonPartGates: LiteralScan;
  /** The alternation of the phrases whose gates let a text through, by the mask of those gates (built on first need). */
  readonly nonPartUnions: Map<number, RegExp>;
}

const cache = new WeakMap<object, Compiled>();
/** Most non-part phrases gated one by one (one bit each of a mask); the lexicon has a dozen. */
const MAX_NON_PARTS = 30;
/**
 * A word that shares the next part's second word ("mid- and low-back", "mid and low back"), right before
 * that part; it counts only when the two words make a part of their own.
 */
const SUSPENDED = /\b([a-z]+)(?:-\s*|\s+)(?:and|or|&|to)\s+$/i;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What may stand between the words of a multi-word term ("lower back", "lower-back"). */
const GAP = '[\\s-]+';
/** A term as regex pieces: its characters, with a gap for each space. */
const termUnits = (term: string): string[] => term.split(/( )/).flatMap((w) => (w === ' ' ? [GAP] : [...w].map(escape)));

function compile(lex: Lexicons['bodyParts']): Compiled {
  const hit = cache.get(lex);
  if (hit) return hit;
  const byTerm = new Map<string, Lexicons['bodyParts']['entries'][number]>();
  for (const e of lex.entries) for (const t of e.terms) if (!byTerm.has(t.toLowerCase())) byTerm.set(t.toLowerCase(), e);
  const sideOf = new Map<string, Side>();
  for (const [side, words] of Object.entries(lex.sides) as Array<[Side, string[]]>) for (const w of words) sideOf.set(w.toLowerCase(), side);
  const sideWords = [...sideOf.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const fillers = lex.sideFillers.map(escape).join('|') || '(?!)';
  // "left side of the jaw": the lexicon's side link is one more way a side word reaches its part
  const link = lex.sideLink ? `|${lex.sideLink}` : '';
  const c: Compiled = {
    // one trie-shaped alternation: at each place the longest term wins, as in a list sorted longest first
    regex: new RegExp(`\\b${trieAlternation([...byTerm.keys()].map(termUnits))}\\b`, 'gi'),
    byTerm,
    // "left", "left-sided", "left side of the", "left and right" (→ bilateral), up to two filler words between, each
    // maybe paired with another ("right index and middle fingers")
    sideBefore: new RegExp(`\\b(${sideWords})(?:[\\s-]+(?:and|&)[\\s-]+(${sideWords}))?(?:[\\s-]*sided${link})?(?:[\\s-]+(?:${fillers})(?:[\\s-]+(?:and|&)[\\s-]+(?:${fillers}))?){0,2}[\\s-]+$`, 'i'),
    singleLetterGap: new RegExp(`^[\\s-]+(?:(?:${fillers})[\\s-]+)?$`, 'i'),
    // "lower extremities bilaterally", "shoulder, left side" — but not "neck, left shoulder"
    sideAfter: new RegExp(`^\\s*(?:,\\s*)?(?:on the\\s+)?(${sideWords})(?:\\s+side)?\\b(?![\\s-]*[a-z])`, 'i'),
    sideOf,
    measure: new Set(lex.measureTerms.map((t) => t.toLowerCase())),
    generic: new Set((lex.genericTerms ?? []).map((t) => t.toLowerCase())),
    numberBefore: new RegExp(`\\b(?:${lex.numberWords.join('|')})[\\s-]+$`, 'i'),
    // each phrase gated on its own: a text with one phrase's words ("back") leaves the others out of the scan
    nonPartGates: compileLiteralScan(lex.nonParts.slice(0, MAX_NON_PARTS).map((n) => new RegExp(n.pattern, 'i'))),
    nonPartUnions: new Map(),
  };
  cache.set(lex, c);
  return c;
}

/**
 * The alternation of the non-part phrases whose gates pass for `text`, each with its leading word
 * boundary written once (see hoist-word-boundary.ts); null when none pass. A phrase that cannot
 * occur in the text matches nowhere in it, so leaving it out changes no match of the alternation;
 * the phrase that opens with a long look-behind ("above the left knee") is then rarely tried at
 * every character.
 */
function nonPartsFor(text: string, c: Compiled, lex: Lexicons['bodyParts']): RegExp | null {
  const possible = c.nonPartGates.possible(text);
  let mask = 0;
  for (let i = 0; i < possible.length; i++) if (possible[i]) mask |= 1 << i;
  // phrases past the gated ones are always in
  if (mask === 0 && lex.nonParts.length <= MAX_NON_PARTS) return null;
  let re = c.nonPartUnions.get(mask);
  if (!re) {
    const kept = lex.nonParts.filter((_, i) => i >= MAX_NON_PARTS || (mask & (1 << i)) !== 0);
    c.nonPartUnions.set(mask, (re = new RegExp(kept.map((n) => `(?:${hoistWordBoundary(n.pattern)})`).join('|'), 'gi')));
  }
  return re;
}

/** The spans of the lexicon's non-part phrases ("hand truck", "back to work") in `text`. */
export function nonPartSpansOf(text: string, lexicons: Pick<Lexicons, 'bodyParts'>): Array<[number, number]> {
  return nonPartSpans(text, compile(lexicons.bodyParts), lexicons.bodyParts);
}

function nonPartSpans(text: string, c: Compiled, lex: Lexicons['bodyParts']): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = lex.nonParts.length ? nonPartsFor(text, c, lex) : null;
  if (!re) return spans;
  re.lastIndex = 0;
  for (let n = re.exec(text); n; n = re.exec(text)) spans.push([n.index, n.index + n[0].length]);
  return spans;
}

/** All body-part mentions in `text` (offsets shifted by `base`). */
export function findBodyParts(text: string, lexicons: Pick<Lexicons, 'bodyParts'>, base = 0): BodyPartMention[] {
  const c = compile(lexicons.bodyParts);
  const out: BodyPartMention[] = [];
  let blocked: Array<[number, number]> | undefined; // "hand truck" spans, found when a part needs them
  c.regex.lastIndex = 0;
  for (let m = c.regex.exec(text); m; m = c.regex.exec(text)) {
    const key = m[0].toLowerCase().replace(/[\s-]+/g, ' ');
    const entry = c.byTerm.get(key) ?? c.byTerm.get(m[0].toLowerCase());
    if (!entry) continue;
    blocked ??= nonPartSpans(text, c, lexicons.bodyParts);
    if (blocked.some(([from, to]) => m!.index >= from && m!.index < to)) continue; // "hand truck"
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (c.measure.has(key) && c.numberBefore.test(before)) continue; // "six feet" is a distance
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    let side: Side | null = null;
    const b = c.sideBefore.exec(before);
    if (b) {
      const s1 = c.sideOf.get(b[1]!.toLowerCase()) ?? null;
      const s2 = b[2] ? c.sideOf.get(b[2].toLowerCase()) ?? null : null;
      // single-letter side words only count right before the part, or one filler word before it ("L shoulder", "L medial elbow")
      const singleLetter = b[1]!.length === 1 && !c.singleLetterGap.test(before.slice(b.index + 1));
      side = singleLetter ? null : s2 && s2 !== s1 ? 'bilateral' : s1;
    }
    if (!side) {
      const a = c.sideAfter.exec(after);
      if (a && a[1]!.length > 1) side = c.sideOf.get(a[1]!.toLowerCase()) ?? null;
    }
    // "mid- and low-back pain": the first word of a two-word part, its second word shared with the part after it
    const shared = key.includes(' ') ? SUSPENDED.exec(before) : null;
    const leadKey = shared ? `${shared[1]!.toLowerCase()}${key.slice(key.indexOf(' '))}` : '';
    const lead = shared ? c.byTerm.get(leadKey) : undefined;
    if (shared && lead && lead.part !== entry.part) {
      const at = m.index - shared[0].length;
      out.push({
        start: base + at, end: base + at + shared[1]!.length, text: shared[1]!, part: lead.part, side,
        entryId: lead.id, region: lead.region ?? null, limb: lead.limb ?? null, generic: c.generic.has(leadKey),
      });
    }
    out.push({
      start: base + m.index, end: base + m.index + m[0].length, text: m[0], part: entry.part, side,
      entryId: entry.id, region: entry.region ?? null, limb: entry.limb ?? null, generic: c.generic.has(key),
    });
  }
  return out;
}
