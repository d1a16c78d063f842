/** Verdict on one page's text layer. */
export type TextLayerVerdict = 'text' | 'empty' | 'garbled';

/** The measurements behind a verdict, exported for tests and debugging. */
export interface TextLayerStats {
  readonly visibleChars: number;
  readonly alnumChars: number;
  readonly cidChars: number;
  readonly junkChars: number;
  readonly tokens: number;
  readonly wordShaped: number;
  /** Lower-case Latin letters, and how many of them are vowels (a e i o u y). */
  readonly latinLetters: number;
  readonly vowels: number;
}

/**
 * Below this many letters and digits a page has no real text layer: scans often carry a fax
 * banner or a stamped page number as text over the image.
 */
const MIN_ALNUM_CHARS = 24;
const MAX_CID_SHARE = 0.1;
const MAX_JUNK_SHARE = 0.05;
/**
 * Share of whitespace-separated tokens that look like words or numbers. Real prose, even
 * abbreviation-heavy clinical notes, sits far above 0.8; symbol soup from a broken font sits low.
 */
const MIN_WORD_SHAPED_SHARE = 0.5;
/**
 * Fonts with a shifted encoding give word-shaped nonsense ("Wkh sdwlhqw"). About 40% of the
 * lower-case letters of English prose are vowels (with y; no dev-corpus page is under 38%), and
 * upper-case abbreviations are left out of the count; a shifted alphabet moves the vowels onto
 * rarer letters and the share drops to 6-30% for most shifts.
 */
const MIN_VOWEL_SHARE = 0.3;
/** Shares over tiny samples are noise; only judge pages with enough tokens or letters. */
const MIN_TOKENS_TO_JUDGE = 12;
const MIN_LETTERS_TO_JUDGE = 80;

/** `(cid:123)` runs are what extractors print for glyphs without a Unicode mapping. */
const CID_PATTERN = /\(cid:\d+\)/g;
/** Private-use, replacement and control characters: glyph ids leaking through unmapped fonts. */
const JUNK_CHAR = /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000E-\u001F]/u;
const WHITESPACE_CHAR = /\s/;
const ALNUM_CHAR = /[\p{L}\p{N}]/u;
const WORD_SHAPED = /^[\p{P}\p{S}]{0,3}(?:\p{L}[\p{L}\p{M}'’.-]*|\p{N}[\p{N}.,:/%-]*|\p{L}+\p{N}[\p{L}\p{N}.-]*|\p{N}+\p{L}[\p{L}\p{N}.-]*)[\p{P}\p{S}]{0,3}$/u;

/** Classes of the ASCII characters, looked up instead of run through regexes. */
const SPACE = 1;
const JUNK = 2;
const DIGIT = 3;
const UPPER = 4;
const LOWER = 5;
const VOWEL = 6;
const OTHER = 7;
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  if (WHITESPACE_CHAR.test(ch)) return SPACE;
  if (JUNK_CHAR.test(ch)) return JUNK;
  if (/[0-9]/.test(ch)) return DIGIT;
  if (/[A-Z]/.test(ch)) return UPPER;
  if (/[aeiouy]/.test(ch)) return VOWEL;
  return /[a-z]/.test(ch) ? LOWER : OTHER;
});

/**
 * Counts what {@link assessTextLayer} decides on, in one pass over the text: this runs on every
 * page of every PDF, and a regex per measure cost about a tenth of the whole text-layer budget.
 * Counts follow the regex definitions: visible characters are UTF-16 units that are not `\s`;
 * letters and digits are code points; a token of ASCII letters and digits alone is always word
 * shaped, so only other tokens go through {@link WORD_SHAPED}.
 */
export function measureTextLayer(text: string): TextLayerStats {
  let visibleChars = 0;
  let alnumChars = 0;
  let junkChars = 0;
  let tokens = 0;
  let wordShaped = 0;
  let latinLetters = 0;
  let vowels = 0;
  let tokenStart = -1;
  let plainToken = true;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    let kind = c < 128 ? ASCII_CLASS[c]! : 0;
    let ch = '';
    if (kind === 0) {
      // Outside ASCII: classify the whole code point (a surrogate pair is one letter).
      ch = String.fromCodePoint(text.codePointAt(i)!);
      kind = WHITESPACE_CHAR.test(ch) ? SPACE : OTHER;
    }
    if (kind === SPACE) {
      if (tokenStart >= 0) {
        tokens++;
        if (plainToken) wordShaped++;
        else {
          const token = text.slice(tokenStart, i);
          if (!token.includes('(cid:') && WORD_SHAPED.test(token)) wordShaped++;
        }
        tokenStart = -1;
      }
      continue;
    }
    if (tokenStart < 0) {
      tokenStart = i;
      plainToken = true;
    }
    visibleChars++;
    if (kind === OTHER) {
      plainToken = false;
      if (ch === '') continue;
      if (ALNUM_CHAR.test(ch)) alnumChars++;
      else if (JUNK_CHAR.test(ch)) junkChars++;
      if (ch.length === 2) {
        visibleChars++;
        i++;
      }
    } else if (kind === JUNK) {
      plainToken = false;
      junkChars++;
    } else {
      alnumChars++;
      if (kind === VOWEL) vowels++;
      if (kind >= LOWER) latinLetters++;
    }
  }
  // Rare on real pages, so counted the plain way.
  const cidChars = text.includes('(cid:') ? (text.match(CID_PATTERN) ?? []).join('').length : 0;
  return { visibleChars, alnumChars, cidChars, junkChars, tokens, wordShaped, latinLetters, vowels };
}

/**
 * Decides whether a page's text layer holds real text. `empty` and `garbled` both mean "OCR this
 * page"; `garbled` is also reported as a warning because the PDF looked like it had text.
 */
export function assessTextLayer(text: string): TextLayerVerdict {
  const s = measureTextLayer(text);
  if (s.visibleChars > 0 && s.cidChars / s.visibleChars > MAX_CID_SHARE) return 'garbled';
  if (s.visibleChars > 0 && s.junkChars / s.visibleChars > MAX_JUNK_SHARE) return 'garbled';
  // Symbol soup may hold almost no letters, so judge word shape before counting letters.
  if (s.tokens >= MIN_TOKENS_TO_JUDGE && s.wordShaped / s.tokens < MIN_WORD_SHAPED_SHARE) return 'garbled';
  if (s.alnumChars < MIN_ALNUM_CHARS) return 'empty';
  if (s.latinLetters >= MIN_LETTERS_TO_JUDGE && s.vowels / s.latinLetters < MIN_VOWEL_SHARE) return 'garbled';
  return 'text';
}
