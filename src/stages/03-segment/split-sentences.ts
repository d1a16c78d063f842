/**
 * Sentence segmentation for clinical text. Boundaries: sentence punctuation followed by a capital
 * (unless the word is an abbreviation, an initial or part of a number, date, score or spinal
 * level), a line break after a terminal mark or before a list item or "Label:" line, blank lines,
 * and section starts. A lone line break inside running text is not a boundary: wrapped lines
 * that normalization could not join still read as one sentence.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Section, Sentence } from '../../types/pipeline.js';

const abbrevCache = new WeakMap<object, Set<string>>();

function abbreviationSet(lex: Lexicons['abbreviations']): Set<string> {
  let set = abbrevCache.get(lex);
  if (!set) {
    set = new Set(lex.entries.map((e) => e.text.toLowerCase()));
    abbrevCache.set(lex, set);
  }
  return set;
}

/** Exactly the characters of the regex class `\s`, by code: tested per character, so no regex call. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** An opening bracket or quote before a token: `(`, `"`, `'` or `[`. */
const isOpener = (code: number): boolean => code === 40 || code === 34 || code === 39 || code === 91;

/** A closing quote or bracket a sentence end carries with it. */
const isCloser = (ch: string | undefined): boolean => ch === '"' || ch === "'" || ch === ')' || ch === ']';

