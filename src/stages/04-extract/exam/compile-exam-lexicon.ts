/**
 * The exam-findings lexicon compiled to regular expressions once per lexicon object (WeakMap),
 * so no sentence ever builds a pattern.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { BodyPart, ExamFindingKind, SectionName } from '../../../types/vocab.js';
import { anyTest } from '../../../text/any-test.js';
import { gatedTest } from './literal-gate.js';
import { termTrie } from './term-trie.js';
import { GateSet, type WordGate } from './word-gate.js';

type Lex = Lexicons['examFindings'];

/** A literal term list as one alternation; longer terms first so they win. */
export interface TermSet<T> {
  /** Global, case-insensitive, whole-word. */
  readonly re: RegExp;
  /** Entry for a matched term (lower-cased, spaces collapsed). */
  readonly lookup: (matched: string) => T | undefined;
  /** False where no term can match (no term's first word is in the text): `re` need not scan it. */
  readonly may: WordGate;
}

export interface CompiledExam {
  readonly lex: Lex;
  /** The scope's exam sections and excluded sections. */
  readonly examSections: ReadonlySet<SectionName>;
  readonly excludedSections: ReadonlySet<SectionName>;
  /** `test` is `re.test` behind the pattern's literal gate (see literal-gate.ts). */
  readonly examCues: ReadonlyArray<{ re: RegExp; test: (text: string) => boolean; block: boolean; weak: boolean }>;
  readonly stopCues: ReadonlyArray<{ re: RegExp; test: (text: string) => boolean; inBlocks: boolean; endsBlock: boolean }>;
  /** Whether any exam cue matches; whether any stop cue does (one scan each, see `anyTest`). */
  readonly anyExamCue: (text: string) => boolean;
  readonly anyStopCue: (text: string) => boolean;
  readonly changeCues: readonly RegExp[];
  /** A neurologic line label that ends the joint label above it. */
  readonly labelReset: RegExp | null;
  /** `labelReset.test` behind its literal gate; never true without a pattern. */
  readonly labelResetTest: (text: string) => boolean;
  /** Where a reading unit is cut before a lower-case line label (global), or null. */
  readonly labelBreak: RegExp | null;
  readonly negBefore: RegExp;
  readonly negAfter: RegExp;
  readonly results: TermSet<Lex['results'][number]>;
  /** A sentence that is only a result and a side, continuing the last test ("negative on the left."). */
  readonly continuation: RegExp;
  /** A result right before the next test name, which belongs to that test. */
  readonly resultBeforeNext: RegExp;
  /** A result written before a test name ("positive facet loading"). */
  readonly resultBefore: RegExp;
  readonly limbPhrase: RegExp;
  /** A limb phrase as a finding's name: abbreviations spelled out ("UE" → "upper extremity"). */
  readonly limbName: (phrase: string) => string;
  readonly modifierStop: RegExp;
  readonly spine: ReadonlySet<string>;
  readonly specific: ReadonlySet<string>;
  readonly limbEntries: ReadonlySet<string>;
  readonly notJoints: ReadonlySet<string>;
  readonly regionless: ReadonlySet<string>;
  /** Lower-cased plural words for a part of both sides ("calves"). */
  readonly pairedPlurals: ReadonlySet<string>;
  /** Finding kinds that take the claim's one limb part when nothing names theirs (see the lexicon). */
  readonly claimPartKinds: ReadonlySet<string>;
  /** Whether a part mention at [start, end) of a text is in a denied complaint (`parts.deniedComplaint`). */
  readonly deniedPart: (text: string, start: number, end: number) => boolean;
  readonly severity: RegExp;
  /** A word that is only a side token ("L", "right"), whole. */
  readonly sideWord: RegExp;
  /** A side token (optionally abbreviated with a full stop) that ends the text, after a start or delimiter: the side of a site that follows ("L gastroc-soleus"). */
  readonly sideBeforeSite: RegExp;
  /** An open parenthesis not closed before a side token: a measure of the other side set aside ("(right 20)"). */
  readonly sideAside: RegExp;
  readonly comparative: RegExp;
  readonly motions: TermSet<Lex['entries'][number]>;
  readonly degree: RegExp;
  /** ROM table row: motion, dot leaders or colon, "A / B", degrees. */
  readonly romRow: RegExp;
  /** A motion and its "A / B" pair on a "(R/L)" header's own line, with no leaders. */
  readonly romInlineRow: RegExp;
  /** "ROM 5-115 degrees". */
  readonly romArc: RegExp;
  /** A further arc joined to a sided one ("compared with 0 to 140 degrees"): groups (start, end). */
  readonly romArcMore: RegExp | null;
  /** The number right after a motion ("is to 45 degrees"). */
  readonly romItem: RegExp;
  /** A further "and 20 degrees to the left" after a first item. */
  readonly romMore: RegExp;
  readonly romTerms: RegExp;
  readonly romWhole: ReadonlyArray<{ re: RegExp; value: string }>;
  /** Whether any `romWhole` pattern matches (one scan for all, see `anyTest`): most sentences hold none. */
  readonly anyRomWhole: (text: string) => boolean;
  readonly slr: RegExp;
  readonly slrExclude: RegExp;
  /** A position word ending right before a straight leg raise ("seated ", "supine "). */
  readonly slrVariant: TermSet<{ name: string }> & { readonly before: RegExp };
  /** The start of a new list line; a result does not read past it. */
  readonly listItem: RegExp | null;
  /** A heading line over a table of motion measures. */
  readonly romHeading: RegExp | null;
  /** A line of side words alone over side columns ("Left   Right"): the lexicon's `sideColumns.header`, one line. */
  readonly sideHeader: RegExp | null;
  /** The link between two bare-number motion items of a shorthand list ("flex 150, abd 140"). */
  readonly romBareListLink: RegExp | null;
  /** Where a side is written around a motion, a sign, or over a two-column table (see the lexicon). */
  readonly sideAfter: RegExp;
  readonly sideBefore: RegExp;
  /** What may stand before the part in a line label, and a side alone in the label's parentheses. */
  readonly labelSide: RegExp;
  readonly labelAside: RegExp;
  /** A test's clause after a semicolon that names only another side; a side right before a test name. */
  readonly testSideOnly: RegExp;
  readonly testSideFirst: RegExp;
  /** "pain with" before a test's name (lexicon `painWithTest`); null when the lexicon has none. */
  readonly painWithTest: RegExp | null;
  /** Where a test was done (lexicon `testPlace`); null when the lexicon has none. */
  readonly testPlace: RegExp | null;
  readonly sideEach: RegExp | null;
  readonly romLevel: RegExp | null;
  /** A second level joined to the first, with its side ("and T7 on the left"): groups level, side. */
  readonly romLevelOther: RegExp | null;
  /** A measure written before its motion ("85 degrees of", "5 degrees short of full"), at the end of the text before it. */
  readonly romMeasureBefore: RegExp | null;
  /** A limb position right after a motion ("at 90 deg abduction"): not its measure. */
  readonly motionPosition: RegExp | null;
  /** Words right before a motion that make it a strength test ("Resisted knee flexion"). */
  readonly resistedMotion: RegExp | null;
  /** The other side's measure after an unsided one (groups `num`, `side`). */
  readonly romOtherSide: readonly RegExp[];
  readonly columnHeader: RegExp | null;
  readonly columnCell: string | null;
  readonly sideColumnHeader: RegExp | null;
  readonly rowPosition: string | null;
  readonly sideTail: RegExp;
  /** A side opening a sentence that covers its limb findings (group 1). */
  readonly sentenceSide: RegExp | null;
  /** The lexicon's `measureSideLabel` ("AROM R:"), or null. */
  readonly measureSideLabel: RegExp | null;
  /** The lexicon's `rowLabelUnit` ("Key pinch (kg)"), or null. */
  readonly rowLabelUnit: RegExp | null;
  /** The lexicon's `gaitFavoursInjured`, or null. */
  readonly gaitFavoursInjured: RegExp | null;
  /** The lexicon's `countedItems`, compiled (patterns global, case-insensitive). */
  readonly countedItems: ReadonlyArray<{ readonly kind: ExamFindingKind; readonly qualifier: string; readonly gate: RegExp; readonly patterns: readonly RegExp[] }>;
  readonly tableSideOrder: RegExp;
  /** The lexicon's `tableVersusOrder`, or null; `romVersusRow` is its row (motion, first measure, second). */
  readonly tableVersusOrder: RegExp | null;
  readonly romVersusRow: RegExp;
  readonly tableAsideOrder: RegExp | null;
  readonly romAsideRow: RegExp;
  readonly tests: TermSet<Lex['specialTests'][number]>;
  /** Lower-cased words of test and straight-leg-raise names ("leg", "arm"), to skip the name scan when none is there. */
  readonly testNameWords: ReadonlySet<string>;
  /** Short test names read only under a label naming the test's body part. */
  readonly labelTests: TermSet<Lex['specialTests'][number]>;
  readonly testStop: RegExp;
  /** Axial pain only after a nerve-root provocation test, and those tests' names (see the lexicon). */
  readonly axialPainOnly: { readonly re: RegExp; readonly tests: ReadonlySet<string> } | null;
  /** Words ending the text before a named test that say the sign is absent ("No Hoffmann sign"). */
  readonly testAbsentBefore: RegExp | null;
  /** A side after a separator where a test's result words end ("...; the left straight leg raise"): the next finding's. */
  readonly testNextSide: RegExp | null;
  readonly reflexTerms: RegExp;
  readonly reflexSites: TermSet<Lex['reflexes']['sites'][number]>;
  readonly reflexGrade: RegExp;
  readonly reflexWords: TermSet<Lex['reflexes']['wordGrades'][number]>;
  readonly symmetric: RegExp;
  readonly motorTerms: RegExp;
  readonly motorSites: TermSet<Lex['motor']['sites'][number]>;
  readonly motorGrade: RegExp;
  /** A strength grade right after a test name ("Empty can 4+/5"): group 1. */
  readonly testGrade: RegExp;
  /** A strength table header with side columns (group 1: the side titles), multiline. */
  readonly motorSideHeader: RegExp | null;
  /** Header words naming the 0-5 scale, and a bare grade cell under such a header (`motor.bareGradeHeader`, `motor.bareGrade`). */
  readonly motorBareGradeHeader: RegExp | null;
  readonly motorBareGrade: RegExp | null;
  /** Muscle names that are not also reflex sites ("great toe extension", not "biceps"). */
  readonly musclesOnly: RegExp;
  /** Words setting a grade apart from the summary grade before it (`gradeException`), global. */
  readonly gradeException: RegExp | null;
  /** A list of places of a sign said to be absent (`negatedPlaces`): what splits two places, a place word that is only part of a name. */
  readonly negatedPlaces: { readonly kinds: ReadonlySet<string>; readonly split: RegExp; readonly partial: RegExp } | null;
  /** A reflex site or muscle followed by its grade ("ankle jerk 1+", "EHL 4/5"). */
  readonly gradedSite: RegExp;
  /** Word values of a single motion without a measure. */
  readonly romMotionWords: ReadonlyArray<{ re: RegExp; value: string; before: boolean }>;
  readonly motorSkipBefore: RegExp;
  readonly motorSkipAfter: RegExp;
  readonly sensationTerms: RegExp;
  /** A shorthand modality's name in the qualifier, by its lower-cased, space-collapsed spelling. */
  readonly modalityName: (written: string) => string;
  readonly sensationValues: TermSet<Lex['sensation']['values'][number]>;
  readonly modalities: RegExp;
  readonly dermatome: RegExp;
  readonly sensationMeasure: RegExp | null;
  /** The part a modality is tested on (`modalityParts`, by qualifier name), and the words that name another. */
  readonly modalityParts: Readonly<Record<string, BodyPart>>;
  readonly modalityPartsExcept: RegExp | null;
  /** One side's measure in a list ("7 mm L, 4 mm R"): groups (number, unit, side). */
  readonly sensationMeasureItem: RegExp | null;
  readonly sensationNormal: RegExp | null;
  /** Modality abbreviations that are not sides ("LT"), case-sensitive. */
  readonly sensationNotSide: RegExp | null;
  readonly summary: RegExp;
  readonly keywords: TermSet<KeywordHit>;
  /** Word gates (see word-gate.ts) of the term lists compiled to plain regexes above. */
  readonly gates: {
    readonly slr: WordGate;
    readonly romTerms: WordGate;
    readonly reflexTerms: WordGate;
    readonly motorTerms: WordGate;
    readonly sensationTerms: WordGate;
    readonly musclesOnly: WordGate;
    /** Keyword findings that need a value word to count ("gait normal"). */
    readonly observations: WordGate;
  };
}

