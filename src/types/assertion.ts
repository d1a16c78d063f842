/** What the ConText stage says about one target span. */
import type { Cue } from './facts.js';

export interface Assertion {
  /** A negation trigger scopes over the target ("denies", "no", "negative for", "is not present"). */
  readonly negated: boolean;
  /** Uncertain: "rule out", "possible", "suspected", "to evaluate for". */
  readonly possible: boolean;
  /** Conditional or future: "if", "should ... develop", "in the presence of". */
  readonly hypothetical: boolean;
  /** Past and over: "history of", "resolved", "s/p". */
  readonly historical: boolean;
  /** Whose condition it is. */
  readonly experiencer: 'patient' | 'other';
  /** A statement of what a guideline says, not a fact about this patient. */
  readonly guideline: boolean;
  /** Every modifier that reached the target, nearest first. */
  readonly cues: readonly Cue[];
}

/** No modifier reached the target: affirmed, about the patient. */
export const AFFIRMED: Assertion = Object.freeze({
  negated: false, possible: false, hypothetical: false, historical: false,
  experiencer: 'patient', guideline: false, cues: Object.freeze([]),
});
