/** PLACEHOLDER: its owner replaces the body, keeping the signature. */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Diagnosis } from '../../types/facts.js';
import type { SegmentedDocument } from '../../types/pipeline.js';

/** Every Diagnosis fact in the document, each with evidence. */
export function findDiagnoses(doc: SegmentedDocument, lexicons: Lexicons): Diagnosis[] {
  void doc; void lexicons;
  return [];
}