/** A keyword-finding term: its entry and whether the term itself says the sign is absent. */
export interface KeywordHit {
  readonly entry: Lex['keywordFindings'][number];
  readonly negatedTerm: boolean;
  readonly kind: ExamFindingKind;
}

const cache = new WeakMap<object, CompiledExam>();
/** Words allowed between a motion and its number ("flexion is to 45 degrees"). */
// "Knee flexion, active ....   130 deg": the kind of motion may stand between the motion and its measure
const ROM_LINK = '(?:\\s*(?:is|was|were|of|to|at(?:\\s+the)?\\s+side|at|measured|measures|limited to|:|=)\\b\\s*|\\s*[:=]\\s*|\\s*,?\\s*(?:active|passive)\\b,?\\s*)*\\s*';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A lower-cased term with its runs of spaces and hyphens made one space. */
const collapse = (lower: string): string => lower.replace(/[\s-]+/g, ' ').trim();
const norm = (s: string): string => collapse(s.toLowerCase());

/** Whether `collapse` leaves a lower-cased string as it is: single inner spaces, no hyphen, no other white space, no space at an end. */
function isCollapsed(lower: string): boolean {
  const n = lower.length;
  if (n && (lower.charCodeAt(0) === 32 || lower.charCodeAt(n - 1) === 32)) return false;
  for (let i = 0; i < n; i++) {
    const k = lower.charCodeAt(i);
    if (k === 45 || (k === 32 && lower.charCodeAt(i + 1) === 32)) return false;
    if (k !== 32 && (k <= 32 || k >= 160) && /\s/.test(lower[i]!)) return false;
  }
  return true;
}

