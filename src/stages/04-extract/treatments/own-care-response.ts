/**
 * A treating provider's own report (titled "CHIROPRACTIC RE-EXAMINATION / PR-2") tells the
 * response to its own course of visits without naming it: "he rates himself about 40% better
 * since starting care". Such a sentence names no treatment; its response is the one of the
 * treatment the report's title names.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { SegmentedDocument, Sentence } from '../../../types/pipeline.js';
import { classifyResponse } from './classify-response.js';
import { compileTreatmentLexicons, firstCue, hasCue } from './compile-treatment-lexicons.js';
import type { TreatmentMention } from './find-treatment-mentions.js';
import type { PriorCandidate } from './read-prior-sentence.js';

/** How many lines from the top a report's title may stand (below a letterhead and its address). */
const TITLE_LINES = 8;

/**
 * The treatment of the report's own care: a treatment named at the start of a title line among
 * the first lines that calls the document a progress report or re-examination (the lexicon's
 * `own-care-title` cues), else null.
 */
export function ownCareTreatment(doc: SegmentedDocument, mentions: readonly TreatmentMention[], lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>): TreatmentMention | null {
  let end = -1;
  for (let i = 0; i < TITLE_LINES && end < doc.text.length; i++) {
    const next = doc.text.indexOf('\n', end + 1);
    end = next < 0 ? doc.text.length : next;
  }
  const head = doc.text.slice(0, end);
  const title = firstCue(compileTreatmentLexicons(lexicons).cues['own-care-title'], head);
  if (!title) return null;
  return mentions.find((m) => !m.weak && m.start >= title.start && m.end <= title.end) ?? null;
}

/**
 * A weak candidate of the report's own treatment for a sentence that names no treatment but tells
 * a response to care (the lexicon's `own-care-response` cues) with a stated response; else null.
 * Weak, it adds its response to the course the report tells of and never starts one.
 */
export function ownCareCandidate(sentence: Sentence, own: TreatmentMention, lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>): PriorCandidate | null {
  if (!hasCue(compileTreatmentLexicons(lexicons).cues['own-care-response'], sentence.text)) return null;
  const reading = classifyResponse(sentence.text, lexicons);
  if (reading.response === 'unknown') return null;
  const span = { start: sentence.start, end: sentence.end };
  return {
    mention: { ...own, weak: true },
    scope: span,
    reading,
    date: null,
    year: null,
    bodyPart: null,
    side: null,
    sessions: null,
    evidence: span,
  };
}
