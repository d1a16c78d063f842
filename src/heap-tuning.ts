/**
 * V8 tuning for the extraction stages, set once per process before the first document.
 *
 * Allocation-site pretenuring: V8 watches where objects are allocated, and when nearly all of a
 * site's objects are still alive at a minor GC it starts allocating that site's objects straight
 * in the old generation. Extraction defeats the heuristic: a document's intermediate results
 * (sentences, mentions, per-document caches) live for the few milliseconds the document takes,
 * which is often across one minor GC, and are garbage right after. Once such sites are pretenured,
 * every later document's intermediates land in the old generation, which only a full mark-compact
 * frees, so the heap grows by promoted garbage until V8's old-generation limit (measured: live heap
 * about 34 MB after a full GC, peak RSS 200-254 MB on `npm run bench:extract`). Without
 * pretenuring those objects die young, and peak RSS stays near 140 MB at the same throughput.
 */
import { setFlagsFromString } from 'node:v8';

let tuned = false;

/** Turns allocation-site pretenuring off for this process (idempotent, never throws). */
export function tuneHeapForExtraction(): void {
  if (tuned) return;
  tuned = true;
  try {
    setFlagsFromString('--no-allocation-site-pretenuring');
  } catch {
    // an engine without the flag keeps its default heuristics: only peak memory is affected
  }
}
