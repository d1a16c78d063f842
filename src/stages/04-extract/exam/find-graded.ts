/**
 * Graded findings: reflexes ("patellar 2+ and symmetric", "biceps 1+ right, 2+ left",
 * "plantar responses flexor") and strength ("4/5 left EHL", "deltoid 5/5 bilaterally"). Each
 * grade is one finding; the text between two grades is cut at the last separator, sites named
 * before a grade belong to it, and a grade with no site of its own inherits the previous one's
 * ("Biceps and brachioradialis reflexes were 1+ on the right and 2+ on the left").
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { Sentence } from '../../../types/pipeline.js';
import type { BodyPart, ExamFindingKind, Side } from '../../../types/vocab.js';
import { allMatches, firstMatch, type CompiledExam, type TermSet } from './compile-exam-lexicon.js';
import type { Draft } from './exam-types.js';
import type { WordGate } from './word-gate.js';
import { mayMatch } from './literal-gate.js';
import { sideIn } from './side-in.js';
import { lineMatches } from './line-matches.js';

interface Grade {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly skip: boolean;
}

interface Site {
  readonly name: string;
  readonly bodyPart?: BodyPart | undefined;
  readonly wordGradesOnly?: boolean | undefined;
  readonly specific?: boolean | undefined;
  readonly needsTerm?: boolean | undefined;
  readonly terms: readonly string[];
}

/** "A", "A and B", "A, B, C" — the way records list reflex and muscle sites. */
export function joinNames(names: readonly string[]): string {
  const u = [...new Set(names)];
  return u.length <= 2 ? u.join(' and ') : u.join(', ');
}

/** A full stop before a capitalised word: the graded text ends there. */
const SENTENCE_STOP = /\.\s+(?=[A-Z])/;

/**
 * Cut point between two grades: just after the last separator between them, or, with none,
 * before the first site named between them ("2+ left triceps 2+" when a semicolon was lost).
 * Words of exception ("5/5 except left EHL 4/5") cut after them, wherever a separator is.
 */
function cut(text: string, from: number, to: number, sites: RegExp, exception: RegExp | null): number {
  const between = text.slice(from, to);
  const apart = exception ? allMatches(exception, between).pop() : undefined;
  if (apart) return from + apart.index + apart[0].length;
  const semi = between.lastIndexOf(';');
  if (semi >= 0) return from + semi + 1;
  const comma = between.lastIndexOf(',');
  const and = between.search(/\band\b(?!.*\band\b)/i);
  const sep = Math.max(comma, and);
  if (sep >= 0) return from + sep + (sep === and ? 3 : 1);
  sites.lastIndex = 0;
  const site = sites.exec(between);
  sites.lastIndex = 0;
  return site ? from + site.index : to;
}

function sitesIn<T extends Site>(set: TermSet<T>, text: string): T[] {
  const out: T[] = [];
  for (const m of allMatches(set.re, text)) {
    const e = set.lookup(m[0]);
    if (e) out.push(e);
  }
  return out;
}

/**
 * Items of one graded chain in `t`: grade, its text, its sites. `sideBefore` is the exam lexicon's
 * side token ending a text: a side right before the chain's first site belongs to its grade.
 */