const LIST_START = /^[ \t]*(?:\d{1,2}[.)]|[-•*·▪]|\([a-z0-9]\))[ \t]+/;
const LABEL_START = /^[ \t]*[A-Z][A-Za-z0-9 /()&'.-]{0,40}:(?:\s|$)/;
const TERMINAL = /[.!?:;]["')\]]*$/;

/**
 * `LABEL_START` behind a cheap gate: its colon (which the label characters exclude) is the line's
 * first one, at most 41 characters after the leading blanks. Most lines have none there, and the
 * regex would otherwise backtrack through up to 40 label characters.
 */
function isLabelStart(line: string): boolean {
  const colon = line.indexOf(':');
  if (colon < 0) return false;
  let blanks = 0;
  while (blanks < line.length && (line[blanks] === ' ' || line[blanks] === '\t')) blanks++;
  return colon <= blanks + 41 && LABEL_START.test(line);
}

// The token and character shapes `periodEnds` reads (compiled once: it runs for every period).
/** A capital and its period: an initial. */
const INITIAL = /^[A-Z]\.$/;
/** Letters each with a period ("M.D."). */
const INITIALS = /^(?:[A-Za-z]\.){2,}$/;
/** A list number ("1."). */
const LIST_NUMBER = /^\d{1,2}\.$/;
/** Nothing but blanks since the line start (tested on the few characters before a token). */
const AT_LINE_START = /(^|\n)[ \t]*$/;
/** A character that can open a sentence after a period and a space. */
const SENTENCE_OPENER = /[A-Z0-9"'(\[•*-]/;
/** Three lower-case letters (a full word) before a period with no space after it ... */
const WORD_END = /[a-z]{3}$/;
/** ... and a capitalised word right after it ("radiculopathy.The"). */
const WORD_START = /[A-Z][a-z]/;

/** Is the period at `i` (text[i] === '.') a sentence end? */
function periodEnds(text: string, i: number, abbrevs: Set<string>): boolean {
  const next = text[i + 1];
  // the token the period closes
  let s = i;
  while (s > 0 && !isSpace(text.charCodeAt(s - 1))) s--;
  // without its opening brackets and quotes (skipped by code: no regex replace per period)
  let t = s;
  while (t < i && isOpener(text.charCodeAt(t))) t++;
  const token = text.slice(t, i + 1);
  if (abbrevs.has(token.toLowerCase())) return false;
  if (INITIAL.test(token) || INITIALS.test(token)) return false; // initials, M.D.
  // a list number at the start of a line ("1. Physical therapy") opens an item, not a sentence end
  if (LIST_NUMBER.test(token) && AT_LINE_START.test(text.slice(Math.max(0, s - 12), s))) return false;
  if (next === undefined) return true;
  if (isSpace(next.charCodeAt(0))) {
    // look at the next non-space character: a lower-case continuation is not a new sentence
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
    const c = text[j];
    if (c === undefined || c === '\n') return true;
    return SENTENCE_OPENER.test(c);
  }
  // "radiculopathy.The" — a missing space after a full word
  return WORD_END.test(text.slice(Math.max(0, i - 3), i)) && WORD_START.test(text.slice(i + 1, i + 3));
}

/**
 * A blank line that OCR left inside a sentence ("... neuritis or\n\nradiculitis."): the text before
 * it stops on a word or comma, not a terminal mark, colon or heading in capitals, and the text
 * after it goes on in lower case. Such a gap does not end the sentence.
 */
function gapInSentence(text: string, at: number, from: number, to: number): boolean {
  let b = at;
  while (b > from && isSpace(text.charCodeAt(b - 1))) b--;
  let a = at;
  while (a < to && isSpace(text.charCodeAt(a))) a++;
  if (b <= from || a >= to) return false;
  const last = text[b - 1]!;
  const next = text.charCodeAt(a);
  if (!(next >= 97 && next <= 122) || !/[A-Za-z,]/.test(last)) return false;
  const lineStart = text.lastIndexOf('\n', b - 1) + 1;
  const line = text.slice(lineStart, b);
  // a heading in capitals or a lone label ends where it ends
  return line !== line.toUpperCase() && !LIST_START.test(text.slice(a, a + 6));
}

/** The characters that can end a sentence: sentence punctuation and the line feed. */
const CANDIDATE = /[.!?\n]/g;
const DOT = 46;
const BANG = 33;
const QUESTION = 63;
const NEWLINE = 10;

/** Does `TERMINAL` match the end of `line`? Tested on the mark and closers only (see `lineEnd` of normalize). */
function endsTerminal(line: string): boolean {
  let k = line.length;
  while (k > 0 && isSpace(line.charCodeAt(k - 1))) k--;
  let c = k;
  while (c > 0 && isCloser(line[c - 1])) c--;
  return TERMINAL.test(line.slice(Math.max(0, c - 1), k));
}

/** Is the line break at `i` (inside `sec`) a sentence boundary? */
function lineBreakEnds(text: string, i: number, sec: Section): boolean {
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  const prevLine = text.slice(lineStart, i);
  const nextEnd = text.indexOf('\n', i + 1);
  const nextLine = text.slice(i + 1, nextEnd < 0 || nextEnd > sec.end ? sec.end : nextEnd);
  const blank = prevLine.trim() === '' || nextLine.trim() === '';
  // a heading in capitals; only checked when nothing cheaper already ends the sentence
  const prevIsCaps = (): boolean => /[A-Z]/.test(prevLine) && prevLine === prevLine.toUpperCase() && prevLine.trim().length < 100;
  return (blank && !gapInSentence(text, i, sec.bodyStart, sec.end)) || endsTerminal(prevLine) || LIST_START.test(nextLine) || isLabelStart(nextLine) || prevIsCaps()
    || sentenceAfterItem(prevLine, nextLine);
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
  const bullet = LIST_START.exec(prevLine);
  if (!bullet || !OUTDENTED_SENTENCE.test(nextLine)) return false;
  return !OPEN_END.test(prevLine.slice(bullet[0].length));
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
  sections.forEach((sec, sectionIndex) => {
    const bounds: number[] = [sec.start];
    if (sec.bodyStart > sec.start && sec.bodyStart < sec.end) bounds.push(sec.bodyStart);
    // the regex jumps from one candidate character to the next (a native scan, not a JS loop);
    // `test` builds no match array: the one-character match ends at `lastIndex`
    CANDIDATE.lastIndex = sec.bodyStart;
    while (CANDIDATE.test(text)) {
      const i = CANDIDATE.lastIndex - 1;
      if (i >= sec.end) break;
      const code = text.charCodeAt(i);
      if (code === DOT || code === BANG || code === QUESTION) {
        if (code !== DOT || periodEnds(text, i, abbrevs)) {
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
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e <= s) continue;
      const t = text.slice(s, e);
      out.push({ start: s, end: e, text: t, sectionIndex, listItem: LIST_START.test(t) || isLabelStart(t) });
    }
  });
  return out;
}