/** What a space in a term matches: any run of spaces and hyphens ("straight leg raise", "straight-leg raise"). */
const GAP = '[\\s-]+';

/** A term's regex pieces, one per character (upper-case ASCII letters lowered: the patterns ignore case). */
const unitsOf = (t: string): string[] => [...t].map((ch) => (ch === ' ' ? GAP : escape(/[A-Z]/.test(ch) ? ch.toLowerCase() : ch)));

/**
 * Whole-word alternation for case-insensitive patterns, longer terms first; a term starting or
 * ending in a non-word character skips that \b. The leading \b is written once for every term
 * that starts with a word character: V8 then checks it once per position instead of once per term
 * (hundreds of test names). The matches are the same, since a term starting with a word character
 * and one starting with a symbol never match at the same place, so their relative order does not
 * matter. The word-start terms are written as a trie (see term-trie.ts), which matches as the
 * longest-first list does.
 */
function alternation(terms: readonly string[]): string {
  const wordStart: string[][] = [];
  const other: string[] = [];
  for (const t of [...new Set(terms)].sort((a, b) => b.length - a.length)) {
    // a bare symbol ("+") stands alone: not the "+" of a grade ("2+", "4+/5")
    const post = /\w$/.test(t) ? '\\b' : /[^\w)]$/.test(t) ? '(?![\\w+/])' : '';
    if (/^\w/.test(t)) wordStart.push([...unitsOf(t), post]);
    else other.push(`${/^[^\w(]/.test(t) ? '(?<![\\w+/])' : ''}${escape(t).replace(/ /g, GAP)}${post}`);
  }
  return [...(wordStart.length ? [`\\b${termTrie(wordStart, GAP)}`] : []), ...other].join('|');
}

