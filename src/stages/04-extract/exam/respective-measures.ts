/**
 * Bare measures closed by one side after a list of motions: "flexion was 30 degrees and extension
 * 25 degrees, compared with 70 and 65 degrees on the right" measures the motions listed just before
 * it, in their order, on that side. The phrase is the exam lexicon's `romRespective`.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { Draft } from './exam-types.js';
import { sideIn } from './side-in.js';

const compiled = new WeakMap<object, RegExp | null>();

function patternOf(lex: Lexicons['examFindings']): RegExp | null {
  let re = compiled.get(lex);
  if (re === undefined) compiled.set(lex, (re = lex.romRespective ? new RegExp(lex.romRespective, 'i') : null));
  return re;
}

/** The other side's measures of the motions in `listed` (drafts of the sentence `t` starting at `base`). */
export function respectiveMeasures(listed: readonly Draft[], t: string, base: number, lexicons: Pick<Lexicons, 'bodyParts' | 'examFindings'>): Draft[] {
  const re = patternOf(lexicons.examFindings);
  const m = re && listed.length > 1 ? re.exec(t) : null;
  if (!m?.groups) return [];
  const values = m.groups.values!.split(/\s*(?:,|and)\s*/).filter(Boolean).map(Number);
  const at = base + m.index;
  const motions = listed.filter((d) => d.end <= at && typeof d.value === 'number' && !d.lateralMotion).slice(-values.length);
  const side = sideIn(m.groups.side!, lexicons);
  if (motions.length !== values.length || !side || motions.some((d) => d.side === side)) return [];
  return motions.map((d, i) => ({ ...d, start: at, end: at + m[0].length, value: values[i]!, side }));
}