function chain<T extends Site>(
  t: string, grades: readonly Grade[], sites: TermSet<T>, anchor: RegExp, sideBefore: RegExp, exception: RegExp | null,
  others: ReadonlyArray<readonly [WordGate, RegExp]> = [],
): Array<{ grade: Grade; from: number; to: number; sites: T[] }> {
  const out: Array<{ grade: Grade; from: number; to: number; sites: T[] }> = [];
  let inherited: T[] = [];
  grades.forEach((g, i) => {
    const prev = grades[i - 1];
    const next = grades[i + 1];
    let from: number;
    if (prev) from = cut(t, prev.end, g.start, sites.re, exception);
    else {
      // the chain starts at the first site or term after the last ";" before the grade
      const clauseStart = t.lastIndexOf(';', g.start) + 1;
      const head = t.slice(clauseStart, g.start);
      const starts = [firstMatch(sites.re, head), firstMatch(anchor, head)].flatMap((m) => (m ? [m.index] : []));
      from = clauseStart + (starts.length ? Math.min(...starts) : Math.max(0, head.length - 30));
      // "L gastroc-soleus 4+/5": a side letter right before the first site is the grade's
      const side = sideBefore.exec(t.slice(Math.max(clauseStart, from - 8), from));
      if (starts.length && side) from -= side[0].length - (/^[\s,;:(]/.test(side[0]) ? 1 : 0);
    }
    const to = next ? cut(t, g.end, next.start, sites.re, exception) : (() => {
      // "2+ on the right, and great toe extension strength 5/5 bilaterally": another kind's words end the last grade's text
      // "Achilles 1+ L, 2+ R. Babinski neg bilat.": a full stop before a capital ends it too
      const stop = SENTENCE_STOP.exec(t.slice(g.end));
      const rest = t.slice(g.end);
      const ends = [t.indexOf(';', g.end), stop ? g.end + stop.index + 1 : -1, ...others.map(([may, re]) => {
        re.lastIndex = 0;
        const m = may(rest) ? re.exec(rest) : null;
        re.lastIndex = 0;
        return m ? g.end + m.index : -1;
      })].filter((i) => i >= 0);
      return ends.length ? Math.min(...ends) : t.length;
    })();
    let own = sitesIn(sites, t.slice(from, to)).filter((x) => !x.wordGradesOnly || /[a-z]/i.test(g.value));
    if (!own.length) own = inherited;
    inherited = own;
    if (!g.skip) out.push({ grade: g, from, to, sites: own });
  });
  return out;
}

/** What splits a graded text into the clauses of its items ("2+ on the left, and right triceps ..."). */
const CLAUSE_JOIN = /,\s*(?:and|but)\b|;|\band\b|\bcompared\s+(?:with|to)\b|\bversus\b|\bvs\.?/gi;

/**
 * The side of a grade whose text names both sides because it runs into the next item ("2+ on the
 * left, and right triceps"; "right triceps reflex of 1+ compared with 2+ on the left, and right
 * triceps strength of 4+/5"): the side of the grade's own clause, when every other clause naming a
 * side names a site or a grade there too (it is another item's). Null when that does not settle it.
 */
function ownClauseSide(text: string, gradeAt: number, sites: RegExp, lexicons: Pick<Lexicons, 'bodyParts'>): Side | null {
  const cuts = [0];
  CLAUSE_JOIN.lastIndex = 0;
  for (let m = CLAUSE_JOIN.exec(text); m; m = CLAUSE_JOIN.exec(text)) cuts.push(m.index, m.index + m[0].length);
  cuts.push(text.length);
  let own: Side | null = null;
  for (let i = 0; i + 1 < cuts.length; i += 2) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    const side = sideIn(text.slice(a, b), lexicons);
    if (gradeAt >= a && gradeAt < b) own = side;
    else if (side) {
      // another item's clause names a site or a grade of its own ("compared with 2+ on the left")
      const clause = text.slice(a, b);
      sites.lastIndex = 0;
      const named = /\d/.test(clause) || sites.test(clause);
      sites.lastIndex = 0;
      if (!named) return null;
    }
  }
  return own === 'bilateral' ? null : own;
}

