/**
 * Normalization: turns ingest's raw pages into the one text every later stage reads, keeping an
 * exact map back to each page's raw text.
 */
import type { NormalizedText, OffsetSegment, RawPage } from '../../types/pipeline.js';
import { createIdHeaderTest, readLineIdParts, type IdHeaderTest } from './create-id-header-test.js';
import { decideBreak, type BreakAction } from './decide-break.js';
import { detectDoubleSpacing } from './detect-double-spacing.js';
import { describeLine, lineEnd, type LineShape } from './describe-line.js';
import { TERMINAL_CLOSERS } from './layout-patterns.js';
import { findPageFurniture } from './find-page-furniture.js';
import { isPageNumberLine } from './is-page-number-line.js';
import { isHorizontalSpace } from './is-horizontal-space.js';
import { splitLines, type PageLine } from './split-lines.js';
import { createTextBuilder, type TextBuilder } from './text-builder.js';

/**
 * Copies `raw[line.start, end)` with each whitespace run other than a single plain space replaced
 * by one space. Single spaces are copied with the text around them, so a line with ordinary
 * spacing is one segment. A plain character loop keeps this linear in the line's length.
 */
function copyLine(out: TextBuilder, page: number, raw: string, line: PageLine, end: number): void {
  // a line with single plain spaces only is already normal: one copy, no character loop
  if (line.verbatim) {
    out.copy(page, raw, line.start, end);
    return;
  }
  let at = line.start;
  let i = line.start;
  while (i < end) {
    if (!isHorizontalSpace(raw.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isHorizontalSpace(raw.charCodeAt(j))) j++;
    if (j - i > 1 || raw.charCodeAt(i) !== 32) {
      out.copy(page, raw, at, i);
      out.insert(' ');
      at = j;
    }
    i = j;
  }
  out.copy(page, raw, at, end);
}

interface PageLayout {
  /** Lines of this page that are headers or footers. */
  readonly dropped: ReadonlySet<number>;
  readonly doubleSpaced: boolean;
  /** 0-based index of the page. */
  readonly index: number;
  readonly ids: IdHeaderTest;
}

/** The text a join would produce, to check it before committing to it. */
function joinedText(a: string, b: string, action: BreakAction): string {
  if (action === 'dehyphenate') return a.slice(0, -1) + b;
  if (action === 'tight') return a + b;
  return `${a} ${b}`;
}

/** Characters at each end of a line that decide its shape (a label is at most ~45). */
const SHAPE_REACH = 64;

/** Characters either side of a join that can hold a page-numbering phrase. */
const JUNCTION_REACH = 24;

/** The output line being built from one or more physical lines. */
interface BuiltLine {
  /** Its first and last characters, which are all its shape depends on. */
  readonly head: string;
  readonly tail: string;
  readonly shape: LineShape;
  /**
   * Its full text while it is the page's first line and still short enough to be a running
   * header; null otherwise.
   */
  readonly firstLine: string | null;
}

function startLine(text: string, shape: LineShape, first: boolean): BuiltLine {
  return { head: text.slice(0, SHAPE_REACH), tail: text.slice(-SHAPE_REACH), shape, firstLine: first ? text : null };
}

/**
 * Does a line ending in `text` end the way `text` alone does? `lineEnd` reads the last three code
 * units and the mark before the closing run, so it does when `text` holds all of them.
 */
function endsOnItsOwn(text: string): boolean {
  if (text.length < 3) return false;
  for (let i = text.length - 1; i >= 0; i--) if (!TERMINAL_CLOSERS.includes(text[i]!)) return true;
  return false;
}

/**
 * The built line with `text` (whose own shape is `shape`) joined on; its shape is the one a second
 * pass computes for it. Once the head is complete, joining changes only the end and the length,
 * so the head's features are kept and the end is the joined line's own when it decides it alone:
 * no new strings or regex tests for most joins.
 */
function extendLine(line: BuiltLine, text: string, shape: LineShape, action: BreakAction, ids: IdHeaderTest): BuiltLine {
  const length = line.shape.length + text.length + (action === 'space' ? 1 : action === 'dehyphenate' ? -1 : 0);
  const tail = text.length >= SHAPE_REACH ? text.slice(-SHAPE_REACH) : joinedText(line.tail, text, action).slice(-SHAPE_REACH);
  const first = line.firstLine === null ? null : joinedText(line.firstLine, text, action);
  const firstLine = first !== null && ids.mayBecomeHeader(first) ? first : null;
  if (line.head.length < SHAPE_REACH) {
    const head = joinedText(line.head, text, action).slice(0, SHAPE_REACH);
    return { head, tail, shape: describeLine(head, tail, length), firstLine };
  }
  const was = line.shape;
  // a joined line never counts as capitals, side words alone or page numbering (see `describeLine`)
  const joined: LineShape = {
    listItem: was.listItem,
    numberedRow: was.numberedRow,
    numberHeader: was.numberHeader,
    label: was.label,
    lowerLabel: was.lowerLabel,
    leader: was.leader,
    capitals: false,
    startsLower: was.startsLower,
    tableRow: was.tableRow,
    sidesOnly: false,
    sidesTail: false,
    pageNumber: false,
    end: endsOnItsOwn(text) ? shape.end : lineEnd(tail),
    length,
  };
  return { head: line.head, tail, shape: joined, firstLine };
}

/**
 * The break action, vetoing joins a second pass would undo: a page's first line may not absorb
 * an earlier page's case number (that pass would take the line for a running header), and no join
 * may spell page numbering across the break ("Page" / "2 of 4").
 */
function chooseBreak(line: BuiltLine, text: string, shape: LineShape, layout: PageLayout, underSides: boolean): BreakAction {
  const action = decideBreak(line.shape, shape, underSides);
  if (action === 'newline') return action;
  if (line.firstLine !== null && layout.ids.repeatsId(joinedText(line.firstLine, text, action), layout.index)) return 'newline';
  const junction = joinedText(line.tail.slice(-JUNCTION_REACH), text.slice(0, JUNCTION_REACH), action);
  return isPageNumberLine(junction) ? 'newline' : action;
}

/** One page normalized on its own, with the shapes of its first and last output lines. */
interface PageText {
  readonly text: string;
  /** Segments with `start` relative to this page's text. */
  readonly segments: readonly OffsetSegment[];
  readonly first?: LineShape;
  readonly last?: LineShape;
}

/** Normalizes one page's kept lines, joining wrapped lines. */
function writePage(page: RawPage, lines: readonly PageLine[], layout: PageLayout): PageText {
  const out = createTextBuilder();
  const raw = page.text;
  // In double-spaced text one blank line is only a line break; paragraphs take two.
  const paragraphBlanks = layout.doubleSpaced ? 2 : 1;
  let prev: PageLine | undefined;
  let built: BuiltLine | undefined;
  let first: LineShape | undefined;
  let blanks = 0;
  /** Under a side-column header ("Right   Left", "ROM   Right active   Left active") with no blank line since: the table's rows. */
  let underSides = false;
  /** A line-final hyphen held back until we know whether the word continues on the next line. */
  let heldHyphen = -1;
  const flushHyphen = (): void => {
    if (heldHyphen >= 0) out.copy(page.page, raw, heldHyphen, heldHyphen + 1);
    heldHyphen = -1;
  };
  lines.forEach((line, i) => {
    if (line.text === '' || layout.dropped.has(i)) {
      if (prev !== undefined) blanks++;
      return;
    }
    const shape = describeLine(line.text);
    if (blanks > 0) underSides = false;
    if (!prev || !built) {
      built = startLine(line.text, shape, layout.index > 0 && layout.ids.mayBecomeHeader(line.text));
    } else {
      const action = blanks >= paragraphBlanks ? 'paragraph' : chooseBreak(built, line.text, shape, layout, underSides);
      if (action !== 'dehyphenate') flushHyphen();
      heldHyphen = -1;
      if (action === 'newline' || action === 'paragraph') out.copy(page.page, raw, prev.eol, prev.eol + 1);
      if (action === 'paragraph') out.insert('\n');
      if (action === 'space') out.insert(' ');
      const ends = action === 'newline' || action === 'paragraph';
      if (ends) first ??= built.shape;
      built = ends ? startLine(line.text, shape, false) : extendLine(built, line.text, shape, action, layout.ids);
    }
    // This line's last character ends the built line, so a held hyphen is this line's.
    const holdsHyphen = built.shape.end === 'hyphen-lower';
    copyLine(out, page.page, raw, line, holdsHyphen ? line.end - 1 : line.end);
    heldHyphen = holdsHyphen ? line.end - 1 : -1;
    if (shape.sidesOnly || shape.sidesTail) underSides = true;
    prev = line;
    blanks = 0;
  });
  flushHyphen();
  const { text, segments } = out.finish();
  return { text, segments, first: first ?? built?.shape, last: built?.shape };
}

/**
 * What separates two pages: one line break when the sentence runs on from the last line of one
 * page into the first line of the next (so the segmenter keeps it whole), otherwise a blank line.
 * Both shapes are of whole output lines, which is what a second pass compares too.
 */
function pageSeparator(last: LineShape | undefined, first: LineShape | undefined): string {
  return last && first && decideBreak(last, first) !== 'newline' ? '\n' : '\n\n';
}

/**
 * Joins ingest's pages into one normalized text.
 *
 * Per page: running headers and footers are dropped (see `findPageFurniture`); runs of spaces and
 * tabs become one space and line ends are trimmed; a line wrapped inside a sentence is joined to
 * the next with one space, a word hyphenated across a line end is rejoined when both sides are
 * lower case ("muscula-/ture"), and a hyphen that belongs to the text is kept without a space
 * ("L4-/L5"); list items, "Label:" lines, headings in capitals and sentence ends keep their line
 * break; any run of blank lines becomes one blank line (in text extracted double spaced, a single
 * blank line counts as a plain line break). Pages follow each other separated by one blank line,
 * or by a single line break when a sentence runs on from one page into the next (a hyphen there is
 * kept: a word is never split between two pages' offsets). Normalizing the output again (split at
 * `pageOffsets`) changes nothing.
 *
 * @param pages - ingest's pages in order.
 * @returns the text, where each page starts in it (`pageOffsets[0] === 0`; an empty page starts
 *   where the next would), and the segments that map every copied character back to its page's
 *   raw text (see `toRawOffset`).
 */
export function normalizeText(pages: readonly RawPage[]): NormalizedText {
  const lines = pages.map((p) => splitLines(p.text));
  const lineParts = readLineIdParts(lines);
  const dropped = findPageFurniture(lines, createIdHeaderTest(lines, lineParts));
  // Joins are checked against identifiers in the kept lines only: that is all a later pass sees.
  const ids = createIdHeaderTest(lines, lineParts, dropped);
  const doubleSpaced = detectDoubleSpacing(lines);
  const parts: string[] = [];
  const segments: OffsetSegment[] = [];
  const pageOffsets: number[] = [];
  let length = 0;
  let last: LineShape | undefined;
  pages.forEach((page, p) => {
    const written = writePage(page, lines[p]!, { dropped: dropped[p]!, doubleSpaced: doubleSpaced[p]!, index: p, ids });
    if (written.text !== '' && length > 0) {
      const separator = pageSeparator(last, written.first);
      parts.push(separator);
      length += separator.length;
    }
    pageOffsets.push(length);
    if (written.text === '') return;
    // a literal rather than a spread: one object of a known shape per segment
    for (const seg of written.segments) segments.push({ start: seg.start + length, length: seg.length, page: seg.page, rawStart: seg.rawStart });
    parts.push(written.text);
    length += written.text.length;
    last = written.last;
  });
  const text = parts.join('');
  return { text, pageOffsets, segments };
}
