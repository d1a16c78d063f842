/**
 * Whole-document cue matches shared by the treatment readers: the request items and the UR
 * guideline reader both scan a document for its UR item headings, so the scan is done once per
 * document (documents are immutable) and cue list (compiled once per lexicon).
 */
import type { SegmentedDocument } from '../../../types/pipeline.js';
import { matchCues, type CompiledCue, type CueMatch } from './compile-treatment-lexicons.js';

const byDocument = new WeakMap<SegmentedDocument, WeakMap<readonly CompiledCue[], readonly CueMatch[]>>();

/** `matchCues(cues, doc.text)`, found once per document and cue list; callers must not mutate it. */
export function documentCueMatches(doc: SegmentedDocument, cues: readonly CompiledCue[]): readonly CueMatch[] {
  let inner = byDocument.get(doc);
  if (!inner) byDocument.set(doc, (inner = new WeakMap()));
  let found = inner.get(cues);
  if (!found) inner.set(cues, (found = Object.freeze(matchCues(cues, doc.text))));
  return found;
}
