/** Runs the segmentation steps over normalized text: sections, sentences, document kind. */
import type { Lexicons } from '../../lexicons/registry.js';
import type { SegmentedDocument } from '../../types/pipeline.js';
import { classifyDocument } from './classify-document.js';
import { detectSections } from './detect-sections.js';
import { splitSentences } from './split-sentences.js';

/** Structure of a normalized document; `pageOffsets` defaults to one page. */
export function segmentDocument(text: string, lexicons: Lexicons, pageOffsets: readonly number[] = [0]): SegmentedDocument {
  const sections = detectSections(text, lexicons);
  const sentences = splitSentences(text, sections, lexicons);
  return { text, pageOffsets, sections, sentences, kind: classifyDocument(text, lexicons) };
}
