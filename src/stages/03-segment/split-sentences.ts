/**
 * Sentence segmentation for clinical text. Boundaries: sentence punctuation followed by a capital
 * (unless the word is an abbreviation, an initial or part of a number, date, score or spinal
 * level), a line break after a terminal mark or before a list item or "Label:" line, blank lines,
 * and section starts. A lone line break inside running text is not a boundary: wrapped lines
 * that normalization could not join still read as one sentence.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Section, Sentence } from '../../types/pipeline.js';
import { isSpaceCode } from '../../text/space-char.js';
import { betweenNumberedRows } from '../../text/numbered-row.js';
import { LOWER_LABEL_LINE } from '../02-normalize/layout-patterns.js';

/** The abbreviations (lower case) and the length of the longest, which no longer token can be. */
interface Abbreviations {
  readonly set: ReadonlySet<string>;
  /** Those that may close a sentence (`mayEndSentence`). */
  readonly final: ReadonlySet<string>;
  readonly longest: number;
}

const abbrevCache = new WeakMap<object, Abbreviations>();

function abbreviationSet(lex: Lexicons['abbreviations']): Abbreviations {
  let abbrevs = abbrevCache.get(lex);
  if (!abbrevs) {
    const set = new Set(lex.entries.map((e) => e.text.toLowerCase()));
    let longest = 0;
    for (const a of set) longest = Math.max(longest, a.length);
    abbrevs = { set, final: new Set(lex.entries.filter((e) => e.mayEndSentence).map((e) => e.text.toLowerCase())), longest };
    abbrevCache.set(lex, abbrevs);
  }
  return abbrevs;
}


/** An opening bracket or quote before a token: `(`, `"`, `'` or `[`. */
const isOpener = (code: number): boolean => code === 40 || code === 34 || code === 39 || code === 91;

/** A closing quote or bracket a sentence end carries with it. */
const isCloser = (ch: string | undefined): boolean => ch === '"' || ch === "'" || ch === ')' || ch === ']';