/** The source of a TermSet's regex over these entries (to build a larger pattern around it). */
const termSource = (items: ReadonlyArray<{ terms: readonly string[] }>): string => alternation(items.flatMap((i) => i.terms)) || '(?!)';

/** A TermSet over entries that each carry `terms`. */
export function termSet<T>(items: ReadonlyArray<{ terms: readonly string[] } & T>, gates: GateSet, flags = 'gi'): TermSet<T> {
  const map = new Map<string, T>();
  for (const it of items) for (const t of it.terms) if (!map.has(norm(t))) map.set(norm(t), it);
  const terms = items.flatMap((i) => i.terms);
  const re = new RegExp(termSource(items), flags);
  // a match already in its normal form (lower case, single spaces) is found without normalising it
  const lookup = (m: string): T | undefined => {
    const lower = m.toLowerCase();
    const hit = map.get(lower);
    // a miss already in normal form is a miss: the collapse (a replace and a trim) is skipped
    return hit !== undefined || isCollapsed(lower) ? hit : map.get(collapse(lower));
  };
  return { re, lookup, may: gates.add(terms) };
}

/** Alternation of the explicit (not weak) result words. */
function strongResults(lex: Lex): string {
  return alternation(lex.results.filter((r) => !r.weak).flatMap((r) => r.terms));
}

/**
 * The result words, plus each entry's `sideTerms` ("-"): symbols that are a result only when a
 * side (a side token or a side letter) follows them ("- L", "- B").
 */
function resultSet(lex: Lex, gates: GateSet): TermSet<Lex['results'][number]> {
  const base = termSet(lex.results, gates);
  const sided = lex.results.flatMap((r) => (r.sideTerms ?? []).map((t) => ({ t, r })));
  if (!sided.length) return base;
  const letters = Object.keys(lex.sideLetters ?? { R: 'right', L: 'left' }).join('');
  const side = `(?=[ \\t]*(?:(?:${lex.sideToken})\\b|[${letters}](?![\\w'/]))(?![\\w'/-]*\\d))`;
  const source = [base.re.source, ...sided.map(({ t }) => `(?<![\\w+/-])${escape(t)}${side}`)].join('|');
  const map = new Map(sided.map(({ t, r }) => [norm(t), r] as const));
  const may = gates.add(sided.map(({ t }) => t));
  return { re: new RegExp(source, 'gi'), lookup: (m) => base.lookup(m) ?? map.get(norm(m)), may: (text) => base.may(text) || may(text) };
}

