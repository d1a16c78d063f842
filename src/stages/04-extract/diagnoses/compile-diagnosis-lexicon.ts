/**
 * Compiles the diagnoses lexicon once into lookup tables: synonym keys (sorted normalized tokens,
 * so word order does not matter), a code index, side words, cue regexes and fuzzy candidates.
 * Cached in a WeakMap keyed by the frozen lexicon object.
 */
import type { DiagnosesLexicon, DiagnosisEntry } from '../../../lexicons/schemas/diagnoses.js';
import type { Side } from '../../../types/vocab.js';
import type { UnionScan } from '../../../text/union-scan.js';
import { compilePrefixScan } from '../../../text/prefix-scan.js';
import { compileWordStartScan } from '../../../text/word-start-scan.js';
import { requirement } from '../../../text/literal-gate.js';

/** A cue regex with its rule id. */
export interface CompiledCue {
  readonly id: string;
  readonly re: RegExp;
}

/** One written code known to the lexicon and what it names. */
export interface CodeTarget {
  readonly entry: DiagnosisEntry;
  /** True when the code is retired or less specific: the canonical code is reported instead. */
  readonly former: boolean;
}


export interface CompiledDiagnosisLexicon {
  readonly lexicon: DiagnosesLexicon;
  readonly variants: ReadonlyMap<string, string>;
  readonly fillers: ReadonlySet<string>;
  /** Ordinal words (also fillers) and the words that join two of them ("2nd and 3rd"). */
  readonly ordinals: ReadonlySet<string>;
  readonly ordinalJoiners: ReadonlySet<string>;
  /** The lexicon's `levelJoiners`, lower-cased. */
  readonly levelJoiners: ReadonlySet<string>;
  /** The lexicon's `timeOpeners`, lower-cased. */
  readonly timeOpeners: ReadonlySet<string>;
  readonly sideWords: ReadonlyMap<string, Side>;
  readonly levelRegion: ReadonlyMap<string, string>;
  /** Region words ("cervical", "lumbar") that make a level-derived region unnecessary. */
  readonly regionWords: ReadonlySet<string>;
  /** Sorted-token key → condition entry. */
  readonly conditions: ReadonlyMap<string, DiagnosisEntry>;
  /** Sorted-token key → status-post (procedure) entry. */
  readonly procedures: ReadonlyMap<string, DiagnosisEntry>;
  readonly maxTokens: number;
  /** Every token of every synonym: a window holding any other word cannot match exactly. */
  readonly vocabulary: ReadonlySet<string>;
  /** Vocabulary words by length, for OCR-tolerant lookup. */
  readonly vocabularyByLength: ReadonlyMap<number, readonly string[]>;
  /**
   * For each vocabulary word, the words that share a synonym with it (itself too when a synonym
   * holds it twice): a window holding two words that share none cannot name an entry.
   */
  readonly partners: ReadonlyMap<string, ReadonlySet<string>>;
  /** Closest vocabulary word of an unknown word (null: none close enough), filled as words are met. */
  readonly corrections: Map<string, string | null>;
  readonly codes: ReadonlyMap<string, CodeTarget>;
  /** Every ICD-10 category (first three characters) the lexicon uses. */
  readonly categories: ReadonlySet<string>;
  readonly listCues: readonly (CompiledCue & { scope: 'sentence' | 'block'; mode: 'list' | 'narrative'; notInSections: readonly string[] })[];
  /** The list cues' matches in a whole document, found in one pass (see union-scan.ts). */
  readonly listCueScan: UnionScan;
  readonly narrativeCues: readonly (CompiledCue & { confirmAfter: RegExp | null })[];
  /** The narrative cues' matches in a text, found in one pass. */
  readonly narrativeCueScan: UnionScan;
  /** ConText rule ids of cues that open one list item (see the lexicon). */
  readonly itemOpeningRules: ReadonlySet<string>;
  readonly itemCues: readonly (CompiledCue & { assertion: 'negated' | 'possible' | 'historical'; direction: 'before' | 'after' })[];
  /** Any status-post cue, as one regex (to find narrative text worth reading). */
  readonly statusPostRe: RegExp;
  /** Status-post cues as token sequences. */
  readonly statusPost: readonly (readonly string[])[];
  /** First tokens of the status-post cues, to skip every other word at once. */
  readonly statusPostFirst: ReadonlySet<string>;
  /** Back-reference item openers ("same") as token sequences. */
  readonly backReferences: readonly (readonly string[])[];
  /** Resolution words after a narrative diagnosis. */
  readonly resolvedAfter: CompiledCue & { maxGap: number };
  /** The same pattern without the global flag, for one lookup after a mention. */
  readonly resolvedAfterOnce: RegExp;
  /** Qualifier cues, each as its tokens joined by spaces with a space either side (" with "), to find in spaced word lists. */
  readonly qualifierTexts: readonly string[];
  readonly pastHistoryHeaders: readonly string[];
  readonly otherPersonLine: RegExp | null;
  readonly titleAfter: RegExp | null;
  /** `conditionAfter` anchored at a mention's end, and global (to find narrative text worth reading). */
  readonly conditionAfter: RegExp | null;
  readonly conditionAfterScan: RegExp | null;
  /** One of the words every `conditionAfterScan` match holds ("controlled", "industrial"), or null: a text without them needs no scan. */
  readonly conditionAfterWords: RegExp | null;
  readonly abbreviations: ReadonlySet<string>;
}

