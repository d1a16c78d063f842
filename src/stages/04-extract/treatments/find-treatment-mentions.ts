/**
 * Treatment mentions in text: vocabulary terms (longest first) and case-sensitive abbreviations,
 * with overlaps resolved in favour of the longer phrase. Phrases inside a pseudo-mention (a
 * specialty or a record: "orthopaedic surgery", "therapy notes") are dropped. A phrase inside a time reference
 * ("before surgery") becomes weak: it may only point back at a treatment already named. An
 * anaphor ("a confirmatory block") takes the entry of the procedure named just before it.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { TreatmentEntry } from '../../../lexicons/schemas/treatments.js';
import type { SegmentedDocument } from '../../../types/pipeline.js';
import { compileTreatmentLexicons, cueOpenings, matchCues, matchCuesAtWords, openingCode, openingPair, termIndexCode, termIndexKey, type CompiledTreatments, type TermMatcher, type WordStarts } from './compile-treatment-lexicons.js';
import { isWordCode } from '../../../text/word-char.js';
import { LEAD_DEPTH, leadMatches } from './lead-trie.js';
import { matchTermWords } from './term-words.js';

/** One treatment phrase. Offsets are absolute (`base` added). */
export interface TreatmentMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entry: TreatmentEntry;
  /** Refers back to a treatment already named; never adds one on its own. */
  readonly weak: boolean;
  /** Stands for one of a procedure just named ("a confirmatory block", "the second"): a course of its own. */
  readonly anaphor?: boolean;
}

/** How far back an anaphor looks for the procedure it refers to. */
const ANAPHOR_REACH = 400;

/**
 * Does `text` at `at` start with `lead` (lower-case ASCII letters and digits) in any ASCII case?
 * Exactly the case-insensitive regex's rule without the unicode flag: a non-ASCII character never
 * matches an ASCII letter.
 */
function startsWithLead(text: string, at: number, lead: string): boolean {
  if (at + lead.length > text.length) return false;
  for (let k = 0; k < lead.length; k++) {
    const code = text.charCodeAt(at + k);
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== lead.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Whether term `t`, whose lead (cut to `LEAD_DEPTH`) opens the text at `at`, is in the text's key
 * group (`termsByKey`): a lead of three characters or more is the key's start, so only a shorter
 * lead ("x" of "x-ray") asks the key; and whether the rest of a longer lead follows.
 */
function inKeyGroup(text: string, at: number, t: TermMatcher): boolean {
  if (t.lead.length > LEAD_DEPTH) return startsWithLead(text, at, t.lead);
  if (t.lead.length >= 3) return true;
  const code = termIndexCode(text, at);
  return code >= 0 ? t.keyCode === code : t.key === termIndexKey(text, at);
}

/**
 * The longest term starting at `at`, or null: the first (longest) term of the text's key group
 * that matches there. Only terms whose lead the word opens with can, and the lead index lists
 * just those, in the group's order.
 */
function termAt(text: string, at: number, c: CompiledTreatments): TreatmentMention | null {
  const terms = leadMatches(text, at, c.termLeads);
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k]!;
    if (!inKeyGroup(text, at, t)) continue;
    if (t.words) {
      const end = matchTermWords(text, at, t.words);
      if (end >= 0) return { start: at, end, text: text.slice(at, end), entry: t.entry, weak: t.entry.weak ?? false };
      continue;
    }
    t.re.lastIndex = at;
    const m = t.re.exec(text);
    if (m) return { start: at, end: at + m[0].length, text: m[0], entry: t.entry, weak: t.entry.weak ?? false };
  }
  return null;
}

/** Per compiled lexicon, `cueOpenings` of the cues `mentionsIn` reads at word starts. */
const openingsByLexicon = new WeakMap<CompiledTreatments, Uint8Array>();

function mentionCueOpenings(c: CompiledTreatments): Uint8Array {
  let open = openingsByLexicon.get(c);
  if (!open) openingsByLexicon.set(c, (open = cueOpenings([c.cues['temporal-reference'], c.cues['pseudo-mention'], c.cues.anaphor, c.cues['site-injection']])));
  return open;
}

/** 1 at each ASCII character code that is a word character (`isWordCode`). */
const WORD_CHAR: Uint8Array = Uint8Array.from({ length: 128 }, (_, code) => (isWordCode(code) ? 1 : 0));

/**
 * One buffer for `wordStarts`, grown as needed and reused by every call: a typed array this size
 * is allocated outside the heap, which costs more than the scan that fills it. Each call's starts
 * are read before the next call (`rawMentions` never nests), so sharing it is safe.
 */
