/**
 * Exam items counted per side ("4 single-leg heel raises on the right and 20 on the left",
 * "Single-leg heel raise: 8 reps on R vs 20 on L") or not done at all ("He cannot perform a
 * single-leg heel rise on the right"): one finding per side, its value the count (unit
 * "repetitions") or "unable". The lexicon's `countedItems` give each item's patterns, whose named
 * groups are `n1`/`s1` and `n2`/`s2` (a count and its side) and `unable` (a side the item could not
 * be done on).
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { Sentence } from '../../../types/pipeline.js';
import type { Side } from '../../../types/vocab.js';
import type { CompiledExam } from './compile-exam-lexicon.js';
import type { Draft } from './exam-types.js';
import { sideIn } from './side-in.js';

/** Counted-item drafts in one exam sentence. */
export function findCounted(c: CompiledExam, s: Sentence, lexicons: Pick<Lexicons, 'bodyParts'>): Draft[] {
  const out: Draft[] = [];
  for (const item of c.countedItems) {
    if (!item.gate.test(s.text)) continue;
    // an item's patterns are tried in order; the first that reads it is its reading
    const found = out.length;
    for (const re of item.patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const g = m.groups ?? {};
        const start = s.start + m.index;
        const end = start + m[0].length;
        const draft = (value: string, unit: string | null, side: Side | null): Draft => ({
          kind: item.kind, start, end, qualifier: item.qualifier, value, unit, side, defaultPart: null, negated: false,
        });
        if (g.unable !== undefined) out.push(draft('unable', null, sideIn(g.unable, lexicons)));
        for (const [n, w] of [[g.n1, g.s1], [g.n2, g.s2]] as const) {
          if (n !== undefined) out.push(draft(n, 'repetitions', w ? sideIn(w, lexicons) : null));
        }
        if (m[0].length === 0) re.lastIndex++;
      }
      if (out.length > found) break;
    }
  }
  return out;
}
