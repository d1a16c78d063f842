/**
 * The injury: date, mechanism and injured body parts. The date is the most frequent
 * injury-role date, labelled dates first (a cumulative-trauma range gives its end date). The
 * mechanism and body parts come from the injury story: the first clinical sentence that tells
 * how the injury happened (it holds the injury date or an injury cue).
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { BodyPartRef, Injury } from '../../types/facts.js';
import type { SegmentedDocument, Sentence } from '../../types/pipeline.js';
import type { Mechanism } from '../../types/vocab.js';
import { makeEvidence } from '../evidence.js';
import { findBodyParts } from './find-body-parts.js';
import type { RoledDate } from './find-event-dates.js';

interface Compiled {
  readonly context: RegExp[];
  readonly mechanisms: Array<{ mechanism: Mechanism; regexes: RegExp[] }>;
}
const cache = new WeakMap<object, Compiled>();

function compile(lex: Lexicons['mechanisms']): Compiled {
  let c = cache.get(lex);
  if (!c) {
    c = {
      context: lex.injuryContext.map((p) => new RegExp(p, 'i')),
      mechanisms: lex.entries.map((e) => ({ mechanism: e.mechanism, regexes: e.patterns.map((p) => new RegExp(p, 'i')) })),
    };
    cache.set(lex, c);
  }
  return c;
}

const SKIP_SECTIONS = new Set(['determination_process', 'reviewer_qualifications', 'rationale', 'decision', 'documents_reviewed']);
const LABELLED = new Set(['injury-label', 'injury-ct-end']);

/** Picks the injury date: labelled first, then narrative; the most frequent wins. */
function pickInjuryDate(dates: readonly RoledDate[]): RoledDate | null {
  const injury = dates.filter((d) => d.role === 'injury');
  const pool = injury.some((d) => d.ruleId && LABELLED.has(d.ruleId)) ? injury.filter((d) => d.ruleId && LABELLED.has(d.ruleId)) : injury;
  const counts = new Map<string, number>();
  for (const d of pool) counts.set(d.date, (counts.get(d.date) ?? 0) + 1);
  let best: RoledDate | null = null;
  for (const d of pool) if (!best || (counts.get(d.date) ?? 0) > (counts.get(best.date) ?? 0)) best = d;
  return best;
}

/** The sentences that tell the injury story, in document order. */
function storySentences(doc: SegmentedDocument, dates: readonly RoledDate[], c: Compiled): Sentence[] {
  const injuryOffsets = dates.filter((d) => d.role === 'injury').map((d) => d.evidence.start);
  return doc.sentences.filter((s) => {
    const name = doc.sections[s.sectionIndex]?.name ?? null;
    if (name && SKIP_SECTIONS.has(name)) return false;
    if (injuryOffsets.some((o) => o >= s.start && o < s.end) && /\b(injur|hurt|when|while|lift|f[ae]ll|slip|trip)/i.test(s.text)) return true;
    return c.context.some((re) => re.test(s.text)) && /\b(injur|hurt|strain|f[ae]ll|slipp|tripp|accident|trauma)/i.test(s.text);
  });
}

/** Injury facts; nulls and an empty list when the record does not say. */
export function findInjury(doc: SegmentedDocument, lexicons: Lexicons, dates: readonly RoledDate[]): Injury {
  const c = compile(lexicons.mechanisms);
  const date = pickInjuryDate(dates);
  const story = storySentences(doc, dates, c);
  let mechanism: Mechanism | null = null;
  let mechanismEvidence: Injury['mechanismEvidence'];
  for (const s of story) {
    for (const m of c.mechanisms) {
      const hit = m.regexes.map((re) => re.exec(s.text)).find((x) => x);
      if (hit) {
        mechanism = m.mechanism;
        mechanismEvidence = makeEvidence(doc, { start: s.start + hit.index, end: s.start + hit.index + hit[0].length });
        break;
      }
    }
    if (mechanism) break;
  }
  const bodyParts: BodyPartRef[] = [];
  const partsSentence = story.find((s) => findBodyParts(s.text, lexicons).some((b) => b.limb === null || b.part !== 'lower leg'));
  if (partsSentence) {
    for (const b of findBodyParts(partsSentence.text, lexicons, partsSentence.start)) {
      if (!bodyParts.some((x) => x.part === b.part && x.side === b.side)) bodyParts.push({ part: b.part, side: b.side });
    }
  }
  const out: Injury = {
    date: date?.date ?? null,
    mechanism,
    bodyParts,
    evidence: date ? date.evidence : partsSentence ? makeEvidence(doc, partsSentence) : null,
  };
  return mechanismEvidence ? { ...out, mechanismEvidence } : out;
}
