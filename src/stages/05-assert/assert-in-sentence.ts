/**
 * Text-level assertion: the ConText result for a target inside one free-standing sentence. Used
 * by the NegEx evaluation and by tests; the pipeline calls `assertSpan`, which caches per document.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Assertion } from '../../types/assertion.js';
import { compileContextRules } from './compile-context-rules.js';
import { findModifiers } from './find-modifiers.js';
import { reachingModifiers, resolveAssertion } from './resolve-assertion.js';

/** Assertion of `sentence.slice(targetStart, targetEnd)`; cue offsets are relative to `sentence`. */
export function assertInSentence(sentence: string, targetStart: number, targetEnd: number, lex: Lexicons['context']): Assertion {
  const ctx = findModifiers(sentence, compileContextRules(lex));
  const reached = reachingModifiers(ctx, targetStart, targetEnd).map((r) => ({ ...r, text: sentence, base: 0 }));
  return resolveAssertion(reached);
}
