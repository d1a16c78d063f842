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
/** `(cid:123)` runs are what extractors print for glyphs without a Unicode mapping. */
const CID_PATTERN = /\(cid:\d+\)/g;
const MAX_CID_SHARE = 0.1;
/** Private-use, replacement and control characters: glyph ids leaking through unmapped fonts. */
const JUNK_PATTERN = /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000E-\u001F]/gu;
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

const WORD_SHAPED = /^[\p{P}\p{S}]{0,3}(?:\p{L}[\p{L}\p{M}'’.-]*|\p{N}[\p{N}.,:/%-]*|\p{L}+\p{N}[\p{L}\p{N}.-]*|\p{N}+\p{L}[\p{L}\p{N}.-]*)[\p{P}\p{S}]{0,3}$/u;

/** Counts what {@link assessTextLayer} decides on. */
export function measureTextLayer(text: string): TextLayerStats {
  const visible = text.replace(/\s+/g, '');
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  return {
    visibleChars: visible.length,
    alnumChars: (visible.match(/[\p{L}\p{N}]/gu) ?? []).length,
    cidChars: (text.match(CID_PATTERN) ?? []).join('').length,
    junkChars: (text.match(JUNK_PATTERN) ?? []).length,
    tokens: tokens.length,
    wordShaped: tokens.filter((t) => !t.includes('(cid:') && WORD_SHAPED.test(t)).length,
    latinLetters: (visible.match(/[a-z]/g) ?? []).length,
    vowels: (visible.match(/[aeiouy]/g) ?? []).length,
  };
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
