/** Document kind from weighted cue phrases in the section-header lexicon. */
import type { Lexicons } from '../../lexicons/registry.js';
import type { DocumentKind } from '../../types/vocab.js';

const cueCache = new WeakMap<object, Array<{ kind: DocumentKind; regex: RegExp; weight: number }>>();

/** Sums the weight of every cue found (each once) and returns the best-scoring kind, or `other`. */
export function classifyDocument(text: string, lexicons: Pick<Lexicons, 'sectionHeaders'>): DocumentKind {
  const lex = lexicons.sectionHeaders;
  let cues = cueCache.get(lex);
  if (!cues) {
    cues = lex.kindCues.map((c) => ({ kind: c.kind, regex: new RegExp(c.pattern, 'i'), weight: c.weight }));
    cueCache.set(lex, cues);
  }
  const score = new Map<DocumentKind, number>();
  for (const c of cues) if (c.regex.test(text)) score.set(c.kind, (score.get(c.kind) ?? 0) + c.weight);
  let best: DocumentKind = 'other';
  let bestScore = 0;
  for (const [kind, s] of score) if (s > bestScore) [best, bestScore] = [kind, s];
  return best;
}
