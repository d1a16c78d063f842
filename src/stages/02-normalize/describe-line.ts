/**
 * The layout features of one line that decide whether a line break is kept. Every feature reads
 * only the line's first or last characters or its letter case, which joining lines does not change:
 * that is what makes normalization idempotent.
 */
import {
  HYPHEN_LOWER_END,
  HYPHEN_TIGHT_END,
  LABEL_LINE,
  LEADER_LINE,
  LIST_ITEM,
  LOWER,
  LOWER_LABEL_LINE,
  NUMBER_COLUMN_HEADER,
  NUMBERED_ROW,
  OPEN_END_CHARS,
  SIDES_ONLY_LINE,
  SIDES_TAIL_END,
  SIDES_TAIL_LINE,
  TERMINAL_CLOSERS,
  TERMINAL_MARKS,
} from './layout-patterns.js';
import { isPageNumberLine } from './is-page-number-line.js';

/** How a line ends, as far as joining it to the next one is concerned. */
export type LineEnd = 'terminal' | 'open' | 'hyphen-lower' | 'hyphen' | 'word';

/** Layout features of a line (whitespace-collapsed, trimmed content). */
export interface LineShape {
  /** Starts with a list marker ("1.", "2)", "-", "•"). */
  readonly listItem: boolean;
  /** Starts with a bare row number and a capitalised cell ("1  EMG/NCV ..."): a numbered table row. */
  readonly numberedRow: boolean;
  /** Starts with "#" and a column title ("#  Service / good"): a numbered table's header. */
  readonly numberHeader: boolean;
  /** Starts with a short capitalised label and a colon ("Patient: ..."). */
  readonly label: boolean;
  /** Starts with a short lower-case label and a colon ("reflexes: 2+ and symmetric"). */
  readonly lowerLabel: boolean;
  /** Starts with a short capitalised label and a dot leader ("Neer ........ negative"). */
  readonly leader: boolean;
  /** Has letters and none in lower case: a heading or letterhead line. */
  readonly capitals: boolean;
  /** First character is a lower-case letter: the line continues a sentence. */
  readonly startsLower: boolean;
  /**
   * A row or border of a ruled table ("| 03/07/24 | 7 | 8 |", "+------+------+"): always a line of
   * its own, as joining rows would run every cell of the table into one sentence.
   */
  readonly tableRow: boolean;
  /** Side words alone ("Right   Left"): a side-column table's header, never joined to another line. */
  readonly sidesOnly: boolean;
  /** A label then side column titles ("Shoulder ROM   Right active   Right passive   Left active"): a side-column table's header too. */
  readonly sidesTail: boolean;
  /** Page numbering ("Page 2 of 4"); such a line is never joined to another. */
  readonly pageNumber: boolean;
  /** Length of the whole (possibly joined) line. */
  readonly length: number;
  readonly end: LineEnd;
}

/**
 * A heading needs a run of this many capitals. A run (rather than a letter count) matters for
 * idempotence: joining lines that each lack one can never create one.
 */
const HEADING_RUN = 3;

/** No lower-case letter and a run of `HEADING_RUN` capitals, in one pass. */
function isCapitals(text: string): boolean {
  // ASCII decided by code (no one-letter strings); the first other character hands the whole
  // line to the general loop, which reaches the same verdict.
  let run = 0;
  let longest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return isCapitalsAnyScript(text);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) {
      run++;
      if (run > longest) longest = run;
    } else run = 0;
  }
  return longest >= HEADING_RUN;
}

/** `isCapitals` for any script: letter case by code point. */
function isCapitalsAnyScript(text: string): boolean {
  let run = 0;
  let longest = 0;
  for (const ch of text) {
    const upper = ch.toUpperCase();
    if (ch.toLowerCase() === upper) {
      run = 0;
      continue;
    }
    if (ch !== upper) return false;
    run++;
    if (run > longest) longest = run;
  }
  return longest >= HEADING_RUN;
}

