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

/** The sentence of `text` around offset `at`, cut at sentence punctuation followed by space. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && at - start < MAX_SENTENCE && !(/[.!?]/.test(text[start - 1]!) && /\s/.test(text[start] ?? ''))) start--;
  let end = at;
  while (end < text.length && end - at < MAX_SENTENCE && !(/[.!?]/.test(text[end]!) && /\s|$/.test(text[end + 1] ?? ''))) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

/** True when a negation cue sits in the same clause within `window` characters before `at`. */
function negatedAt(sentence: string, at: number, p: StudyParams, window: number): boolean {
  const before = sentence.slice(Math.max(0, at - window), at);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  return p.negationPatterns.some((n) => compilePattern(p, n).test(clause));
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
    const span = sentenceAround(text, d.evidence.start);
    const sentence = text.slice(span.start, span.end);
    if (!compilePattern(p, p.studyPattern).test(sentence)) continue;
    studies.push(d.evidence);
    const hit = p.patterns.some((pat) => {
      const re = compilePattern(p, pat, 'gi');
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
        if (!negatedAt(sentence, m.index, p, window)) return true;
        if (m[0].length === 0) re.lastIndex++;
      }
      return false;
    });
    if (hit) positives.push(d.evidence);
    const quote = `"${sentence.replace(/\s+/g, ' ').trim()}"`;
    quotes.push(quote);
    if (hit) positiveQuotes.push(quote);
  }
  if (positives.length > 0) return { status: 'met', evidence: positives, notes: [`the study report reads ${positiveQuotes.join('; ')}`] };
  if (studies.length > 0) return { status: 'not_met', evidence: studies, notes: [`the study report reads ${quotes.join('; ')}`] };
  return { status: 'unknown', evidence: [], notes: ['no dated imaging or electrodiagnostic report in the record'] };
}
