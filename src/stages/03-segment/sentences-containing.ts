/**
 * A literal pre-filter over a document's sentences: which sentences hold (case-insensitively) at
 * least one of some strings. Extractors that try patterns on every sentence use it to try them
 * only where a string every match contains occurs, found with one `indexOf` scan of the
 * lower-cased document instead of a regex run per sentence.
 */
import type { SegmentedDocument } from '../../types/pipeline.js';

/** The lower-cased text of each document, or null when lower-casing moved offsets. */
const lowered = new WeakMap<SegmentedDocument, string | null>();

function lowerText(doc: SegmentedDocument): string | null {
  let low = lowered.get(doc);
  if (low === undefined) {
    const l = doc.text.toLowerCase();
    // a few non-Latin characters lower-case to two; then offsets no longer line up
    low = l.length === doc.text.length ? l : null;
    lowered.set(doc, low);
  }
  return low;
}

/** Index of the last sentence starting at or before `offset`, or -1. */
function sentenceAt(doc: SegmentedDocument, offset: number): number {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * Per sentence of `doc`, whether its lower-cased text contains one of `needles` (lower case).
 * Returns null when that cannot be read off the lower-cased document (its offsets moved), so the
 * caller tries every sentence.
 */
export function sentencesContaining(doc: SegmentedDocument, needles: readonly string[]): boolean[] | null {
  const low = lowerText(doc);
  if (low === null) return null;
  const hit = new Array<boolean>(doc.sentences.length).fill(false);
  for (const needle of needles) {
    if (needle === '') return hit.fill(true);
    for (let p = low.indexOf(needle); p >= 0; p = low.indexOf(needle, p + 1)) {
      const i = sentenceAt(doc, p);
      const s = doc.sentences[i];
      if (s && p + needle.length <= s.end) hit[i] = true;
    }
  }
  return hit;
}