let wordStartScratch = new Int32Array(4096);

function wordStartBuffer(size: number): Int32Array {
  if (wordStartScratch.length < size) wordStartScratch = new Int32Array(Math.max(size, wordStartScratch.length * 2));
  return wordStartScratch;
}

/**
 * The word starts of `text` (where `\b\w` matches), in order: `at[0..count)`. The loop has no
 * branch on the text: every position is written and the count moves on only at a word start.
 * Where words and gaps begin is unpredictable, so a branch there would be mispredicted at
 * nearly every word; this form measured about twice as fast as testing each character.
 */
function wordStarts(text: string): { readonly at: Int32Array; readonly count: number } {
  const n = text.length;
  // at most one start per two characters, plus the slot written after the last start
  const at = wordStartBuffer((n >> 1) + 2);
  let count = 0;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const word = code < 128 ? WORD_CHAR[code]! : 0;
    at[count] = i;
    count += word & (prev ^ 1);
    prev = word;
  }
  return { at, count };
}

/**
 * Terms tried at each word start (where `\b\w` matches), in one pass over the text; after a
 * term the next one is looked for from its end. Every word start (inside terms too) that a cue of
 * `mentionsIn` may open is listed in `words` for the cues scanned by word.
 */
function rawMentions(text: string, c: CompiledTreatments, words: { at: number[]; codes: number[] }): TreatmentMention[] {
  const out: TreatmentMention[] = [];
  const open = mentionCueOpenings(c);
  const starts = wordStarts(text);
  let termEnd = 0;
  for (let j = 0; j < starts.count; j++) {
    const i = starts.at[j]!;
    const code = openingCode(text, i);
    // only the words a cue of mentionsIn may open are listed: the others would be skipped there
    if (code >= 0 && open[openingPair(code)] !== 0) {
      words.at.push(i);
      words.codes.push(code);
    }
    if (i >= termEnd) {
      const m = termAt(text, i, c);
      if (m) {
        out.push(m);
        termEnd = m.end;
      }
    }
  }
  if (c.abbreviations) {
    c.abbreviations.lastIndex = 0;
    for (let m = c.abbreviations.exec(text); m; m = c.abbreviations.exec(text)) {
      const entry = c.byAbbreviation.get(m[0]);
      if (entry) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], entry, weak: entry.weak ?? false });
    }
  }
  return out;
}

/** Keeps the longer of two overlapping mentions (the earlier one on a tie). */
function dropOverlaps(ms: TreatmentMention[]): TreatmentMention[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: TreatmentMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

function addAnaphors(text: string, ms: TreatmentMention[], c: CompiledTreatments, words: WordStarts): TreatmentMention[] {
  const out = [...ms];
  for (const a of matchCuesAtWords(c.cues.anaphor, text, words)) {
    if (ms.some((m) => m.start < a.end && a.start < m.end)) continue;
    // "a confirmatory block" refers to the last treatment whose canonical name has that noun; a noun
    // that names no kind ("a confirmatory set") to the last one named by a noun it may stand for
    const noun = (text.slice(a.start, a.end).toLowerCase().split(/\s+/).pop() ?? '').replace(/s$/, '');
    const nouns = c.anaphorKinds[noun] ?? [noun];
    const antecedent = [...ms].reverse().find((m) =>
      m.end <= a.start && a.start - m.end <= ANAPHOR_REACH && !m.weak && nouns.some((n) => m.entry.treatment.includes(n)));
    // "the unit" names the course just told again; "a confirmatory block" another of a series
    const series = !c.sameCourseAnaphors.has(noun);
    if (antecedent) out.push({ start: a.start, end: a.end, text: text.slice(a.start, a.end), entry: antecedent.entry, weak: false, ...(series ? { anaphor: true } : {}) });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** What may stand between a treatment's name and the injection that names its site ("Synvisc) knee injections"). */
const NAME_TO_SITE = /^[\s()-]*$/;

/**
 * "A right hip injection", "an injection of the right ischial bursa", "an injection of lidocaine
 * and steroid" (the lexicon's `site-injection` cues): an injection told by its site or agents and
 * by no name of its own is a steroid injection; not where a treatment's name runs into it
 * ("hyaluronic acid (Synvisc) knee injections", "platelet-rich plasma injection to the elbow").
 */
function addSiteInjections(text: string, ms: TreatmentMention[], c: CompiledTreatments, words: WordStarts): TreatmentMention[] {
  const entry = c.siteInjectionEntry;
  if (!entry) return ms;
  const found = matchCuesAtWords(c.cues['site-injection'], text, words).filter((s) =>
    !ms.some((m) => m.start < s.end && s.start < m.end || (m.end <= s.start && NAME_TO_SITE.test(text.slice(m.end, s.start)))));
  if (!found.length) return ms;
  const added = dropOverlaps(found.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end), entry, weak: false })));
  return [...ms, ...added].sort((x, y) => x.start - y.start);
}

