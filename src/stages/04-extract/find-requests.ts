/** PLACEHOLDER: its owner replaces the body, keeping the signature. */
import type { Lexicons } from '../../lexicons/registry.js';
import type { TreatmentRequest } from '../../types/facts.js';
import type { SegmentedDocument } from '../../types/pipeline.js';

/** Every TreatmentRequest fact in the document, each with evidence. */
export function findRequests(doc: SegmentedDocument, lexicons: Lexicons): TreatmentRequest[] {
  void doc; void lexicons;
  return [];
}
