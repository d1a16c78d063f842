/**
 * Finds running headers and footers: lines at the top or bottom of pages that are page furniture
 * rather than content.
 */
import type { PageLine } from './split-lines.js';
import { DATE_TOKEN, DIGIT_RUN, ID_TOKEN, PAGE_NUMBER_LINE, PAGE_NUMBER_PHRASE } from './layout-patterns.js';

/** How many non-blank lines at each page edge are compared across pages. */
const ZONE = 3;
/** A running header with a case number is short and mostly capitals, digits and punctuation. */
const ID_HEADER_MAX_WORDS = 16;
const ID_HEADER_MAX_LOWER_SHARE = 0.65;

type Edge = 'top' | 'bottom';

/** Page numbers and dates vary from page to page; masking digits lets the same header match. */
function lineKey(text: string): string {
  return text.toLowerCase().replace(DIGIT_RUN, '#');
}

/** Indexes of the first (top) or last (bottom) `ZONE` non-blank lines still kept on a page. */
function zoneOf(lines: readonly PageLine[], dropped: ReadonlySet<number>, edge: Edge): number[] {
  const out: number[] = [];
  const step = edge === 'top' ? 1 : -1;
  for (let i = edge === 'top' ? 0 : lines.length - 1; i >= 0 && i < lines.length && out.length < ZONE; i += step) {
    if (!dropped.has(i) && lines[i]!.text !== '') out.push(i);
  }
  return out;
}

/** Number of pages whose edge zone holds each line key. */
function countZoneKeys(pages: readonly (readonly PageLine[])[], dropped: readonly Set<number>[], edge: Edge): Map<string, number> {
  const counts = new Map<string, number>();
  pages.forEach((lines, p) => {
    const keys = new Set(zoneOf(lines, dropped[p]!, edge).map((i) => lineKey(lines[i]!.text)));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  return counts;
}

/** Identifier-like tokens (case or claim numbers) in a line, dates excluded. */
function idTokens(text: string): string[] {
  return (text.match(ID_TOKEN) ?? []).filter((t) => !DATE_TOKEN.test(t));
}

/** Short and mostly upper case: the shape of "RE: DOE, JANE  Claim # WC-11-30871" lines. */
function looksLikeIdHeader(text: string): boolean {
  if (text.split(' ').length > ID_HEADER_MAX_WORDS) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const lower = text.replace(/[^\p{Ll}]/gu, '');
  return letters.length === 0 || lower.length / letters.length < ID_HEADER_MAX_LOWER_SHARE;
}

interface Context {
  readonly pages: readonly (readonly PageLine[])[];
  readonly counts: Map<string, number>;
  readonly minRepeats: number;
  /** First page (0-based) on which each identifier token appears. */
  readonly idFirstPage: ReadonlyMap<string, number>;
}

/** Is this edge line furniture on page `p` (0-based)? */
function isFurniture(text: string, p: number, edge: Edge, ctx: Context): boolean {
  const key = lineKey(text);
  if (PAGE_NUMBER_LINE.test(key) || PAGE_NUMBER_PHRASE.test(key)) return true;
  // The first page keeps its copy of a repeated line: there it is usually the letterhead or the
  // letter's own reference block, which carries information the later repeats do not add.
  if (p === 0) return false;
  if ((ctx.counts.get(key) ?? 0) >= ctx.minRepeats) return true;
  if (edge !== 'top' || !looksLikeIdHeader(text)) return false;
  return idTokens(text).some((t) => (ctx.idFirstPage.get(t) ?? p) < p);
}

/** Removes furniture from one edge of every page, peeling inwards; returns whether any was found. */
function peelEdge(ctx: Omit<Context, 'counts'>, dropped: Set<number>[], edge: Edge): boolean {
  const counts = countZoneKeys(ctx.pages, dropped, edge);
  let changed = false;
  ctx.pages.forEach((lines, p) => {
    const first = zoneOf(lines, dropped[p]!, edge)[0];
    if (first !== undefined && isFurniture(lines[first]!.text, p, edge, { ...ctx, counts })) {
      dropped[p]!.add(first);
      changed = true;
    }
  });
  return changed;
}

/**
 * Returns, per page, the indexes of lines to drop: page-number lines at a page edge, lines that
 * recur at the same edge on most pages (digits masked, so "Page 2 of 4" or a changing date still
 * match; the first page keeps its copy), and a short top line on a later page that repeats an
 * earlier page's case or claim number. Edges are peeled inwards until nothing more is found, so
 * running the step on its own output finds nothing new.
 */
export function findPageFurniture(pages: readonly (readonly PageLine[])[]): Set<number>[] {
  const dropped = pages.map(() => new Set<number>());
  const minRepeats = Math.max(2, Math.ceil(pages.length / 2));
  const idFirstPage = new Map<string, number>();
  pages.forEach((lines, p) => {
    for (const line of lines) for (const t of idTokens(line.text)) if (!idFirstPage.has(t)) idFirstPage.set(t, p);
  });
  const ctx = { pages, minRepeats, idFirstPage };
  // Each round drops at least one line or stops, so this ends; peeling to a fixed point is what
  // keeps a second normalization from finding a header the first one uncovered.
  for (;;) {
    const top = peelEdge(ctx, dropped, 'top');
    const bottom = peelEdge(ctx, dropped, 'bottom');
    if (!top && !bottom) break;
  }
  return dropped;
}