const cache = new WeakMap<DiagnosesLexicon, CompiledDiagnosisLexicon>();

/** Word tokens of a phrase, lower-cased; "/" and "'" stay inside a token ("sprain/strain", "s/p"). */
export const WORD_RE = /[a-z0-9]+(?:'[a-z]+)?(?:\/[a-z0-9]+)*/g;

/** Normalized tokens of a lexicon phrase, with variants applied; fillers and sides removed. */
function phraseTokens(phrase: string, variants: ReadonlyMap<string, string>, skip: (t: string) => boolean): string[] {
  const out: string[] = [];
  for (const m of phrase.toLowerCase().matchAll(WORD_RE)) {
    const t = variants.get(m[0]) ?? m[0];
    if (!skip(t)) out.push(t);
  }
  return out;
}

/** Order-free key of a token list. */
export function tokenKey(tokens: readonly string[]): string {
  // one- and two-token windows are most of the matcher's look-ups: no copy, sort or join for them
  if (tokens.length === 1) return tokens[0]!;
  if (tokens.length === 2) {
    const [a, b] = tokens as readonly [string, string];
    return a <= b ? `${a} ${b}` : `${b} ${a}`;
  }
  return [...tokens].sort().join(' ');
}

/** The compiled form of `lexicon`, built once per lexicon object. */
export function compileDiagnosisLexicon(lexicon: DiagnosesLexicon): CompiledDiagnosisLexicon {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const variants = new Map(lexicon.tokenVariants.map((v) => [v.from.toLowerCase(), v.to.toLowerCase()]));
  const ordinals = new Set((lexicon.ordinals?.words ?? []).map((w) => w.toLowerCase()));
  const ordinalJoiners = new Set((lexicon.ordinals?.joiners ?? []).map((w) => w.toLowerCase()));
  const fillers = new Set([...lexicon.fillerWords.map((w) => w.toLowerCase()), ...ordinals]);
  const sideWords = new Map<string, Side>();
  for (const side of ['left', 'right', 'bilateral'] as const) for (const w of lexicon.sides[side]) sideWords.set(w.toLowerCase(), side);
  const skip = (t: string): boolean => fillers.has(t) || sideWords.has(t);
  const levelRegion = new Map(lexicon.levelRegions.map((r) => [r.prefix, r.region]));
  const regionWords = new Set([...levelRegion.values(), 'lumbosacral', 'cervicothoracic', 'thoracolumbar']);

  const conditions = new Map<string, DiagnosisEntry>();
  const procedures = new Map<string, DiagnosisEntry>();
  const vocabulary = new Set<string>();
  let maxTokens = 1;
  for (const entry of lexicon.entries) {
    const table = entry.kind === 'status_post' ? procedures : conditions;
    for (const synonym of entry.synonyms) {
      const tokens = phraseTokens(synonym, variants, skip);
      if (tokens.length === 0) continue;
      const key = tokenKey(tokens);
      // The first entry to claim a key keeps it; the data test reports collisions.
      if (!table.has(key)) table.set(key, entry);
      maxTokens = Math.max(maxTokens, tokens.length);
      for (const t of tokens) vocabulary.add(t);
    }
  }

  const partners = new Map<string, Set<string>>();
  for (const table of [conditions, procedures]) {
    for (const key of table.keys()) {
      const tokens = key.split(' ');
      for (let a = 0; a < tokens.length; a++) {
        for (let b = a + 1; b < tokens.length; b++) {
          for (const [x, y] of [[tokens[a]!, tokens[b]!], [tokens[b]!, tokens[a]!]] as const) {
            let set = partners.get(x);
            if (!set) partners.set(x, (set = new Set()));
            set.add(y);
          }
        }
      }
    }
  }

  const vocabularyByLength = new Map<number, string[]>();
  for (const w of vocabulary) {
    if (!/^[a-z]+$/.test(w)) continue;
    const list = vocabularyByLength.get(w.length) ?? [];
    list.push(w);
    vocabularyByLength.set(w.length, list);
  }

  const codes = new Map<string, CodeTarget>();
  const categories = new Set<string>();
  const rankOf = new Map<string, number>();
  // A code names the entry whose canonical code it is before one that lists it by side, level or
  // as a former code; conditions beat procedures; earlier entries beat later ones.
  const addCode = (code: string, entry: DiagnosisEntry, former: boolean, rank: number): void => {
    categories.add(code.slice(0, 3));
    const r = rank + (entry.kind === 'status_post' ? 10 : 0);
    if (r < (rankOf.get(code) ?? Infinity)) {
      codes.set(code, { entry, former });
      rankOf.set(code, r);
    }
  };
  for (const entry of lexicon.entries) {
    addCode(entry.icd10, entry, false, 0);
    for (const c of Object.values(entry.codesBySide ?? {})) addCode(c, entry, false, 1);
    for (const c of Object.values(entry.codesByLevel ?? {})) addCode(c, entry, false, 2);
    for (const c of entry.otherCodes ?? []) addCode(c, entry, true, 3);
  }

  // Cue patterns are ASCII: without the u flag V8 scans for their leading literal quickly.
  const listCues = lexicon.listCues.map((c) => ({ id: c.id, re: new RegExp(c.pattern, 'gi'), scope: c.scope, mode: c.mode, notInSections: c.notInSections ?? [] }));
  const narrativeCues = lexicon.narrativeCues.map((c) => ({
    id: c.id,
    re: new RegExp(c.pattern, 'gi'),
    confirmAfter: c.confirmAfter ? new RegExp(c.confirmAfter, 'i') : null,
  }));
  const resolvedAfter = { id: lexicon.resolvedAfter.id, re: new RegExp(lexicon.resolvedAfter.pattern, 'gi'), maxGap: lexicon.resolvedAfter.maxGap };
  const toTokens = (s: string): string[] => [...s.toLowerCase().matchAll(WORD_RE)].map((m) => variants.get(m[0]) ?? m[0]);
  const compiled: CompiledDiagnosisLexicon = {
    lexicon,
    variants,
    fillers,
    ordinals,
    ordinalJoiners,
    levelJoiners: new Set((lexicon.levelJoiners ?? []).map((w) => w.toLowerCase())),
    timeOpeners: new Set((lexicon.timeOpeners ?? []).map((w) => w.toLowerCase())),
    sideWords,
    levelRegion,
    regionWords,
    conditions,
    procedures,
    maxTokens,
    vocabulary,
    partners,
    vocabularyByLength,
    corrections: new Map(),
    codes,
    categories,
    listCues,
    listCueScan: compilePrefixScan(listCues.map((c) => c.re)),
    narrativeCues,
    // the narrative cues all open with a word boundary, tested once for all of them
    narrativeCueScan: compileWordStartScan(narrativeCues.map((c) => c.re)),
    itemOpeningRules: new Set(lexicon.itemOpeningContextRules?.ids ?? []),
    itemCues: lexicon.itemCues.map((c) => ({ id: c.id, re: new RegExp(c.pattern, 'iu'), assertion: c.assertion, direction: c.direction })),
    statusPostRe: new RegExp(`(?<![a-z])(?:${lexicon.statusPostCues.map(escapeRe).join('|')})(?![a-z])`, 'giu'),
    statusPost: lexicon.statusPostCues.map(toTokens),
    statusPostFirst: new Set(lexicon.statusPostCues.map((c) => toTokens(c)[0] ?? '')),
    qualifierTexts: lexicon.qualifierCues.map((c) => ` ${toTokens(c).join(' ')} `),
    backReferences: lexicon.backReferences.map(toTokens),
    resolvedAfter,
    resolvedAfterOnce: new RegExp(lexicon.resolvedAfter.pattern, 'i'),
    pastHistoryHeaders: lexicon.pastHistoryHeaders.map((h) => h.toLowerCase()),
    otherPersonLine: lexicon.otherPersonLine ? new RegExp(lexicon.otherPersonLine, 'i') : null,
    titleAfter: lexicon.titleAfter ? new RegExp(lexicon.titleAfter, 'i') : null,
    conditionAfter: lexicon.conditionAfter ? new RegExp(`^(?:${lexicon.conditionAfter.pattern})`, 'i') : null,
    conditionAfterScan: lexicon.conditionAfter ? new RegExp(lexicon.conditionAfter.pattern, 'gi') : null,
    conditionAfterWords: lexicon.conditionAfter ? wordsGate(lexicon.conditionAfter.pattern) : null,
    abbreviations: new Set(lexicon.abbreviations.map((a) => a.toLowerCase())),
  };
  cache.set(lexicon, compiled);
  return compiled;
}

/**
 * The words one of which every match of a case-insensitive `pattern` holds, as one case-insensitive
 * regex, or null when some match needs none. V8 finds a few plain words far faster than it tries a
 * pattern opening with `\s*[,(]` at every character.
 */
export function wordsGate(pattern: string): RegExp | null {
  const req = requirement(pattern, true);
  if (!req || !req.every((sets) => sets.length > 0)) return null;
  return new RegExp(req.flatMap((sets) => sets[0]!).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
}