/** Every treatment mention in `text`, offsets shifted by `base`, in text order. */
export function findTreatmentMentions(
  text: string,
  lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>,
  base = 0,
): TreatmentMention[] {
  const found = mentionsIn(text, compileTreatmentLexicons(lexicons));
  return base === 0 ? found : found.map((m) => ({ ...m, start: m.start + base, end: m.end + base }));
}

/** Whole-document results per document object and compiled lexicon (documents are immutable). */
const byDocument = new WeakMap<object, WeakMap<CompiledTreatments, readonly TreatmentMention[]>>();

/**
 * Every treatment mention of a segmented document, found once per document: the request and
 * prior-treatment stages both read them. Callers must not mutate the returned mentions.
 */
export function documentMentions(doc: SegmentedDocument, lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>): readonly TreatmentMention[] {
  const c = compileTreatmentLexicons(lexicons);
  let inner = byDocument.get(doc);
  if (!inner) byDocument.set(doc, (inner = new WeakMap()));
  let found = inner.get(c);
  if (!found) inner.set(c, (found = Object.freeze(mentionsIn(doc.text, c))));
  return found;
}

/** Mentions (sorted by start) that start in [start, end), found by binary search. */
export function mentionsBetween(mentions: readonly TreatmentMention[], start: number, end: number): TreatmentMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: TreatmentMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < end; i++) out.push(mentions[i]!);
  return out;
}

/**
 * A test "does one of `spans` contain this mention", by binary search: spans sorted by start,
 * with the furthest end reached so far, so each mention costs a log instead of a scan of all spans.
 */
function coverTest(spans: readonly { start: number; end: number }[]): (m: TreatmentMention) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let far = -Infinity;
  for (const t of sorted) reach.push((far = Math.max(far, t.end)));
  return (m) => {
    // last span starting at or before the mention
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= m.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && m.end <= reach[lo - 1]!;
  };
}

/**
 * Compounded products written as their formula ("Flurbiprofen 20%/lidocaine 5% cream"): one
 * compounded-topical mention over the whole formula, its drug the ingredients joined by "/", so
 * the ingredients inside are not read as separate medications.
 */
function formulaMentions(text: string, c: CompiledTreatments): TreatmentMention[] {
  const entry = c.compoundEntry;
  if (!entry) return [];
  return matchCues(c.cues['compound-formula'], text).map((m) => {
    const drug = (m.groups.drugs ?? '').split('/').map((x) => x.replace(/[\d.\s%]+$/, '').trim().toLowerCase()).join('/');
    return { start: m.start, end: m.end, text: text.slice(m.start, m.end), entry: { ...entry, drug }, weak: false };
  });
}

function mentionsIn(text: string, c: CompiledTreatments): TreatmentMention[] {
  const words: WordStarts & { at: number[]; codes: number[] } = { at: [], codes: [] };
  const raw = rawMentions(text, c, words);
  for (const f of formulaMentions(text, c)) raw.push(f);
  const temporal = matchCuesAtWords(c.cues['temporal-reference'], text, words);
  const pseudo = matchCuesAtWords(c.cues['pseudo-mention'], text, words);
  const inPseudo = coverTest(pseudo);
  const inTemporal = coverTest(temporal);
  const ms = dropOverlaps(raw).filter((m) => !inPseudo(m)).map((m) =>
    inTemporal(m) ? { ...m, weak: true } : m,
  );
  return addAnaphors(text, usedAs(text, addSiteInjections(text, ms, c, words), c), c, words);
}

/** Most characters after a mention read for its `usedAs` words. */
const USED_AS_REACH = 80;

/**
 * "Trazodone 50 mg at bedtime": a mention whose entry names another treatment by the words after
 * it (the lexicon's `usedAs`, to the end of the clause) takes that treatment's entry.
 */
function usedAs(text: string, ms: TreatmentMention[], c: CompiledTreatments): TreatmentMention[] {
  if (!c.usedAs.size) return ms;
  return ms.map((m) => {
    const alts = c.usedAs.get(m.entry);
    if (!alts) return m;
    const after = text.slice(m.end, m.end + USED_AS_REACH);
    const clause = after.slice(0, after.search(/[.;\n]|$/));
    const alt = alts.find((a) => a.after.test(clause));
    return alt ? { ...m, entry: alt.entry } : m;
  });
}