const LIST_START = /^[ \t]*(?:\d{1,2}[.)]|[-•*·▪]|\([a-z0-9]\))[ \t]+/;
const LABEL_START = /^[ \t]*[A-Z][A-Za-z0-9 /()&'.-]{0,40}:(?:\s|$)/;
/** A line that ends in one of these marks (and closers) ends a sentence. */
const TERMINAL_MARKS = '.!?:;';

/** Where a line's content starts: after its leading blanks (spaces and tabs). */
function afterBlanks(line: string): number {
  let k = 0;
  while (k < line.length && (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9)) k++;
  return k;
}

/** Can a list marker start with this character (a digit, `(` or a bullet `-•*·▪`)? */
function mayOpenList(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 40 || code === 45 || code === 0x2022 || code === 42 || code === 0xb7 || code === 0x25aa;
}

/**
 * `LIST_START` behind a cheap gate: its marker starts right after the leading blanks. Most lines
 * start with a word, and a regex call costs more than the character test.
 */
function listStart(line: string): RegExpExecArray | null {
  return mayOpenList(line.charCodeAt(afterBlanks(line))) ? LIST_START.exec(line) : null;
}

/**
 * A terse note's lower-case label (`LOWER_LABEL_LINE`, "reflexes: 2+") after the leading blanks,
 * behind the same gate as `isLabelStart`: the normalizer keeps a break before one only where it
 * opens a row of labelled findings.
 */
function isLowerLabelStart(line: string): boolean {
  const blanks = afterBlanks(line);
  const c = line.charCodeAt(blanks);
  return c >= 97 && c <= 122 && line.lastIndexOf(':', blanks + 41) >= 0 && LOWER_LABEL_LINE.test(line.slice(blanks));
}

const isListStart = (line: string): boolean => mayOpenList(line.charCodeAt(afterBlanks(line))) && LIST_START.test(line);

/**
 * `LABEL_START` behind a cheap gate: a capital right after the leading blanks, and a colon (which
 * the label characters exclude) at most 41 characters after them; the colon search looks back
 * from there rather than through the whole line. Most lines fail the gate, and the regex would
 * otherwise backtrack through up to 40 label characters.
 */
function isLabelStart(line: string): boolean {
  const blanks = afterBlanks(line);
  const c = line.charCodeAt(blanks);
  return c >= 65 && c <= 90 && line.lastIndexOf(':', blanks + 41) >= 0 && LABEL_START.test(line);
}

// The token and character shapes `periodEnds` reads (compiled once: it runs for every period).
// Each regex is tried only on a token of a length it can match, so a plain word costs no regex.
/** Letters each with a period ("M.D."). */
const INITIALS = /^(?:[A-Za-z]\.){2,}$/;
/** A list number ("1."). */
const LIST_NUMBER = /^\d{1,2}\.$/;
/** Nothing but blanks since the line start (tested on the few characters before a token). */
const AT_LINE_START = /(^|\n)[ \t]*$/;

const isUpper = (code: number): boolean => code >= 65 && code <= 90;
const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122;

/** A character that can open a sentence after a period and a space: `[A-Z0-9"'(\[•*-]`. */
function isSentenceOpener(code: number): boolean {
  return isUpper(code) || (code >= 48 && code <= 57) || code === 34 || code === 39 || code === 40 || code === 91
    || code === 0x2022 || code === 42 || code === 45;
}

/** Whether blanks on the same line, then a capital and a lower-case letter ("That", "Today"), follow `at`. */
function capitalisedWordAfter(text: string, at: number): boolean {
  let j = at;
  if (j >= text.length || !(text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) return false;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  return isUpper(text.charCodeAt(j)) && isLowerAscii(text.charCodeAt(j + 1));
}

/** Is the period at `i` (text[i] === '.') a sentence end? */
function periodEnds(text: string, i: number, abbrevs: Abbreviations): boolean {
  // the token the period closes
  let s = i;
  while (s > 0 && !isSpaceCode(text.charCodeAt(s - 1))) s--;
  // without its opening brackets and quotes (skipped by code: no regex replace per period)
  let t = s;
  while (t < i && isOpener(text.charCodeAt(t))) t++;
  const length = i + 1 - t;
  // lower-casing never shortens a token, so one longer than every abbreviation is none of them
  if (length <= abbrevs.longest) {
    const token = text.slice(t, i + 1).toLowerCase();
    // "~15 min. That evening": an abbreviation written after its number ends the sentence before a capitalised word
    if (abbrevs.set.has(token)) return abbrevs.final.has(token) && capitalisedWordAfter(text, i + 1);
  }
  // initials ("J.", "M.D."): a capital and its period, or letters each with a period
  if (length === 2 && isUpper(text.charCodeAt(t))) return false;
  if (length >= 4 && text.charCodeAt(t + 1) === DOT && INITIALS.test(text.slice(t, i + 1))) return false;
  // a list number at the start of a line ("1. Physical therapy") opens an item, not a sentence end
  if (length <= 3 && LIST_NUMBER.test(text.slice(t, i + 1)) && AT_LINE_START.test(text.slice(Math.max(0, s - 12), s))) return false;
  if (i + 1 >= text.length) return true;
  // '... noticed it "sticking out." Today: ...': a closing quote or bracket after the period, then a new sentence
  if (isCloser(text[i + 1])) return capitalisedWordAfter(text, i + 2);
  if (isSpaceCode(text.charCodeAt(i + 1))) {
    // look at the next non-space character: a lower-case continuation is not a new sentence
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    if (j >= text.length || text.charCodeAt(j) === NEWLINE) return true;
    return isSentenceOpener(text.charCodeAt(j));
  }
  // "radiculopathy.The" — a missing space after a full word: three lower-case letters, then a
  // capitalised word
  return i >= 3 && isLowerAscii(text.charCodeAt(i - 3)) && isLowerAscii(text.charCodeAt(i - 2)) && isLowerAscii(text.charCodeAt(i - 1))
    && isUpper(text.charCodeAt(i + 1)) && isLowerAscii(text.charCodeAt(i + 2));
}

/**
 * A blank line that OCR left inside a sentence ("... neuritis or\n\nradiculitis."): the text before
 * it stops on a word or comma, not a terminal mark, colon or heading in capitals, and the text
 * after it goes on in lower case. Such a gap does not end the sentence.
 */
function gapInSentence(text: string, at: number, from: number, to: number): boolean {
  let b = at;
  while (b > from && isSpaceCode(text.charCodeAt(b - 1))) b--;
  let a = at;
  while (a < to && isSpaceCode(text.charCodeAt(a))) a++;
  if (b <= from || a >= to) return false;
  const last = text[b - 1]!;
  const next = text.charCodeAt(a);
  if (!(next >= 97 && next <= 122) || !/[A-Za-z,]/.test(last)) return false;
  const lineStart = text.lastIndexOf('\n', b - 1) + 1;
  const line = text.slice(lineStart, b);
  // a heading in capitals or a lone label ends where it ends
  return line !== line.toUpperCase() && !isListStart(text.slice(a, a + 6));
}

/** The characters that can end a sentence: sentence punctuation and the line feed. */
const CANDIDATES = ['.', '!', '?', '\n'] as const;
const DOT = 46;
const BANG = 33;
const QUESTION = 63;
const NEWLINE = 10;
const OPEN_PAREN = 40;

/**
 * The candidate characters of a text in order, each kind found by its own native `indexOf`
 * (far cheaper than a regex call per candidate). Each search result is kept until the scan passes
 * it, so a kind that does not occur costs one search for the whole text, not one per section.
 */
class CandidateScan {
  /** Per kind, its first position at or after `searched[k]` (the text's length when there is none). */
  private readonly next: number[] = [0, 0, 0, 0];
  /** Per kind, where its last search started; none yet at first. */
  private readonly searched: number[] = [Infinity, Infinity, Infinity, Infinity];

  constructor(private readonly text: string) {}

  /** The first candidate at or after `from`; the text's length when there is none. */
  first(from: number): number {
    let first = this.text.length;
    for (let k = 0; k < CANDIDATES.length; k++) {
      let at = this.next[k]!;
      // a kept result answers any `from` between where its search started and the result itself
      if (from < this.searched[k]! || at < from) {
        at = this.text.indexOf(CANDIDATES[k]!, from);
        if (at < 0) at = this.text.length;
        this.next[k] = at;
        this.searched[k] = from;
      }
      if (at < first) first = at;
    }
    return first;
  }
}

/** Does the line `text[from, to)` end in `TERMINAL` (a mark, then closers, then blanks)? */
function endsTerminal(text: string, from: number, to: number): boolean {
  let k = to;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  let c = k;
  while (c > from && isCloser(text[c - 1])) c--;
  return c > from && TERMINAL_MARKS.includes(text[c - 1]!);
}

/** Is `text[from, to)` whitespace only (what `trim()` would leave empty)? */
function blankRange(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Is the line break at `i` (inside `sec`) a sentence boundary? The tests are pure, so they run
 * cheapest first: most breaks follow a terminal mark, decided from the characters before it.
 */
function lineBreakEnds(text: string, i: number, sec: Section): boolean {
  // at the text's first character there is no line before it
  const lineStart = Math.min(i, text.lastIndexOf('\n', i - 1) + 1);
  if (endsTerminal(text, lineStart, i)) return true;
  const nextEnd = text.indexOf('\n', i + 1);
  const nextStop = nextEnd < 0 || nextEnd > sec.end ? sec.end : nextEnd;
  const blank = blankRange(text, lineStart, i) || blankRange(text, i + 1, nextStop);
  if (blank && !gapInSentence(text, i, sec.bodyStart, sec.end)) return true;
  const nextLine = text.slice(i + 1, nextStop);
  if (isListStart(nextLine) || isLabelStart(nextLine) || isLowerLabelStart(nextLine)) return true;
  const prevLine = text.slice(lineStart, i);
  // the rows of a table numbered in its first column
  if (betweenNumberedRows(prevLine, nextLine)) return true;
  // a heading in capitals
  const prevIsCaps = (): boolean => /[A-Z]/.test(prevLine) && prevLine === prevLine.toUpperCase() && prevLine.trim().length < 100;
  return sentenceAfterItem(prevLine, nextLine) || prevIsCaps();
}

/** A capitalised word (not an acronym) at the very start of a line, followed by lower case. */
const OUTDENTED_SENTENCE = /^[A-Z][a-z]+\b/;
/** Words a wrapped item line can stop on before it goes on. */
const OPEN_END = /(?:[,&/-]|\b(?:and|or|of|to|by|with|without|from|for|in|on|at|the|a|an|due|secondary|versus|vs)\b)\s*$/i;

/**
 * A numbered or bulleted item whose next line starts flush left with a capitalised word, where
 * the item's own text is indented past its bullet, is followed by a new sentence, not a wrapped
 * part of the item ("5. M62.830   Muscle spasm of back" / "Rib fracture was ruled out by x-ray."),
 * unless the item line stops on a word that leaves it open.
 */
function sentenceAfterItem(prevLine: string, nextLine: string): boolean {
  const bullet = listStart(prevLine);
  if (!bullet || !OUTDENTED_SENTENCE.test(nextLine)) return false;
  return !OPEN_END.test(prevLine.slice(bullet[0].length));
}

/**
 * Does the question mark at `i` end a sentence? Not when clinic shorthand writes it before a
 * suspected diagnosis, after a blank and before a word on the same line ("to eval ? S1 radic",
 * "3. ? L S1 radiculopathy", "(? L3 radic)"): a question written as a mark on its own opens the words after it.
 */
function questionEnds(text: string, i: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : NEWLINE;
  if (!(before === NEWLINE || isSpaceCode(before) || before === OPEN_PAREN)) return true;
  let j = i + 1;
  if (j >= text.length || !isSpaceCode(text.charCodeAt(j)) || text.charCodeAt(j) === NEWLINE) return true;
  while (j < text.length && isSpaceCode(text.charCodeAt(j)) && text.charCodeAt(j) !== NEWLINE) j++;
  return !/[A-Za-z0-9]/.test(text[j] ?? '');
}

/** Is every number at least the one before it? */
function ascending(values: readonly number[]): boolean {
  for (let k = 1; k < values.length; k++) if (values[k]! < values[k - 1]!) return false;
  return true;
}

/** Sentences of `text` within each section, in order, covering every non-blank character. */
export function splitSentences(text: string, sections: readonly Section[], lexicons: Pick<Lexicons, 'abbreviations'>): Sentence[] {
  const abbrevs = abbreviationSet(lexicons.abbreviations);
  const out: Sentence[] = [];
  const candidates = new CandidateScan(text);
  sections.forEach((sec, sectionIndex) => {
    const bounds: number[] = [sec.start];
    if (sec.bodyStart > sec.start && sec.bodyStart < sec.end) bounds.push(sec.bodyStart);
    for (let i = candidates.first(sec.bodyStart); i < sec.end; i = candidates.first(i + 1)) {
      const code = text.charCodeAt(i);
      if (code === DOT || code === BANG || code === QUESTION) {
        if (code === QUESTION ? questionEnds(text, i) : code !== DOT || periodEnds(text, i, abbrevs)) {
          let j = i + 1;
          while (j < sec.end && isCloser(text[j])) j++;
          bounds.push(j);
        }
      } else if (code === NEWLINE && lineBreakEnds(text, i, sec)) bounds.push(i + 1);
    }
    bounds.push(sec.end);
    // The scan runs left to right, so bounds come in order; a repeated bound makes an empty
    // range, skipped below like any blank one. (No Set or sort: this runs for every section.)
    if (!ascending(bounds)) bounds.sort((a, b) => a - b);
    for (let k = 0; k + 1 < bounds.length; k++) {
      let s = bounds[k]!;
      let e = bounds[k + 1]!;
      while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
      while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
      if (e <= s) continue;
      const t = text.slice(s, e);
      out.push({ start: s, end: e, text: t, sectionIndex, listItem: isListStart(t) || isLabelStart(t) });
    }
  });
  return out;
}
