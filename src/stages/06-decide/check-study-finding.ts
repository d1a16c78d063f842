/**
 * The `studyFinding` predicate: does a dated imaging or electrodiagnostic report in the record
 * show the finding? The facts carry no imaging findings, but each study's date is a fact with
 * evidence; the sentence around that date is the study's reported result.
 */
import type { DateRole } from '../../types/vocab.js';
import type { DecideContext, PredicateResult } from './decide-context.js';
import { compilePattern } from './compile-pattern.js';

interface StudyParams {
  dateRoles: DateRole[];
  studyPattern: string;
  patterns: string[];
  negationPatterns: string[];
  windowChars?: number;
}

const MAX_SENTENCE = 500;

/**
 * True when a new sentence starts at `i`: after sentence punctuation and a space, after a blank
 * line, or at a list bullet. Wrapped lines inside a paragraph do not end a sentence.
 */
function startsSentence(text: string, i: number): boolean {
  const prev = text[i - 1];
  if (prev === undefined) return true;
  if (/[.!?]/.test(prev) && /\s/.test(text[i] ?? '')) return true;
  if (prev === '\n' || prev === '\f') {
    if (/[\n\f]/.test(text[i - 2] ?? '')) return true;
    return /^[ \t]*(?:[-*\u2022]|\d+[.)])\s/.test(text.slice(i, i + 8));
  }
  return false;
}

/** The sentence of `text` around offset `at` (at most MAX_SENTENCE characters each way). */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && at - start < MAX_SENTENCE && !startsSentence(text, start)) start--;
  let end = at + 1;
  while (end < text.length && end - at < MAX_SENTENCE && !startsSentence(text, end)) end++;
  return { start, end };
}

/** Start offsets of every occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** True when a negation cue sits in the same clause within `window` characters before `at`. */
function negatedAt(sentence: string, at: number, p: StudyParams, window: number): boolean {
  const before = sentence.slice(Math.max(0, at - window), at);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  return p.negationPatterns.some((n) => compilePattern(p, n).test(clause));
}

/** True when `sentence` holds a pattern match with no negation cue before it in its clause. */
function sentenceShows(sentence: string, p: StudyParams, window: number): boolean {
  return p.patterns.some((pat) => {
    const re = compilePattern(p, pat, 'gi');
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if (!negatedAt(sentence, m.index, p, window)) return true;
      if (m[0].length === 0) re.lastIndex++;
    }
    return false;
  });
}

/** Met on an affirmed match in a study sentence; not met when studies exist but none shows it. */
export function checkStudyFinding(p: StudyParams, ctx: DecideContext): PredicateResult {
  const text = ctx.facts.document.text;
  const window = p.windowChars ?? 40;
  const studies: PredicateResult['evidence'][number][] = [];
  const positives: typeof studies = [];
  const quotes: string[] = [];
  const positiveQuotes: string[] = [];
  for (const d of ctx.facts.dates) {
    if (!p.dateRoles.includes(d.role) || d.evidence.end > text.length) continue;
    // A study's date often appears twice (documents-reviewed list, then the report's summary):
    // every sentence naming the date is read, so the one that gives the result is found.
    const starts = new Set([d.evidence.start, ...occurrences(text, d.text)]);
    let isStudy = false;
    let hit = false;
    for (const at of starts) {
      const span = sentenceAround(text, at);
      const sentence = text.slice(span.start, span.end);
      if (!compilePattern(p, p.studyPattern).test(sentence)) continue;
      isStudy = true;
      const quote = `"${sentence.replace(/\s+/g, ' ').trim()}"`;
      if (sentenceShows(sentence, p, window)) {
        hit = true;
        positiveQuotes.push(quote);
      } else quotes.push(quote);
    }
    if (isStudy) studies.push(d.evidence);
    if (hit) positives.push(d.evidence);
  }
  if (positives.length > 0) return { status: 'met', evidence: positives, notes: [`the study report reads ${[...new Set(positiveQuotes)].join('; ')}`] };
  if (studies.length > 0) return { status: 'not_met', evidence: studies, notes: [`the study report reads ${[...new Set(quotes)].join('; ')}`] };
  return { status: 'unknown', evidence: [], notes: ['no dated imaging or electrodiagnostic report in the record'] };
}
