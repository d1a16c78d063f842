/**
 * The expert reviewer's specialty, board certification and licensure, from the qualification
 * statements of IMR and UR letters ("Board Certified in X ... licensed to practice in Y",
 * "Certification(s)/Specialty: X", "State(s) of Licensure: Y"). Several specialties are joined
 * with "; " (a subspecialty certificate counts).
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Reviewer } from '../../types/facts.js';
import type { SegmentedDocument } from '../../types/pipeline.js';
import { anyTest } from '../../text/any-test.js';
import { makeEvidence } from '../evidence.js';

interface Compiled {
  readonly statement: RegExp;
  readonly boardCertified: RegExp;
  readonly specialtyStart: RegExp;
  readonly specialtyStop: RegExp;
  readonly license: RegExp;
  readonly reviewerContext: RegExp;
  readonly specialtyLabel: RegExp;
  readonly licenseLabel: RegExp;
  readonly specialty: RegExp;
  readonly canonical: ReadonlyMap<string, string>;
  /** Per umbrella board variant (lower case), the specialties it covers. */
  readonly umbrellas: ReadonlyMap<string, readonly string[]>;
  /** Spelling family of each canonical name that has one. */
  readonly family: ReadonlyMap<string, string>;
  readonly states: RegExp;
  /** Whether either cue of a sentence worth reading, statement or licence, matches (one test: most sentences hold neither). */
  readonly statementOrLicense: (text: string) => boolean;
}
const cache = new WeakMap<object, Compiled>();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The lookup key of a specialty name as written: lower case, single spaces, "&" as "and". */
const specialtyKey = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/&/g, 'and');

function compile(lex: Lexicons['specialties']): Compiled {
  let c = cache.get(lex);
  if (!c) {
    const canonical = new Map<string, string>();
    for (const e of lex.entries) for (const v of [e.name, ...e.variants]) canonical.set(specialtyKey(v), e.name);
    const umbrellas = new Map<string, readonly string[]>();
    for (const e of lex.entries) for (const v of e.umbrella?.variants ?? []) umbrellas.set(specialtyKey(v), e.umbrella!.covers);
    const alts = [...canonical.keys()].flatMap((k) => (k.includes(' and ') ? [k, k.replace(/ and /g, ' & ')] : [k])).sort((a, b) => b.length - a.length).map((v) => escape(v).replace(/ /g, '\\s+'));
    c = {
      statement: new RegExp(lex.statementCues, 'i'),
      boardCertified: new RegExp(lex.boardCertifiedCue, 'i'),
      specialtyStart: new RegExp(lex.specialtyStart, 'i'),
      specialtyStop: new RegExp(lex.specialtyStop, 'i'),
      license: new RegExp(lex.licenseCues, 'i'),
      reviewerContext: new RegExp(lex.reviewerContext, 'i'),
      specialtyLabel: new RegExp(lex.labels.specialty, 'i'),
      licenseLabel: new RegExp(lex.labels.license, 'i'),
      specialty: new RegExp(`\\b(${alts.join('|')})\\b`, 'gi'),
      canonical,
      umbrellas,
      family: new Map(lex.entries.flatMap((e) => (e.family ? [[e.name, e.family] as const] : []))),
      states: new RegExp(`\\b(${lex.states.map(escape).join('|')})\\b`, 'g'),
      statementOrLicense: anyTest([new RegExp(lex.statementCues, 'i'), new RegExp(lex.licenseCues, 'i')]),
    };
    cache.set(lex, c);
  }
  return c;
}

/** Reviewer qualifications; empty values when the document states none. */
export function findReviewer(doc: SegmentedDocument, lexicons: Lexicons): Reviewer {
  const c = compile(lexicons.specialties);
  const specialties: string[] = [];
  const states: string[] = [];
  let boardCertified: boolean | null = null;
  let evidence: Reviewer['evidence'];
  const inReviewerText = (i: number): boolean => {
    const name = doc.sections[doc.sentences[i]!.sectionIndex]?.name ?? null;
    if (name === 'determination_process' || name === 'reviewer_qualifications') return true;
    // elsewhere only a statement about the reviewer ("This determination was made by ..., Board Certified in ..."),
    // or one under a signature heading two lines up ("REVIEWING PHYSICIAN" / name / "Board Certified in ...")
    return [0, 1, 2].some((back) => c.reviewerContext.test(doc.sentences[i - back]?.text ?? ''));
  };
  // whether the previous sentence is a specialty / licence label: each sentence's labels are
  // tested once, when it is the current one, and read back as the next one's previous
  let prevSpecialtyLabel = false;
  let prevLicenseLabel = false;
  doc.sentences.forEach((s, i) => {
    const text = s.text;
    const trimmed = text.trim();
    const prevIs = { specialty: prevSpecialtyLabel, license: prevLicenseLabel };
    prevSpecialtyLabel = c.specialtyLabel.test(trimmed);
    prevLicenseLabel = c.licenseLabel.test(trimmed);
    const either = c.statementOrLicense(text);
    const isStatement = either && c.statement.test(text);
    const isLicense = either && c.license.test(text);
    // a labelled value on the next unit ("Certification(s)/Specialty:" then "Physical Medicine ...")
    const labelled = prevIs.specialty || prevIs.license;
    if (!(isStatement || isLicense || labelled) || !inReviewerText(i)) return;
    if (c.boardCertified.test(text)) boardCertified = true;
    const wantSpecialty = isStatement || prevIs.specialty;
    if (wantSpecialty) {
      // only the words after "certified in" / "Specialty:" name the reviewer's specialty
      const from = text.search(c.specialtyStart);
      const tail = labelled ? text : text.slice(Math.max(0, from));
      const stop = tail.search(c.specialtyStop);
      const scope = stop > 0 ? tail.slice(0, stop) : tail;
      c.specialty.lastIndex = 0;
      const found = [...scope.matchAll(c.specialty)].map((m) => specialtyKey(m[0]));
      const named = new Set(found.filter((k) => !c.umbrellas.has(k)).map((k) => c.canonical.get(k)));
      for (const key of found) {
        // "Psychiatry and Neurology, with a subspecialty in Psychiatry": the board's name yields to the one it names
        if (c.umbrellas.get(key)?.some((n) => named.has(n))) continue;
        const name = c.canonical.get(key);
        // "Family Medicine" in the statement and "Family Practice" in the trailer: one board, the first wording kept
        const family = name ? c.family.get(name) : undefined;
        if (name && !specialties.some((k) => k === name || (family !== undefined && c.family.get(k) === family))) specialties.push(name);
      }
      if (!evidence && specialties.length) evidence = makeEvidence(doc, { start: s.start, end: s.end });
    }
    if (isLicense || prevIs.license) {
      const from = text.search(c.license);
      for (const m of text.slice(Math.max(0, from)).matchAll(c.states)) if (!states.includes(m[0])) states.push(m[0]);
    }
  });
  const out: Reviewer = { specialty: specialties.length ? specialties.join('; ') : null, boardCertified, licensedIn: states };
  return evidence ? { ...out, evidence } : out;
}
