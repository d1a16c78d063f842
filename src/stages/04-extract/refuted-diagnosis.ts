/**
 * A diagnosis the record goes on to refute ("diagnosed with right-sided sciatica" ... "right-sided
 * sciatica, ruled out"; "the early diagnosis of sciatica was not confirmed") was never established:
 * the earlier statement of it is negated too. The refuting mention must be later, negated by one of
 * the context lexicon's `refutingRules`, and of the same finding: no side on either or the same
 * side (its own, else a side word right before it), and no spinal level on either or the same level ("L5 radiculopathy" is not refuted by
 * "S1 radiculopathy ruled out").
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Cue } from '../../types/facts.js';
import type { Side } from '../../types/vocab.js';

/** What the test reads of a mention or a diagnosis. */
export interface Refutable {
  readonly side?: Side | null;
  readonly cue?: Cue | null;
  readonly evidence: { readonly start: number; readonly end: number };
}

/** A spinal level ("L5", "C5-6", "L4-L5"), its letter and numbers captured. */
const LEVEL = /\b([CTLS])\s?(\d{1,2})(?:\s*[-–/]\s*[CTLS]?\s?(\d{1,2}))?\b/gi;
/** How far before a finding its level may be written ("right L5 radiculopathy", "L4-5 disc herniation with"). */
const LEVEL_REACH = 30;

/** The last spinal level written in the few characters before `at` (upper case, "L4-5"), or null. */
export function levelBefore(text: string, at: number): string | null {
  const window = text.slice(Math.max(0, at - LEVEL_REACH), at);
  let level: string | null = null;
  LEVEL.lastIndex = 0;
  for (let m = LEVEL.exec(window); m; m = LEVEL.exec(window)) level = `${m[1]!.toUpperCase()}${m[2]}${m[3] ? `-${m[3]}` : ''}`;
  return level;
}

/** A side word right before a finding ("right-sided sciatica", "left L5 radiculopathy"). */
const SIDE_BEFORE = /\b(right|left|bilateral)(?:[\s-]+sided)?\s+(?:[CTLS]\s?\d{1,2}(?:\s*[-–/]\s*[CTLS]?\s?\d{1,2})?\s+)?$/i;

/** The side written right before `at`, or null. */
function sideBefore(text: string, at: number): Side | null {
  const m = SIDE_BEFORE.exec(text.slice(Math.max(0, at - LEVEL_REACH), at));
  return m ? (m[1]!.toLowerCase() as Side) : null;
}

/** Is `later` a refutation (see the file comment) of `earlier`, both of the same finding by word or concept? */
export function refutes(text: string, earlier: Refutable, later: Refutable, refutingRules: ReadonlySet<string>): boolean {
  if (later.evidence.start <= earlier.evidence.start || !later.cue || !refutingRules.has(later.cue.ruleId)) return false;
  const sa = earlier.side ?? sideBefore(text, earlier.evidence.start);
  const sb = later.side ?? sideBefore(text, later.evidence.start);
  if (sa !== null && sb !== null && sa !== sb) return false;
  const a = levelBefore(text, earlier.evidence.start);
  const b = levelBefore(text, later.evidence.start);
  return a === null || b === null || a === b;
}

const ruleSets = new WeakMap<object, ReadonlySet<string>>();

/** The context lexicon's `refutingRules` as a set (made once per lexicon). */
export function refutingRules(context: Lexicons['context']): ReadonlySet<string> {
  let set = ruleSets.get(context);
  if (!set) ruleSets.set(context, (set = new Set(context.refutingRules ?? [])));
  return set;
}