function drafts<T extends Site>(
  kind: ExamFindingKind, s: Sentence, items: ReturnType<typeof chain<T>>, generic: (text: string) => string | null,
  lexicons: Pick<Lexicons, 'bodyParts'>, symmetric: RegExp, siteRe: RegExp,
): Draft[] {
  // "Manual muscle testing (L): flexion 4/5, ER 4-/5": a side in the label before the colon covers the chain
  const colon = s.text.indexOf(':');
  const labelSide = items.length > 1 && colon >= 0 && colon < items[0]!.grade.start ? sideIn(s.text.slice(0, colon), lexicons) : null;
  const out = items.map(({ grade, from, to, sites }) => {
    const text = s.text.slice(from, to);
    // "L gastrocnemius 4+/5 (8 heel raises L vs 15 R)": a side outside the aside beats the sides compared inside it
    const outside = text.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
    let side = sideIn(outside, lexicons) ?? sideIn(text, lexicons) ?? (symmetric.test(text) ? 'bilateral' : labelSide);
    if (side === 'bilateral' && !symmetric.test(text)) side = ownClauseSide(text, grade.start - from, siteRe, lexicons) ?? side;
    const qualifier = sites.length ? joinNames(sites.map((x) => x.name)) : generic(text);
    return {
      kind, start: s.start + from, end: s.start + Math.max(to, grade.end), qualifier, value: grade.value, unit: null,
      side, defaultPart: sites.length === 1 ? sites[0]!.bodyPart ?? null : null, negated: false,
      specificPart: sites.length === 1 && (sites[0]!.specific ?? false),
    };
  });
  // "Biceps strength was 4+/5 and wrist extension 4/5 on the right": a side written only after the
  // last of grades joined by "and" is theirs too (one written before a site, "and left ...", is its own)
  for (let i = out.length - 2; i >= 0; i--) {
    const next = items[i + 1]!;
    if (out[i]!.side !== null || out[i + 1]!.side === null || !AND_JOIN.test(s.text.slice(items[i]!.grade.end, next.from))) continue;
    if (sideIn(s.text.slice(next.from, next.grade.start), lexicons) !== null) continue;
    out[i] = { ...out[i]!, side: out[i + 1]!.side };
  }
  return out;
}

/** A side right after a word grade ("trace on the left", "absent L"). */
const SIDE_NEXT = /^\s*(?:on\s+the\s+|in\s+the\s+)?(?:left|right|L|R)\b/i;
/** What lies between a grade with its side and a word grade joined to it (" on the right and ", ", "). */
const AND_BEFORE = /^\s*(?:(?:on\s+the\s+)?(?:left|right|L|R)\b)?\s*(?:,\s*(?:and|but)?|and|but)\s*$/i;

/** What may join two graded items that share a side written after the last ("4+/5 and wrist extension 4/5 on the right"). */
const AND_JOIN = /^\s*,?\s*and\s*$/i;

