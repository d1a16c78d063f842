// Splits text into segments at every span boundary so overlapping and nested spans draw as
// flat, non-overlapping pieces that each know every span covering them. Pure: no DOM.

/**
 * Segments of `text` between `from` and `to`.
 * @param {number} from inclusive start offset
 * @param {number} to exclusive end offset
 * @param {{key: string, start: number, end: number}[]} spans spans with offsets into the same text
 * @returns {{start: number, end: number, keys: string[]}[]} consecutive segments covering
 *   [from, to); `keys` holds the covering spans, innermost (shortest) first, empty for plain text
 */
export function splitSegments(from, to, spans) {
  const inside = spans.filter((s) => s.start < to && s.end > from && s.start < s.end);
  const cuts = new Set([from, to]);
  for (const s of inside) {
    if (s.start > from) cuts.add(s.start);
    if (s.end < to) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = inside.filter((s) => s.start <= start && s.end >= end);
    covering.sort((a, b) => (a.end - a.start) - (b.end - b.start) || a.start - b.start);
    out.push({ start, end, keys: covering.map((s) => s.key) });
  }
  return out;
}

/**
 * Page ranges of the text from `pageOffsets` (offset where each page starts).
 * @returns {{page: number, from: number, to: number}[]}
 */
export function pageRanges(textLength, pageOffsets) {
  const offsets = pageOffsets?.length ? pageOffsets : [0];
  return offsets.map((from, i) => ({ page: i + 1, from, to: offsets[i + 1] ?? textLength })).filter((p) => p.to >= p.from);
}
