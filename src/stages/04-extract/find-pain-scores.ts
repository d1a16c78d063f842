/** PLACEHOLDER: its owner replaces the body, keeping the signature. */
import type { Lexicons } from '../../lexicons/registry.js';
import type { PainScore } from '../../types/facts.js';
import type { SegmentedDocument } from '../../types/pipeline.js';

/** Every PainScore fact in the document, each with evidence. */
export function findPainScores(doc: SegmentedDocument, lexicons: Lexicons): PainScore[] {
  void doc; void lexicons;
  return [];
}
