/**
 * Finds running headers and footers: lines at the top or bottom of pages that are page furniture
 * rather than content.
 */
import type { IdHeaderTest } from './create-id-header-test.js';
import type { PageLine } from './split-lines.js';
import { isPageNumberLine } from './is-page-number-line.js';
import { lineKey } from './line-key.js';

type Edge = 'top' | 'bottom';

/**
 * Running headers and footers are short. Capping the length of a line that may go for being
 * repeated keeps a record that holds the same report twice (common in merged files) from being
 * peeled away line by line: the peel stops at the first line of real prose.
 */
const REPEATED_MAX_WORDS = 16;

function wordCount(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/** Index of the first (top) or last (bottom) non-blank line still kept on a page, or -1. */
function edgeLine(lines: readonly PageLine[], dropped: ReadonlySet<number>, edge: Edge): number {
  const step = edge === 'top' ? 1 : -1;
  for (let i = edge === 'top' ? 0 : lines.length - 1; i >= 0 && i < lines.length; i += step) {
    if (!dropped.has(i) && lines[i]!.text !== '') return i;
  }
  return -1;
}

interface Context {
  readonly pages: readonly (readonly PageLine[])[];
  readonly minRepeats: number;
  readonly ids: IdHeaderTest;
}

/**
 * Drops the edge line of every page where it is furniture; returns whether any was dropped.
 * Only the current edge lines are compared across pages, so a line counts as repeated only where
 * it really is the page's first (or last) line.
 */
function peelEdge(ctx: Context, dropped: Set<number>[], edge: Edge): boolean {
  const edges = ctx.pages.map((lines, p) => edgeLine(lines, dropped[p]!, edge));
  const keys = edges.map((i, p) => (i < 0 ? null : lineKey(ctx.pages[p]![i]!.text)));
  const counts = new Map<string, number>();
  for (const k of keys) if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  let changed = false;
  edges.forEach((i, p) => {
    if (i < 0) return;
    const text = ctx.pages[p]![i]!.text;
    const repeated = (counts.get(keys[p]!) ?? 0) >= ctx.minRepeats && wordCount(text) <= REPEATED_MAX_WORDS;
    // The first page keeps its copy of a line repeated at the top: there it is usually the
    // letterhead or the letter's own reference block, which the later repeats add nothing to.
    // A repeated footer carries nothing on any page.
    const keepFirst = edge === 'top' && p === 0;
    const furniture =
      isPageNumberLine(text) || (repeated && !keepFirst) || (edge === 'top' && ctx.ids.isHeader(text, p));
    if (furniture) {
      dropped[p]!.add(i);
      changed = true;
    }
  });
  return changed;
}

/**
 * Returns, per page, the indexes of lines to drop: page-number lines at a page edge, lines that
 * are the first (or last) line on most pages (digits masked, so "Page 2 of 4" or a changing date
 * still match; the first page keeps its copy of a repeated top line), and a short top line on a later page that repeats
 * an earlier page's case or claim number. Edges are peeled inwards until nothing more is found,
 * so running the step on its own output finds nothing new.
 */
export function findPageFurniture(pages: readonly (readonly PageLine[])[], ids: IdHeaderTest): Set<number>[] {
  const dropped = pages.map(() => new Set<number>());
  const ctx = { pages, minRepeats: Math.max(2, Math.ceil(pages.length / 2)), ids };
  // Each round drops at least one line or stops, so this ends.
  for (;;) {
    const top = peelEdge(ctx, dropped, 'top');
    const bottom = peelEdge(ctx, dropped, 'bottom');
    if (!top && !bottom) break;
  }
  return dropped;
}
