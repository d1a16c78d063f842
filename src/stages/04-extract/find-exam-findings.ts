/** PLACEHOLDER: its owner replaces the body, keeping the signature. */
import type { Lexicons } from '../../lexicons/registry.js';
import type { ExamFinding } from '../../types/facts.js';
import type { SegmentedDocument } from '../../types/pipeline.js';

/** Every ExamFinding fact in the document, each with evidence. */
export function findExamFindings(doc: SegmentedDocument, lexicons: Lexicons): ExamFinding[] {
  void doc; void lexicons;
  return [];
}
