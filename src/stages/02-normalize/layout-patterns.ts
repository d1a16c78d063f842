/**
 * Page-layout shapes used by normalization. These describe typography (list markers, "Label:"
 * prefixes, page numbering, identifier-like tokens), not clinical vocabulary, so they live in code
 * next to the only stage that uses them. Compiled once at module load.
 */

/** Horizontal whitespace runs (everything `\s` matches except the line feed). */
export const HORIZONTAL_SPACE = /[^\S\n]+/g;

/** Cheap pre-check: page numbering always has the word "page" or is short. */
export const PAGE_WORD = /page/i;

/**
 * "1. ", "2) ", "a) ", "(3) ", "(b) ", "(iv) ", "- ", "• " at the start of a line (or alone on it).
 * Parenthesised markers are digits, one lower-case letter or a lower-case roman numeral, so an
 * abbreviation such as "(UR)" that happens to start a wrapped line is not taken for one. A hash
 * number counts only before a capitalised word ("#2  Dynamic splint ..."), since "#60, one tablet"
 * starting a wrapped line is a quantity that belongs to the line above. A dotted ICD-10-CM code
 * before a capitalised word ("S97.111D  Crush injury of right great toe") is a row of a coded
 * diagnosis list.
 */
export const LIST_ITEM = /^(?:\d{1,2}[.)]|[a-z][.)]|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|[-*•·▪◦‣–]|#\d{1,2}(?=\s+[A-Z])|[A-TV-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}(?=\s+[A-Z]))(?:\s|$)/;

/** "Label: value" or "Label:" at the start of a line: a short capitalised label and a colon. */
export const LABEL_LINE = /^[A-Z][A-Za-z0-9 /()&'#.,-]{0,40}:(?:\s|$)/;

/**
 * A terse note's lower-case label and its colon ("strength: finger abduction 4/5 R", "grip (Jamar,
 * pos. II): R 24 kg / L 46 kg"): a row of a list of labelled findings when the line before is a
 * lower-case label too or ended where it did (see `decideBreak`), never the middle of a wrapped
 * sentence. Label words hold no full stop or comma ("no spasm. Range of motion: ..." is prose);
 * a note in brackets may ("(Jamar, pos. II)").
 */
export const LOWER_LABEL_LINE = /^[a-z][A-Za-z0-9 /&'#-]{0,30}(?:[ \t]*\([^()\n]{1,30}\))?:\s/;

/**
 * "Label ........ value" at the start of a line: a short capitalised label and a dot leader, a row
 * of a form or of a list of results, never the middle of a sentence.
 */
export const LEADER_LINE = /^[A-Z][A-Za-z0-9 /()&'#,-]{0,40}\.{3,}/;

/** A lower-case letter (any script). */
export const LOWER = /\p{Ll}/u;

/** Line ends that close a sentence or introduce what follows: one of these marks ... */
export const TERMINAL_MARKS = '.!?:';

/**
 * ... followed by any run of these closing quotes and brackets. Kept as characters rather than an
 * end-anchored regex, which would be tried at every position of the line.
 */
export const TERMINAL_CLOSERS = `"'”’)]`;

/** Last characters that carry a line on into the next: a comma, semicolon or an open bracket/joiner. */
export const OPEN_END_CHARS = ',;(&/=';

/** A word fragment hyphenated at the line end: lower-case letter, hyphen, end. */
export const HYPHEN_LOWER_END = /\p{Ll}-$/u;

/**
 * A hyphen directly after a non-space character at the line end ("L4-"). Not a double hyphen: "--"
 * is a dash or an empty table cell, and gluing the next line to it would merge two rows or clauses.
 */
export const HYPHEN_TIGHT_END = /[^\s-]-$/;

/** Page numbering on its own or inside a footer: "Page 2", "Page 2 of 4", "- 2 -", "2 of 4", "2/4". */
export const PAGE_NUMBER_LINE = /^(?:-\s*)?(?:page\s*#(?:\s*(?:of|\/)\s*#)?|#\s*(?:of|\/)\s*#|#)(?:\s*-)?$/;

/** A page-number phrase anywhere in a line ("... | Page 2 of 4"). */
export const PAGE_NUMBER_PHRASE = /\bpage\s*#\s*(?:of|\/)\s*#(?!\w)/;

/** Runs of digits, masked so "Page 1 of 4" and "Page 2 of 4" share a key. */
export const DIGIT_RUN = /\d+/g;

/**
 * A candidate identifier token: case, claim or reference numbers ("CM14-0087412",
 * "05-4471-2281"). The caller keeps those with at least four digits and a letter or hyphen, and
 * drops dates.
 */
export const ID_TOKEN = /\b[A-Z0-9][A-Z0-9-]{5,}\b/g;

/** A numeric date such as 03/14/2012 or 2012-03-14, which is not a case identifier. */
export const DATE_TOKEN = /^(?:\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|\d{4}-\d{2}-\d{2})$/;

/**
 * A line of side words alone ("Right Left", "R   L", "Lt Rt"): the header of a table whose columns
 * are sides, each side word perhaps with a note in brackets ("LEFT (operated)   RIGHT"). It keeps its own line, as the rows under it do.
 */
export const SIDES_ONLY_LINE = /^(?:(?:right|left|R|L|Rt|Lt)\.?(?:\s*\([a-z ,-]{1,20}\))?\s+){1,3}(?:right|left|R|L|Rt|Lt)\.?(?:\s*\([a-z ,-]{1,20}\))?$/i;

/** A side column title: a side word, then what is measured on it ("Right active", "L PROM") or a note ("LEFT (operative)"). */
const SIDE_TITLE = '(?:right|left|Rt|Lt)\\.?(?:\\s+(?:active|passive|AROM|PROM|ROM))?(?:\\s*\\([a-z ,-]{1,20}\\))?';
/** A line that ends in two to four side column titles after a label ("Shoulder range of motion (degrees)   Right active   Right passive   Left active   Left passive"). */
export const SIDES_TAIL_LINE = new RegExp(`\\S\\s+(?:${SIDE_TITLE}\\s+){1,3}${SIDE_TITLE}$`, 'i');
/**
 * How such a line may end (a side word, a kind of motion, a closing bracket): tried on the line's
 * last characters first, so the line-wide pattern runs only on the few lines that may be headers.
 */
export const SIDES_TAIL_END = /(?:right|left|rt|lt|active|passive|rom|\))\.?$/i;

export { NUMBERED_ROW, NUMBER_COLUMN_HEADER } from '../../text/numbered-row.js';
