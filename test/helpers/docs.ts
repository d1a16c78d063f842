/** Test helpers: the real lexicons and the real normalize + segment stages on literal text. */
import { loadLexicons } from '../../src/lexicons/load-lexicons.js';
import type { Lexicons } from '../../src/lexicons/registry.js';
import { pagesFromText, segmentPages } from '../../src/pipeline.js';
import type { SegmentedDocument } from '../../src/types/pipeline.js';

export const lex: Lexicons = loadLexicons();

/** A segmented document from text (form feed = page break), as the pipeline builds it. */
export function docOf(text: string): SegmentedDocument {
  return segmentPages(pagesFromText(text), lex);
}
