/**
 * Normalization: turns ingest's raw pages into the one text every later stage reads, keeping an
 * exact map back to each page's raw text.
 */
import type { NormalizedText, RawPage } from '../../types/pipeline.js';
import { decideBreak } from './decide-break.js';
import { detectDoubleSpacing } from './detect-double-spacing.js';
import { describeLine, type LineShape } from './describe-line.js';
import { findPageFurniture } from './find-page-furniture.js';
import { HORIZONTAL_SPACE } from './layout-patterns.js';
import { splitLines, type PageLine } from './split-lines.js';
import { createTextBuilder, type TextBuilder } from './text-builder.js';

/** Pages are separated by one blank line. */
const PAGE_SEPARATOR = '\n\n';

/**
 * Our own instance of the space-run pattern: `copyLine` drives its `lastIndex` directly, which is
 * safe because normalization is synchronous and never re-enters.
 */
const SPACE_RUN = new RegExp(HORIZONTAL_SPACE.source, 'g');

/** Copies a line's content with each run of spaces or tabs reduced to one space. */
function copyLine(out: TextBuilder, page: number, raw: string, line: PageLine, end: number): void {
  const space = SPACE_RUN;
  space.lastIndex = line.start;
  let at = line.start;
  for (let m = space.exec(raw); m !== null && m.index < end; m = space.exec(raw)) {
    out.copy(page, raw, at, m.index);
    // A single plain space is copied so the run stays one segment; anything else becomes ' '.
    if (m[0] === ' ') out.copy(page, raw, m.index, m.index + 1);
    else out.insert(' ');
    at = m.index + m[0].length;
  }
  out.copy(page, raw, at, end);
}

/** Writes one page's kept lines, joining wrapped lines; calls `onFirst` before its first line. */
function writePage(
  out: TextBuilder,
  page: RawPage,
  lines: readonly PageLine[],
  layout: { readonly dropped: ReadonlySet<number>; readonly doubleSpaced: boolean },
  onFirst: () => void,
): void {
  const raw = page.text;
  const { dropped } = layout;
  // In double-spaced text one blank line is only a line break; paragraphs take two.
  const paragraphBlanks = layout.doubleSpaced ? 2 : 1;
  let prev: PageLine | undefined;
  let prevShape: LineShape | undefined;
  let blanks = 0;
  /** A line-final hyphen held back until we know whether the word continues on the next line. */
  let heldHyphen = -1;
  const flushHyphen = (): void => {
    if (heldHyphen >= 0) out.copy(page.page, raw, heldHyphen, heldHyphen + 1);
    heldHyphen = -1;
  };
  lines.forEach((line, i) => {
    if (line.text === '' || dropped.has(i)) {
      if (prev !== undefined) blanks++;
      return;
    }
    const shape = describeLine(line.text);
    if (!prev || !prevShape) {
      onFirst();
    } else if (blanks >= paragraphBlanks) {
      flushHyphen();
      out.copy(page.page, raw, prev.eol, prev.eol + 1);
      out.insert('\n');
    } else {
      const action = decideBreak(prevShape, shape);
      if (action !== 'dehyphenate') flushHyphen();
      heldHyphen = -1;
      if (action === 'newline') out.copy(page.page, raw, prev.eol, prev.eol + 1);
      else if (action === 'space') out.insert(' ');
    }
    const holdsHyphen = shape.end === 'hyphen-lower';
    copyLine(out, page.page, raw, line, holdsHyphen ? line.end - 1 : line.end);
    heldHyphen = holdsHyphen ? line.end - 1 : -1;
    prev = line;
    prevShape = shape;
    blanks = 0;
  });
  flushHyphen();
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
 * blank line counts as a plain line break). Pages follow each other separated by one
 * blank line. Normalizing the output again (split at `pageOffsets`) changes nothing.
 *
 * @param pages - ingest's pages in order.
 * @returns the text, where each page starts in it (`pageOffsets[0] === 0`; an empty page starts
 *   where the next would), and the segments that map every copied character back to its page's
 *   raw text (see `toRawOffset`).
 */
export function normalizeText(pages: readonly RawPage[]): NormalizedText {
  const lines = pages.map((p) => splitLines(p.text));
  const dropped = findPageFurniture(lines);
  const doubleSpaced = detectDoubleSpacing(lines);
  const out = createTextBuilder();
  const pageOffsets: number[] = [];
  pages.forEach((page, p) => {
    pageOffsets.push(out.length);
    writePage(out, page, lines[p]!, { dropped: dropped[p]!, doubleSpaced }, () => {
      if (out.length > 0) {
        out.insert(PAGE_SEPARATOR);
        pageOffsets[p] = out.length;
      }
    });
  });
  const { text, segments } = out.finish();
  return { text, pageOffsets, segments };
}