/** Reflex drafts in one exam sentence. */
export function findReflexes(c: CompiledExam, s: Sentence, lexicons: Pick<Lexicons, 'bodyParts'>): Draft[] {
  const t = s.text;
  c.reflexTerms.lastIndex = 0;
  const named = c.gates.reflexTerms(t) && c.reflexTerms.test(t);
  c.reflexTerms.lastIndex = 0;
  // without the word "reflexes", a grade counts only next to a site that is not also a body part ("1+ effusion" of a knee is not a reflex)
  // every site match, found once for both readings below (none where the gate rules the sites out)
  const siteMatches = c.reflexSites.may(t) ? allMatches(c.reflexSites.re, t) : [];
  const sites = siteMatches.filter((m) => named || !c.reflexSites.lookup(m[0])?.needsTerm);
  if (!named && !sites.length) return [];
  const nearSite = (i: number): boolean => named || sites.some((m) => Math.abs(m.index - i) <= 25);
  // "2+/4" is written "2+"; a bare "2/4" stays as written
  const grades: Grade[] = allMatches(c.reflexGrade, t).filter((m) => nearSite(m.index)).map((m) => ({
    start: m.index, end: m.index + m[0].length, value: m[0].replace(/\s/g, '').replace(/^(\d\+)\/4$/, '$1'), skip: false,
  }));
  // word grades right after a site ("plantar responses flexor", "Achilles reflex absent")
  for (const m of siteMatches) {
    const after = t.slice(m.index + m[0].length);
    c.reflexTerms.lastIndex = 0;
    const term = c.reflexTerms.exec(after);
    c.reflexTerms.lastIndex = 0;
    const skipTerm = term && term.index <= 1 ? term.index + term[0].length : 0;
    const w = /^\s*(?:are|were|is|was)?\s*([a-z-]+(?:\s[a-z]+)?)/i.exec(after.slice(skipTerm));
    if (w && grades.some((g) => g.start <= m.index + m[0].length + skipTerm + w.index + w[0].length && g.end > m.index)) continue;
    // "absent and the left ...": a two-word grade ("not elicited") or the first word alone
    const word = w ? (c.reflexWords.lookup(w[1]!) ? w[1]! : w[1]!.split(' ')[0]!) : '';
    const grade = w ? c.reflexWords.lookup(word) : undefined;
    if (!w || !grade) continue;
    const start = m.index + m[0].length + skipTerm + w[0].indexOf(w[1]!);
    // "diminished (1+)": the grade in parentheses says the same thing in numbers and is kept
    const paren = /^\s*\(([^()]{1,8})\)/.exec(t.slice(start + w[1]!.length));
    c.reflexGrade.lastIndex = 0;
    const numeric = paren ? c.reflexGrade.test(paren[1]!) : false;
    c.reflexGrade.lastIndex = 0;
    if (numeric) continue;
    grades.push({ start, end: start + word.length, value: grade.value, skip: false });
  }
  // "and absent at the ankles": a word grade right before a site
  for (const m of allMatches(c.reflexWords.re, t)) {
    const grade = c.reflexWords.lookup(m[0]);
    const next = t.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (!grade || grades.some((g) => g.start <= m.index && m.index < g.end)) continue;
    c.reflexSites.re.lastIndex = 0;
    const site = c.reflexSites.re.exec(next);
    c.reflexSites.re.lastIndex = 0;
    // "1+ on the right and trace on the left": a word grade joined to an earlier grade, with a side of its own
    const pairedSide = SIDE_NEXT.test(next) && grades.some((g) => g.end <= m.index && AND_BEFORE.test(t.slice(g.end, m.index)));
    if (!pairedSide && (!site || !/^\s*(?:at|in|of)?\s*(?:the\s+)?(?:left|right|bilateral)?\s*$/i.test(next.slice(0, site.index)))) continue;
    grades.push({ start: m.index, end: m.index + m[0].length, value: grade.value, skip: false });
  }
  grades.sort((a, b) => a.start - b.start);
  const generic = (text: string): string | null => {
    c.reflexTerms.lastIndex = 0;
    const limb = c.limbPhrase.exec(text) ?? c.limbPhrase.exec(t);
    const term = c.reflexTerms.exec(text) ?? (c.reflexTerms.lastIndex = 0, c.reflexTerms.exec(t));
    c.reflexTerms.lastIndex = 0;
    // a reflex finding always names what was tested: reviewers compare that name
    return limb ? c.limbName(limb[0]) : term ? term[0] : 'reflexes';
  };
  return drafts('reflex', s, chain(t, grades, c.reflexSites, c.reflexTerms, c.sideBeforeSite, c.gradeException, [[c.gates.motorTerms, c.motorTerms], [c.gates.musclesOnly, c.musclesOnly], [c.gates.sensationTerms, c.sensationTerms], [c.gates.slr, c.slr]]), generic, lexicons, c.symmetric, c.reflexSites.re);
}

/** A strength grade as written in the contract: "4 out of 5" and a bare table grade "4" are "4/5". */
function gradeOutOf5(cell: string): string {
  const g = cell.replace(/\s*out of\s*/i, '/').replace(/\s/g, '');
  return g.includes('/') ? g : `${g}/5`;
}

/**
 * Rows of a strength table whose columns are sides ("Motor (MRC grade)   Left   Right", then
 * "Tibialis anterior   3/5   5/5"): one finding per cell, the row's muscle and the column's side.
 */
