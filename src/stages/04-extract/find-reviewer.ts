/**
 * The expert reviewer's specialty, board certification and licensure, from the qualification
 * statements of IMR and UR letters ("Board Certified in X ... licensed to practice in Y",
 * "Certification(s)/Specialty: X", "State(s) of Licensure: Y"). Several specialties are joined
 * with "; " (a subspecialty certificate counts).
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Reviewer } from '../../types/facts.js';
import type { SegmentedDocument } from '../../types/pipeline.js';
import { makeEvidence } from '../evidence.js';

interface Compiled {
  readonly specialty: RegExp;
  readonly canonical: ReadonlyMap<string, string>;
  readonly states: RegExp;
}
const cache = new WeakMap<object, Compiled>();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(lex: Lexicons['specialties']): Compiled {
  let c = cache.get(lex);
  if (!c) {
    const canonical = new Map<string, string>();
    for (const e of lex.entries) for (const v of [e.name, ...e.variants]) canonical.set(v.toLowerCase().replace(/&/g, 'and'), e.name);
    const alts = [...canonical.keys()].flatMap((k) => (k.includes(' and ') ? [k, k.replace(/ and /g, ' & ')] : [k])).sort((a, b) => b.length - a.length).map((v) => escape(v).replace(/ /g, '\\s+'));
    c = {
      specialty: new RegExp(`\\b(${alts.join('|')})\\b`, 'gi'),
      canonical,
      states: new RegExp(`\\b(${lex.states.map(escape).join('|')})\\b`, 'g'),
    };
    cache.set(lex, c);
  }
  return c;
}

// The qualification statement: where specialty and licensure are stated about the reviewer.
const STATEMENT = /board[\s-]+certified|certification\(s\)\/specialty|subspecialty|added qualification|specialty:/i;
const REVIEWER_CONTEXT = /\breviewer\b|determination was made by|reviewed by|physician advisor|certification\(s\)\/specialty|state\(s\) of licensure/i;
const LICENSE = /licensed\s+to\s+practice\s+in|state\(s\)\s+of\s+licensure|licensed\s+in/i;

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
    // elsewhere only a statement about the reviewer ("This determination was made by ..., Board Certified in ...")
    return REVIEWER_CONTEXT.test(doc.sentences[i]!.text) || REVIEWER_CONTEXT.test(doc.sentences[i - 1]?.text ?? '');
  };
  doc.sentences.forEach((s, i) => {
    const text = s.text;
    const isStatement = STATEMENT.test(text) && /review|certif|specialty/i.test(text);
    const isLicense = LICENSE.test(text);
    // a labelled value on the next unit ("Certification(s)/Specialty:" then "Physical Medicine ...")
    const prev = doc.sentences[i - 1];
    const labelled = prev && /^(certification\(s\)\/specialty|state\(s\) of licensure):?$/i.test(prev.text.trim());
    if (!(isStatement || isLicense || labelled) || !inReviewerText(i)) return;
    if (/board[\s-]+certified/i.test(text)) boardCertified = true;
    const wantSpecialty = isStatement || (labelled && /certification/i.test(prev!.text));
    if (wantSpecialty) {
      // only the words after "certified in" / "Specialty:" name the reviewer's specialty
      const from = text.search(/certified\s+in|specialty:|subspecialty|added qualification|certification\(s\)\/specialty/i);
      const tail = labelled ? text : text.slice(Math.max(0, from));
      const stop = tail.search(/\band\s+is\s+licensed|\blicensed\b/i);
      const scope = stop > 0 ? tail.slice(0, stop) : tail;
      c.specialty.lastIndex = 0;
      for (const m of scope.matchAll(c.specialty)) {
        const name = c.canonical.get(m[0].toLowerCase().replace(/\s+/g, ' ').replace(/&/g, 'and'));
        if (name && !specialties.includes(name)) specialties.push(name);
      }
      if (!evidence && specialties.length) evidence = makeEvidence(doc, { start: s.start, end: s.end });
    }
    if (isLicense || (labelled && /licensure/i.test(prev!.text))) {
      const from = text.search(LICENSE);
      for (const m of text.slice(Math.max(0, from)).matchAll(c.states)) if (!states.includes(m[0])) states.push(m[0]);
    }
  });
  const out: Reviewer = { specialty: specialties.length ? specialties.join('; ') : null, boardCertified, licensedIn: states };
  return evidence ? { ...out, evidence } : out;
}
