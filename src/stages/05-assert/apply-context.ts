/**
 * ConText assertion for one target span. PLACEHOLDER until the assertion stage lands: says
 * every target is affirmed. Its owner replaces the body, keeping the signature.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Assertion } from '../../types/assertion.js';
import { AFFIRMED } from '../../types/assertion.js';
import type { SegmentedDocument, Span } from '../../types/pipeline.js';

/** Assertion of `target` (a span of `doc.text`) from the modifiers in its sentence. */
export function assertSpan(doc: SegmentedDocument, target: Span, lexicons: Lexicons): Assertion {
  void doc; void target; void lexicons;
  return AFFIRMED;
}
