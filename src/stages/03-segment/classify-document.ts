/** Document kind from weighted cue phrases in the section-header lexicon. */
import type { Lexicons } from '../../lexicons/registry.js';
import type { DocumentKind } from '../../types/vocab.js';
import { compileUnionTest, type UnionTest } from '../../text/union-scan.js';

/**
 * The cues, and one search for all of them: each cue's own case-blind search would pass over the
 * whole document once per cue.
 */
interface Cues { readonly list: ReadonlyArray<{ readonly kind: DocumentKind; readonly weight: number }>; readonly scan: UnionTest }
const cueCache = new WeakMap<object, Cues>();

/** Sums the weight of every cue found (each once) and returns the best-scoring kind, or `other`. */
export function classifyDocument(text: string, lexicons: Pick<Lexicons, 'sectionHeaders'>): DocumentKind {
  const lex = lexicons.sectionHeaders;
  let cues = cueCache.get(lex);
  if (!cues) {
    cues = { list: lex.kindCues.map((c) => ({ kind: c.kind, weight: c.weight })), scan: compileUnionTest(lex.kindCues.map((c) => new RegExp(c.pattern, 'i'))) };
    cueCache.set(lex, cues);
  }
  const found = cues.scan.test(text);
  const score = new Map<DocumentKind, number>();
  cues.list.forEach((c, i) => {
    if (found[i]) score.set(c.kind, (score.get(c.kind) ?? 0) + c.weight);
  });
  let best: DocumentKind = 'other';
  let bestScore = 0;
  for (const [kind, s] of score) if (s > bestScore) [best, bestScore] = [kind, s];
  return best;
}