/** A cue with its gated `test`. */
const gated = <T extends { re: RegExp }>(q: T): T & { test: (text: string) => boolean } => ({ ...q, test: gatedTest(q.re) });

const words = (terms: readonly string[]): RegExp => new RegExp(alternation(terms) || '(?!)', 'gi');

/** The test of `parts.deniedComplaint` (never true when the lexicon has none). */
function deniedPartTest(denied: Lex['parts']['deniedComplaint']): CompiledExam['deniedPart'] {
  if (!denied) return () => false;
  const before = new RegExp(denied.before, 'i');
  const after = new RegExp(denied.after, 'i');
  return (text, start, end) => after.test(text.slice(end, end + 40)) && before.test(text.slice(Math.max(0, start - 120), start));
}

/** The compiled exam lexicon (cached per lexicon object). */
export function compileExamLexicon(lex: Lex): CompiledExam {
  const hit = cache.get(lex);
  if (hit) return hit;
  const keywordItems = lex.keywordFindings.flatMap((entry) => [
    { terms: entry.terms, entry, negatedTerm: false, kind: entry.kind },
    ...(entry.negatedTerms?.length ? [{ terms: entry.negatedTerms, entry, negatedTerm: true, kind: entry.kind }] : []),
  ]);
  // one gate set for the lexicon: a sentence's words are looked up once for all its term lists
  const gates = new GateSet();
  const c: CompiledExam = {
    lex,
    examSections: new Set(lex.scope.examSections),
    excludedSections: new Set(lex.scope.excludedSections),
    examCues: lex.scope.examCues.map((q) => gated({ re: new RegExp(q.pattern, 'i'), block: q.block ?? false, weak: q.weak ?? false })),
    stopCues: lex.scope.stopCues.map((q) => gated({ re: new RegExp(q.pattern, 'i'), inBlocks: q.inBlocks ?? false, endsBlock: q.endsBlock ?? false })),
    anyExamCue: anyTest(lex.scope.examCues.map((q) => new RegExp(q.pattern, 'i'))),
    anyStopCue: anyTest(lex.scope.stopCues.map((q) => new RegExp(q.pattern, 'i'))),
    changeCues: lex.scope.changeCues.map((q) => new RegExp(q.pattern, 'i')),
    labelReset: lex.scope.labelReset ? new RegExp(lex.scope.labelReset, 'i') : null,
    labelResetTest: lex.scope.labelReset ? gatedTest(new RegExp(lex.scope.labelReset, 'i')) : () => false,
    labelBreak: lex.scope.labelBreak ? new RegExp(lex.scope.labelBreak, 'g') : null,
    negBefore: new RegExp(lex.negation.before, 'i'),
    negAfter: new RegExp(lex.negation.after, 'i'),
    results: resultSet(lex, gates),
    continuation: new RegExp(`^\\s*(?:and\\s+|but\\s+)?(${strongResults(lex)})\\b[^.;]{0,30}$`, 'i'),
    // "..., and the knee was stable to varus stress": a short lead-in may sit between the break and the result
    resultBeforeNext: new RegExp(`(?:[,;]|\\band\\b)(?:\\s+[a-z]+){0,4}?\\s*(?:${strongResults(lex)})\\s+(?:\\w+\\s+)?$`, 'i'),
    // "stable to anterior and posterior load and shift": "to" may lead a few words into the name;
    // the alternation carries its own boundaries, so "(+) Tinel's" (a symbol first) is read too
    resultBefore: new RegExp(`(${strongResults(lex)})\\s+(?:to\\s+(?:\\w+\\s+){0,3}|\\w+\\s+)?$`, 'i'),
    limbPhrase: new RegExp(lex.limbPhrase, 'i'),
    limbName: (phrase: string): string => {
      const key = Object.keys(lex.limbAbbreviations ?? {}).find((k) => k.toLowerCase() === phrase.trim().toLowerCase());
      return key ? lex.limbAbbreviations![key]! : phrase;
    },
    modifierStop: new RegExp(`^(?:${alternation(lex.modifierStops)})$`, 'i'),
    spine: new Set(lex.parts.spine),
    specific: new Set(lex.parts.specific),
    limbEntries: new Set(lex.parts.limbEntries),
    notJoints: new Set(lex.parts.notJoints),
    regionless: new Set(lex.parts.regionless.map((w) => w.toLowerCase())),
    pairedPlurals: new Set((lex.parts.pairedPlurals ?? []).map((w) => w.toLowerCase())),
    claimPartKinds: new Set(lex.parts.claimPartKinds ?? []),
    deniedPart: deniedPartTest(lex.parts.deniedComplaint),
    severity: new RegExp(`(?:${alternation(lex.severities)})`, 'i'),
    sideWord: new RegExp(`^(?:${lex.sideToken})$`, 'i'),
    sideBeforeSite: new RegExp(`(?:^|[\\s,;:(])(?:${lex.sideToken})\\.?[ \\t]+$`, 'i'),
    sideAside: new RegExp(`\\([^()]*\\b(?:${lex.sideToken})\\b`, 'i'),
    comparative: new RegExp(lex.comparative, 'i'),
    motions: termSet(lex.entries, gates),
    degree: new RegExp(lex.degreeUnit, 'i'),
    romRow: new RegExp(`(${termSource(lex.entries)})\\s*(?:\\.{2,}|:)\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*(${lex.degreeUnit})?`, 'gi'),
    romInlineRow: new RegExp(`(${termSource(lex.entries)})\\s+(\\d{1,3})\\s*/\\s*(\\d{1,3})(?![\\d/])(?:[ \\t]*(${lex.degreeUnit}))?`, 'gi'),
    romArc: new RegExp(`${lex.romArcLead}(\\d{1,3})\\s*(?:-|–|to)\\s*(\\d{1,3})\\s*${lex.degreeUnit}`, 'gi'),
    // the other side's arc may leave the unit to the first ("0-135 degrees versus 0-140 on the right")
    romArcMore: lex.romArcLink ? new RegExp(`${lex.romArcLink}(\\d{1,3})\\s*(?:-|–|to)\\s*(\\d{1,3})(?:\\s*${lex.degreeUnit})?`, 'i') : null,
    romItem: new RegExp(`^${ROM_LINK}(?:(?<lack>lacks|lacked|lacking)\\s+)?(?:(?:(?:to|on)\\s+the\\s+)?(?<pre>${lex.sideToken})(?:\\s*,?\\s*(?<=(?:left|right),?\\s*)|\\s+(?=-?\\d)))?(?<num>-?\\d{1,3})(?:\\s*(?:-|–|to)\\s*(?<high>\\d{1,3})(?=\\s*${lex.degreeUnit})|(?:\\s*/\\s*|\\s+of\\s+(?=\\d{2,3}\\s*${lex.degreeUnit}))(?<norm>\\d{2,3})(?![\\d/]))?(?!\\s*%|\\s*/(?!\\s*(?:${lex.sideToken})\\s+-?\\d)|\\d)\\s*(?<unit>${lex.degreeUnit})?`, 'i'),
    // "30 deg R / 65 deg L", "10 degrees right, 20 degrees left": a side word or letter closing the measure is its side
    // "5 degrees right vs 20 degrees left": "versus" links the other side's measure as "and" does
    romMore: new RegExp(`^\\s*(?:,|and|,\\s*and|vs\\.?|versus|\\/(?=\\s*(?:(?:${lex.sideToken})\\s|-?\\d)))\\s*(?:(?:(?:to|on)\\s+the\\s+)?(?<pre>${lex.sideToken})(?:\\s*,?\\s*(?<=(?:left|right),?\\s*)|\\s+(?=-?\\d)))?(?<num>-?\\d{1,3})\\s*(?<unit>${lex.degreeUnit})?(?:\\s*(?:(?:to|on)\\s+the\\s+)?(?<post>left|right|[LR](?=\\s*(?:[,.;/)]|$)))\\b)?`, 'i'),
    romTerms: words(lex.romTerms),
    romMotionWords: (lex.romMotionWords ?? []).map((w) => ({ re: new RegExp(w.pattern, 'i'), value: w.value, before: w.position === 'before' })),
    romWhole: lex.romWholeValues.map((w) => ({ re: new RegExp(w.pattern, 'gi'), value: w.value })),
    anyRomWhole: anyTest(lex.romWholeValues.map((w) => new RegExp(w.pattern, 'i'))),
    slr: words(lex.straightLegRaise.terms),
    slrExclude: new RegExp(lex.straightLegRaise.exclude, 'i'),
    slrVariant: {
      ...termSet(lex.straightLegRaise.variants ?? [], gates),
      before: new RegExp(`(?:${alternation((lex.straightLegRaise.variants ?? []).flatMap((v) => v.terms)) || '(?!)'})\\s+$`, 'i'),
    },
    // case-sensitive: a list line starts with a capitalised name
    listItem: lex.listItem ? new RegExp(lex.listItem) : null,
    romHeading: lex.romHeading ? new RegExp(lex.romHeading, 'i') : null,
    sideHeader: lex.sideColumns ? new RegExp(lex.sideColumns.header, 'i') : null,
    romBareListLink: lex.romBareListLink ? new RegExp(lex.romBareListLink, 'i') : null,
    sideAfter: new RegExp(lex.sideAfter, 'i'),
    sideEach: lex.sideEach ? new RegExp(lex.sideEach, 'i') : null,
    romLevel: lex.romLevel ? new RegExp(lex.romLevel, 'i') : null,
    romLevelOther: lex.romLevelOther ? new RegExp(lex.romLevelOther, 'i') : null,
    romMeasureBefore: lex.romMeasureBefore ? new RegExp(lex.romMeasureBefore, 'i') : null,
    motionPosition: lex.motionPosition ? new RegExp(lex.motionPosition, 'i') : null,
    resistedMotion: lex.resistedMotion ? new RegExp(lex.resistedMotion, 'i') : null,
    romOtherSide: (lex.romOtherSide ?? []).map((p) => new RegExp(p, 'i')),
    columnHeader: lex.columnHeader ? new RegExp(lex.columnHeader, 'gim') : null,
    columnCell: lex.columnCell ?? null,
    sideColumnHeader: lex.sideColumnHeader ? new RegExp(lex.sideColumnHeader, 'gim') : null,
    rowPosition: lex.rowPosition ?? null,
    sideBefore: new RegExp(lex.sideBefore, 'i'),
    labelSide: new RegExp(lex.labelSide, 'i'),
    labelAside: new RegExp(lex.labelAside, 'i'),
    testSideOnly: new RegExp(lex.testSideOnly, 'i'),
    testSideFirst: new RegExp(lex.testSideFirst, 'i'),
    painWithTest: lex.painWithTest ? new RegExp(lex.painWithTest, 'i') : null,
    testPlace: lex.testPlace ? new RegExp(lex.testPlace, 'i') : null,
    sideTail: new RegExp(lex.sideTail, 'i'),
    sentenceSide: lex.sentenceSide ? new RegExp(lex.sentenceSide, 'i') : null,
    measureSideLabel: lex.measureSideLabel ? new RegExp(lex.measureSideLabel, 'i') : null,
    rowLabelUnit: lex.rowLabelUnit ? new RegExp(lex.rowLabelUnit, 'i') : null,
    gaitFavoursInjured: lex.gaitFavoursInjured ? new RegExp(lex.gaitFavoursInjured, 'i') : null,
    countedItems: (lex.countedItems ?? []).map((x) => ({ kind: x.kind, qualifier: x.qualifier, gate: new RegExp(x.gate, 'i'), patterns: x.patterns.map((p) => new RegExp(p, 'gi')) })),
    tableSideOrder: new RegExp(lex.tableSideOrder, 'gi'),
    tableVersusOrder: lex.tableVersusOrder ? new RegExp(lex.tableVersusOrder, 'gi') : null,
    romVersusRow: new RegExp(`(${termSource(lex.entries)})\\s*(?:\\.{2,}|:)?\\s*(\\d{1,3})\\s*(?:${lex.degreeUnit}\\s*)?(?:vs\\.?|versus)\\s*(\\d{1,3})\\s*(${lex.degreeUnit})?`, 'gi'),
    tableAsideOrder: lex.tableAsideOrder ? new RegExp(lex.tableAsideOrder, 'gi') : null,
    // "Dorsiflexion ..... 5 deg (20 deg)": the other side's value in parentheses
    romAsideRow: new RegExp(`(${termSource(lex.entries)})\\s*(?:\\.{2,}|:)\\s*(\\d{1,3})\\s*(?:${lex.degreeUnit}\\s*)?\\(\\s*(\\d{1,3})\\s*(${lex.degreeUnit})?\\s*\\)`, 'gi'),
    tests: termSet(lex.specialTests, gates),
    labelTests: termSet(lex.specialTests.flatMap((t) => (t.underLabel?.length ? [{ ...t, terms: t.underLabel }] : [])), gates),
    testNameWords: new Set([...lex.specialTests.flatMap((t) => t.terms), ...lex.straightLegRaise.terms]
      .flatMap((t) => t.toLowerCase().split(/[\s/-]+/))),
    testStop: new RegExp(lex.testNameStop, 'i'),
    axialPainOnly: lex.axialPainOnly ? { re: new RegExp(lex.axialPainOnly.pattern, 'i'), tests: new Set(lex.axialPainOnly.tests) } : null,
    testAbsentBefore: lex.testAbsentBefore ? new RegExp(lex.testAbsentBefore.pattern, 'i') : null,
    testNextSide: lex.testNextSide ? new RegExp(lex.testNextSide.pattern, 'i') : null,
    reflexTerms: words(lex.reflexes.terms),
    reflexSites: termSet(lex.reflexes.sites, gates),
    reflexGrade: new RegExp(lex.reflexes.grade, 'g'),
    reflexWords: termSet(lex.reflexes.wordGrades, gates),
    symmetric: new RegExp(lex.reflexes.symmetric, 'i'),
    motorTerms: words(lex.motor.terms),
    motorSites: termSet(lex.motor.sites, gates),
    gradeException: lex.gradeException ? new RegExp(lex.gradeException, 'gi') : null,
    negatedPlaces: lex.negatedPlaces ? { kinds: new Set(lex.negatedPlaces.kinds), split: new RegExp(lex.negatedPlaces.split, 'gi'), partial: new RegExp(lex.negatedPlaces.partial, 'i') } : null,
    musclesOnly: words(lex.motor.sites.flatMap((m) => m.terms).filter((term) => !lex.reflexes.sites.some((r) => r.terms.some((x) => x.toLowerCase() === term.toLowerCase())))),
    motorGrade: new RegExp(lex.motor.grade, 'g'),
    testGrade: new RegExp(`^\\s*\\)?\\s*:?\\s*(${lex.motor.grade})`, 'i'),
    motorSideHeader: lex.motor.sideColumnHeader ? new RegExp(lex.motor.sideColumnHeader, 'gim') : null,
    motorBareGradeHeader: lex.motor.bareGradeHeader ? new RegExp(lex.motor.bareGradeHeader, 'i') : null,
    motorBareGrade: lex.motor.bareGrade ? new RegExp(lex.motor.bareGrade) : null,
    gradedSite: new RegExp(`(?:${termSource(lex.reflexes.sites)})\\s*(?:${lex.reflexes.grade})|(?:${termSource(lex.motor.sites)})\\s*(?:${lex.motor.grade})`, 'i'),
    motorSkipBefore: new RegExp(lex.motor.skipBefore, 'i'),
    motorSkipAfter: new RegExp(lex.motor.skipAfter, 'i'),
    sensationTerms: words(lex.sensation.terms),
    modalityName: ((names: ReadonlyMap<string, string>) => (w: string): string => names.get(norm(w)) ?? w.toLowerCase())(
      new Map(Object.entries(lex.sensation.modalityNames ?? {}).map(([k, v]) => [norm(k), v]))),
    sensationValues: termSet(lex.sensation.values, gates),
    modalities: words(lex.sensation.modalities),
    sensationMeasure: lex.sensation.measure ? new RegExp(lex.sensation.measure, 'i') : null,
    modalityParts: lex.sensation.modalityParts ?? {},
    modalityPartsExcept: lex.sensation.modalityPartsExcept ? new RegExp(lex.sensation.modalityPartsExcept, 'i') : null,
    sensationMeasureItem: lex.sensation.measureItem ? new RegExp(lex.sensation.measureItem, 'gi') : null,
    sensationNormal: lex.sensation.normalPhrase ? new RegExp(lex.sensation.normalPhrase, 'gi') : null,
    sensationNotSide: lex.sensation.notSide ? new RegExp(lex.sensation.notSide, 'g') : null,
    dermatome: new RegExp(lex.sensation.location, 'gi'),
    summary: new RegExp(lex.summaries.pattern, 'gi'),
    keywords: termSet(keywordItems, gates),
    gates: {
      slr: gates.add(lex.straightLegRaise.terms),
      romTerms: gates.add(lex.romTerms),
      reflexTerms: gates.add(lex.reflexes.terms),
      motorTerms: gates.add(lex.motor.terms),
      sensationTerms: gates.add(lex.sensation.terms),
      musclesOnly: gates.add(lex.motor.sites.flatMap((m) => m.terms)),
      observations: gates.add(keywordItems.filter((k) => k.entry.requireValue === true).flatMap((k) => k.terms)),
    },
  };
  cache.set(lex, c);
  return c;
}

/** All matches of a global regex in `text` (lastIndex reset first). */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The first match of a global regex in `text`, as `allMatches(re, text)[0]` without scanning past it (lastIndex left at 0). */
export function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}
