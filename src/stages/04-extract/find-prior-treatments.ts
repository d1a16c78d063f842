/** PLACEHOLDER: its owner replaces the body, keeping the signature. */
import type { Lexicons } from '../../lexicons/registry.js';
import type { PriorTreatment } from '../../types/facts.js';
import type { SegmentedDocument } from '../../types/pipeline.js';

/** Every PriorTreatment fact in the document, each with evidence. */
export function findPriorTreatments(doc: SegmentedDocument, lexicons: Lexicons): PriorTreatment[] {
  void doc; void lexicons;
  return [];
}
