/**
 * Turns the modifiers of a sentence into the assertion of one target: which modifiers reach the
 * target's tokens (see `reaches`), and the flags and cues (nearest first) they give it.
 */
import type { Assertion } from '../../types/assertion.js';
import { AFFIRMED } from '../../types/assertion.js';
import type { Cue } from '../../types/facts.js';
import type { Modifier, SentenceContext } from './find-modifiers.js';

/** A modifier that reached the target, with its distance in tokens. */
export interface Reached {
  readonly modifier: Modifier;
  readonly distance: number;
}

/** Token span [first, last+1) of the tokens overlapping the characters [start, end). */
function tokenSpan(ctx: SentenceContext, start: number, end: number): [number, number] {
  const t = ctx.tokens;
  let a = 0;
  while (a < t.length && t[a]!.end <= start) a++;
  let b = a;
  while (b < t.length && t[b]!.start < end) b++;
  return [a, Math.max(b, a + 1)];
}

function distance(m: Modifier, ts: number, te: number): number {
  if (m.tokEnd <= ts) return ts - m.tokEnd;
  if (m.tokStart >= te) return m.tokStart - te;
  return 0;
}

/**
 * Does `m` reach the target tokens [ts, te)? A forward cue must start at or before the target's
 * first token and its scope cover it; a backward cue must end at or after the target's last token
 * and its scope cover that. So a cue in the middle of a long target span ("lungs show no
 * opacities") says nothing about the span, while a span that begins with its own cue ("no radicular
 * complaints") or ends with it ("radiculopathy is not present") keeps it. Guideline statements are
 * sentence-wide: any overlap counts.
 */
function reaches(m: Modifier, ts: number, te: number): boolean {
  if (m.category === 'guideline') return m.scopeStart < te && ts < m.scopeEnd;
  const dir = m.rule.rule.direction;
  const forward = dir !== 'backward' && m.tokStart <= ts && ts < m.scopeEnd;
  const backward = dir !== 'forward' && m.tokEnd >= te && m.scopeStart < te;
  return forward || backward;
}

/** Modifiers of `ctx` whose scope reaches the target at sentence characters [start, end). */
export function reachingModifiers(ctx: SentenceContext, start: number, end: number): Reached[] {
  const [ts, te] = tokenSpan(ctx, start, end);
  const out: Reached[] = [];
  for (const m of ctx.modifiers) {
    if (reaches(m, ts, te)) out.push({ modifier: m, distance: distance(m, ts, te) });
  }
  return out;
}

/**
 * The assertion given the modifiers that reached a target, possibly from more than one sentence:
 * each carries its sentence `text` and the document offset `base` of that sentence, for the cue.
 */
export function resolveAssertion(reached: ReadonlyArray<{ modifier: Modifier; distance: number; text: string; base: number }>): Assertion {
  if (reached.length === 0) return AFFIRMED;
  const sorted = [...reached].sort((a, b) => a.distance - b.distance || a.modifier.start - b.modifier.start);
  const cues: Cue[] = sorted.map(({ modifier: m, text, base }) => ({
    text: text.slice(m.start, m.end),
    start: base + m.start,
    end: base + m.end,
    ruleId: m.rule.rule.id,
    category: m.category,
  }));
  const has = (c: string): boolean => cues.some((q) => q.category === c);
  return Object.freeze({
    negated: has('negated'),
    possible: has('possible'),
    hypothetical: has('hypothetical'),
    historical: has('historical'),
    experiencer: has('other_experiencer') ? 'other' : 'patient',
    guideline: has('guideline'),
    cues: Object.freeze(cues),
  });
}
