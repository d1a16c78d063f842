/**
 * Patient age and sex. Age: the first age statement outside reviewer boilerplate. Sex: weighted
 * votes from explicit words, form fields, titles and pronouns; a tie or no cue leaves null, since
 * guessing a sex is worse than saying nothing.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Patient } from '../../types/facts.js';
import type { SegmentedDocument } from '../../types/pipeline.js';
import type { Sex } from '../../types/vocab.js';
import { makeEvidence } from '../evidence.js';
import { anyTest } from '../../text/any-test.js';
import { textLiterals } from '../../text/literal-index.js';

interface Compiled {
  readonly age: RegExp[];
  /** Whether any age pattern matches (one test: most sentences hold no age). */
  readonly anyAge: (text: string) => boolean;
  readonly sex: Array<{ sex: Sex; regex: RegExp; weight: number }>;
  readonly skip: ReadonlySet<string>;
  readonly words: ReadonlyMap<string, number>;
}
const cache = new WeakMap<object, Compiled>();
const NONE: readonly RegExp[] = [];

function compile(lex: Lexicons['demographics']): Compiled {
  let c = cache.get(lex);
  if (!c) {
    c = {
      age: lex.agePatterns.map((p) => new RegExp(p, 'i')),
      anyAge: anyTest(lex.agePatterns.map((p) => new RegExp(p, 'i'))),
      sex: lex.entries.map((e) => ({ sex: e.sex, regex: new RegExp(e.pattern, e.ignoreCase ? 'gi' : 'g'), weight: e.weight })),
      skip: new Set(lex.skipSections),
      words: new Map(Object.entries(lex.numberWords ?? {})),
    };
    cache.set(lex, c);
  }
  return c;
}

/** An age told in digits or in number words that add up ("fifty-one" is 50 + 1); NaN if neither. */
function ageValue(text: string, words: ReadonlyMap<string, number>): number {
  if (/^\d+$/.test(text)) return Number(text);
  let sum = 0;
  for (const w of text.toLowerCase().split(/[- ]/)) {
    const v = words.get(w);
    if (v === undefined) return NaN;
    sum += v;
  }
  return sum;
}

/**
 * The text an age statement is read from: the sentence, or, when the sentence ends in a form
 * label's dot leader ("Age/Sex ....."), the sentence and the next one on the same line, which
 * holds the label's value (the leader's dots end a sentence).
 */
export function ageScope(doc: SegmentedDocument, i: number): { text: string; start: number } {
  const s = doc.sentences[i]!;
  const next = doc.sentences[i + 1];
  // `/\.{2,}\s*$/` read from the end (trimEnd drops exactly what `\s` matches): the regex would be tried at every position
  if (!next || !s.text.trimEnd().endsWith('..')) return { text: s.text, start: s.start };
  if (doc.text.slice(s.end, next.start).includes('\n')) return { text: s.text, start: s.start };
  return { text: doc.text.slice(s.start, next.end), start: s.start };
}

/** Age and sex of the patient, with evidence of the age statement when there is one. */
export function findPatient(doc: SegmentedDocument, lexicons: Lexicons): Patient {
  const c = compile(lexicons.demographics);
  let age: number | null = null;
  let evidence: Patient['evidence'];
  const votes: Record<Sex, number> = { female: 0, male: 0 };
  // a regex runs only on sentences holding the strings its matches need (most hold none)
  const lits = textLiterals(doc.text);
  const sexGates = c.sex.map((cue) => lits.gate(cue.regex));
  doc.sentences.forEach((s, i) => {
    const section = doc.sections[s.sectionIndex]?.name ?? null;
    if (section && c.skip.has(section)) return;
    if (age === null) {
      const scope = ageScope(doc, i);
      // the patterns one by one only where one of them matches
      for (const re of c.anyAge(scope.text) ? c.age : NONE) {
        const m = re.exec(scope.text);
        const n = m?.groups?.age ? ageValue(m.groups.age, c.words) : NaN;
        if (m && n >= 14 && n <= 100) {
          age = n;
          evidence = makeEvidence(doc, { start: scope.start + m.index, end: scope.start + m.index + m[0].length });
          break;
        }
      }
    }
    for (let k = 0; k < c.sex.length; k++) {
      if (!sexGates[k]!(s.start, s.end)) continue;
      const cue = c.sex[k]!;
      cue.regex.lastIndex = 0;
      const hits = s.text.match(cue.regex);
      if (hits) votes[cue.sex] += cue.weight * hits.length;
    }
  });
  const sex: Sex | null = votes.female > votes.male ? 'female' : votes.male > votes.female ? 'male' : null;
  return evidence ? { age, sex, evidence } : { age, sex };
}