/** Does the line start with a lower-case letter (`LOWER` on its first code unit)? */
function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(text.charAt(0));
}

/**
 * `LABEL_LINE` behind a cheap gate: the pattern starts with a capital and its colon (which its
 * label characters exclude) is the line's first one, at most 41 characters in. Most lines fail
 * the gate, and the regex would otherwise backtrack through up to 40 label characters.
 */
function isLabelLine(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  const colon = text.indexOf(':');
  return colon > 0 && colon <= 41 && LABEL_LINE.test(text);
}

/** `LOWER_LABEL_LINE` behind the same kind of gate: a lower-case first letter and a colon at most 41 characters in. */
function isLowerLabelLine(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 97 || c > 122) return false;
  const colon = text.indexOf(':');
  return colon > 0 && colon <= 41 && LOWER_LABEL_LINE.test(text);
}

/** "|" opens a ruled table's row; "+-" or "+=" its border. Only the first two characters are read. */
function isTableRow(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 124) return true;
  const d = text.charCodeAt(1);
  return c === 43 && (d === 45 || d === 61);
}

/** Longest line that can be side words alone (four of the longest, "right", with a space each, and a short note in brackets: "LEFT (operated)   RIGHT"). */
const SIDES_ONLY_MAX = 48;

/** Code of the hyphen, the only last character the two hyphen patterns can match. */
const HYPHEN = 45;

/**
 * The end-anchored patterns decided by the last characters' codes: a regex ending in `$` is tried
 * at every position of the line, and even on a short slice each test costs a call and a string.
 * Only a line ending in a hyphen (rare) reaches the hyphen regexes, tested on its last three code
 * units (which hold a letter, even a surrogate pair, and the hyphen). A terminal end is one of
 * `TERMINAL_MARKS` right before the run of `TERMINAL_CLOSERS` that ends the line.
 */
export function lineEnd(text: string): LineEnd {
  const n = text.length;
  const lastCode = text.charCodeAt(n - 1);
  if (lastCode === HYPHEN) {
    const last = text.slice(-3);
    if (HYPHEN_LOWER_END.test(last)) return 'hyphen-lower';
    if (HYPHEN_TIGHT_END.test(last)) return 'hyphen';
  }
  let k = n;
  while (k > 0 && TERMINAL_CLOSERS.includes(text[k - 1]!)) k--;
  if (k > 0 && TERMINAL_MARKS.includes(text[k - 1]!)) return 'terminal';
  if (OPEN_END_CHARS.includes(text[n - 1]!)) return 'open';
  return 'word';
}

/**
 * Describes a non-blank, whitespace-collapsed line. For a line built by joining several, pass its
 * first characters as `text`, its last characters as `tail` (a few dozen of each are enough) and
 * its full length: then the shape is exactly the one a later pass computes for the joined line,
 * which never counts as capitals, side words alone or page numbering (lines with those are never joined).
 */
export function describeLine(text: string, tail?: string, length?: number): LineShape {
  const joined = tail !== undefined;
  return {
    listItem: LIST_ITEM.test(text),
    numberedRow: NUMBERED_ROW.test(text),
    numberHeader: NUMBER_COLUMN_HEADER.test(text),
    label: isLabelLine(text),
    lowerLabel: isLowerLabelLine(text),
    leader: text.includes('...') && LEADER_LINE.test(text),
    capitals: !joined && isCapitals(text),
    startsLower: startsLower(text),
    tableRow: isTableRow(text),
    sidesOnly: !joined && text.length <= SIDES_ONLY_MAX && SIDES_ONLY_LINE.test(text),
    sidesTail: !joined && SIDES_TAIL_END.test(text.slice(-8)) && SIDES_TAIL_LINE.test(text),
    pageNumber: !joined && isPageNumberLine(text),
    end: lineEnd(tail ?? text),
    length: length ?? text.length,
  };
}