function sideColumnRows(c: CompiledExam, s: Sentence, lexicons: Pick<Lexicons, 'bodyParts'>): { drafts: Draft[]; rows: Array<[number, number]> } {
  const t = s.text;
  const header = c.motorSideHeader ? lineMatches(c.motorSideHeader, t).pop() : undefined;
  if (!header) return { drafts: [], rows: [] };
  const sides = header[1]!.trim().split(/[\s.]+/).map((w) => sideIn(w, lexicons));
  if (sides.length < 2 || sides.some((x) => x === null)) return { drafts: [], rows: [] };
  // "Strength (MRC)   Right   Left": a header naming the 0-5 scale lets a cell be a bare grade ("5", "4+")
  const bare = c.motorBareGrade && c.motorBareGradeHeader?.test(header[0]) ? `|${c.motorBareGrade.source}(?![\\d/.])` : '';
  const grade = `${c.lex.motor.grade}${bare}`;
  // a muscle's label may name its root or muscle in parentheses ("Hip abduction (L5, gluteus medius)")
  const row = new RegExp(`^[ \\t]*([A-Za-z](?:[A-Za-z ()/'-]|\\([^()\\n]{1,40}\\))*?)${`[ \\t]+(${grade})`.repeat(sides.length)}[ \\t]*$`, 'gim');
  const drafts: Draft[] = [];
  const rows: Array<[number, number]> = [];
  const from = header.index + header[0].length;
  for (const m of allMatches(row, t.slice(from))) {
    const start = from + m.index + m[0].search(/\S/);
    const end = from + m.index + m[0].trimEnd().length;
    const label = m[1]!.trim();
    const site = sitesIn(c.motorSites, label)[0];
    rows.push([start, end]);
    sides.forEach((side, i) => {
      drafts.push({
        kind: 'motor_strength', start: s.start + start, end: s.start + end, qualifier: site?.name ?? label.toLowerCase(),
        value: gradeOutOf5(m[i + 2]!), unit: null, side, defaultPart: site?.bodyPart ?? null,
        negated: false, specificPart: site?.specific ?? false,
      });
    });
  }
  return { drafts, rows };
}

/** Strength drafts in one exam sentence. */
export function findStrength(c: CompiledExam, s: Sentence, lexicons: Pick<Lexicons, 'bodyParts'>): Draft[] {
  const t = s.text;
  c.motorTerms.lastIndex = 0;
  c.motorSites.re.lastIndex = 0;
  if (!(c.gates.motorTerms(t) && c.motorTerms.test(t)) && !(c.motorSites.may(t) && c.motorSites.re.test(t))) return [];
  const table = sideColumnRows(c, s, lexicons);
  if (table.drafts.length) {
    // the table's cells are read; the rest of the sentence is read as prose
    const blank = table.rows.reduce((x, [a, b]) => x.slice(0, a) + ' '.repeat(b - a) + x.slice(b), t);
    return [...table.drafts, ...findStrength(c, { ...s, text: blank }, lexicons)];
  }
  const grades: Grade[] = (mayMatch(c.motorGrade, t) ? allMatches(c.motorGrade, t) : []).map((m) => ({
    start: m.index, end: m.index + m[0].length, value: m[0].replace(/\s*out of\s*/i, '/').replace(/\s/g, ''),
    // "otherwise 5/5", "5/5 elsewhere": a summary of the rest, not a finding of its own
    skip: c.motorSkipBefore.test(t.slice(Math.max(0, m.index - 20), m.index)) || c.motorSkipAfter.test(t.slice(m.index + m[0].length)),
  }));
  const generic = (text: string): string | null => {
    const limb = c.limbPhrase.exec(text);
    if (limb) return c.limbName(limb[0]);
    // "Left shoulder strength: flexion 4/5, abduction 4/5, ER 4-/5": the motion tested names the grade
    const motions = allMatches(c.motions.re, text);
    const motion = motions.length === 1 ? c.motions.lookup(motions[0]![0]) : undefined;
    return motion?.name ?? null;
  };
  return drafts('motor_strength', s, chain(t, grades, c.motorSites, c.motorTerms, c.sideBeforeSite, c.gradeException, [[c.gates.reflexTerms, c.reflexTerms], [c.gates.sensationTerms, c.sensationTerms], [c.gates.slr, c.slr]]), generic, lexicons, c.symmetric, c.motorSites.re);
}
