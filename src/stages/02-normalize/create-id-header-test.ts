/**
 * Recognises a running header that repeats the record's case or claim number at the top of a
 * later page ("CM14-0087412", "RE: ROE, RICHARD T.  Claim #: 05-4471-2281  DOI: 03/14/2012"),
 * which repetition alone misses when the header appears on one page only.
 */
import type { PageLine } from './split-lines.js';
import { DATE_TOKEN, ID_TOKEN } from './layout-patterns.js';

/** A header carrying a case number is short and mostly capitals, digits and punctuation. */
const MAX_WORDS = 16;
const MAX_LOWER_SHARE = 0.65;

/** Tests about identifiers for a line on 0-based page `pageIndex`. */
export interface IdHeaderTest {
  /** Does the line hold an identifier that already appeared on an earlier page? */
  readonly repeatsId: (text: string, pageIndex: number) => boolean;
  /** Is the line, at the top of the page, a running header: short, mostly upper case, repeating an identifier? */
  readonly isHeader: (text: string, pageIndex: number) => boolean;
  /** False once a line is too long to be such a header; joining more text never makes it short again. */
  readonly mayBecomeHeader: (text: string) => boolean;
}

const MIN_PART_LENGTH = 6;
const MIN_PART_DIGITS = 4;

/** Has at least `MIN_PART_DIGITS` digits and a letter or hyphen: an identifier, not a number. */
function idShaped(token: string): boolean {
  let digits = 0;
  let other = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else other = true;
  }
  return digits >= MIN_PART_DIGITS && other && !DATE_TOKEN.test(token);
}

/**
 * At least `MIN_PART_DIGITS` digits; fewer cannot make any identifier. A regex: this runs on every
 * line of the document, where a native search beats a loop over the characters.
 */
const ENOUGH_DIGITS = new RegExp(`\\d(?:\\D*\\d){${MIN_PART_DIGITS - 1}}`);

const NO_TOKENS: readonly string[] = Object.freeze([]);

/** Identifier-like tokens (case or claim numbers) in a line, dates excluded. */
function idTokens(text: string): readonly string[] {
  // every kept token has MIN_PART_DIGITS digits: a line with fewer needs no regex scan
  if (!ENOUGH_DIGITS.test(text)) return NO_TOKENS;
  return (text.match(ID_TOKEN) ?? []).filter(idShaped);
}

/**
 * A token and its hyphen-delimited pieces that still look like identifiers. Joining lines can glue
 * a token to its neighbour at a hyphen ("L4-" + "05-4471-2281"); comparing pieces lets the same
 * identifier be recognised either way.
 */
function idParts(token: string): string[] {
  const cuts = [0];
  for (let i = 0; i < token.length; i++) if (token[i] === '-') cuts.push(i, i + 1);
  cuts.push(token.length);
  const starts = cuts.filter((_, i) => i % 2 === 0);
  const ends = cuts.filter((_, i) => i % 2 === 1);
  const parts: string[] = [];
  for (const s of starts) {
    for (const e of ends) {
      if (e - s < MIN_PART_LENGTH) continue;
      const part = token.slice(s, e);
      if (idShaped(part)) parts.push(part);
    }
  }
  return parts;
}

/** At most `MAX_WORDS` space-separated words (counted without splitting the text). */
function shortEnough(text: string): boolean {
  let words = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) if (++words > MAX_WORDS) return false;
  return true;
}

function headerShaped(text: string): boolean {
  if (!shortEnough(text)) return false;
  let letters = 0;
  let lower = 0;
  for (const ch of text) {
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    letters++;
    if (ch !== ch.toUpperCase()) lower++;
  }
  return letters === 0 || lower / letters < MAX_LOWER_SHARE;
}

/** The identifier parts of each line of a document, read on first request and then kept. */
export interface LineIdParts {
  /** Parts of the identifier tokens of line `line` on 0-based page `page` (see `idParts`). */
  readonly of: (page: number, line: number) => readonly string[];
}

const NO_PARTS: readonly string[] = Object.freeze([]);

/**
 * The identifier parts of the lines of `pages`. Normalization asks two tests (all lines, then the
 * kept ones) about the same lines: sharing this reads each line's tokens once instead of twice.
 */
export function readLineIdParts(pages: readonly (readonly PageLine[])[]): LineIdParts {
  const memo = pages.map((lines) => new Array<readonly string[] | undefined>(lines.length));
  const partsOf = (text: string): readonly string[] => {
    const tokens = idTokens(text);
    return tokens.length === 0 ? NO_PARTS : tokens.flatMap(idParts);
  };
  return { of: (page, line) => (memo[page]![line] ??= partsOf(pages[page]![line]!.text)) };
}

/**
 * Indexes the identifier tokens of every page once (on the first question that needs it) and
 * returns the tests. Lines in `dropped` (per page, by index) are left out of the index.
 */
export function createIdHeaderTest(
  pages: readonly (readonly PageLine[])[],
  lineParts: LineIdParts = readLineIdParts(pages),
  dropped?: readonly ReadonlySet<number>[],
): IdHeaderTest {
  // built on first use: most lines are never asked about (no identifier, or on the first page)
  let index: Map<string, number> | null = null;
  const firstPageOf = (): Map<string, number> => {
    if (index) return index;
    const firstPage = new Map<string, number>();
    pages.forEach((lines, p) => {
      const gone = dropped?.[p];
      for (let i = 0; i < lines.length; i++) {
        if (gone?.has(i)) continue;
        for (const part of lineParts.of(p, i)) if (!firstPage.has(part)) firstPage.set(part, p);
      }
    });
    index = firstPage;
    return firstPage;
  };
  const seenBefore = (t: string, pageIndex: number): boolean => {
    const firstPage = firstPageOf();
    return idParts(t).some((part) => (firstPage.get(part) ?? pageIndex) < pageIndex);
  };
  const repeatsId = (text: string, pageIndex: number): boolean =>
    pageIndex > 0 && idTokens(text).some((t) => seenBefore(t, pageIndex));
  return {
    repeatsId,
    isHeader: (text, pageIndex) => repeatsId(text, pageIndex) && headerShaped(text),
    mayBecomeHeader: shortEnough,
  };
}
