/**
 * Reads a treatment's response from the words around it, by the contract's thresholds: a stated
 * percent at or above `significantPercent` is significant relief and below it partial relief;
 * hours or days of relief that then returned is temporary relief; otherwise the first response
 * cue in lexicon order decides (unknown-overrides, worsened, no relief, temporary, significant,
 * partial). A pain score change ("from 8/10 to 6/10") is read the same way.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { TreatmentResponse } from '../../../types/vocab.js';
import { compileTreatmentLexicons, firstCue, matchCues, readNumber, type CompiledTreatments, type CueMatch } from './compile-treatment-lexicons.js';

/** What the text says about one treatment's effect. Offsets of `cue` are relative to the text. */
export interface ResponseReading {
  readonly response: TreatmentResponse;
  readonly reliefPercent: number | null;
  readonly durationWeeks: number | null;
  readonly functionalImprovement: boolean | null;
  /** The words that decided the response, when any did. */
  readonly cue: { readonly start: number; readonly end: number } | null;
}

const DAYS_PER_UNIT: Readonly<Record<string, number>> = { hour: 1 / 24, day: 1, week: 7, month: 30 };
const OVERRIDING: ReadonlySet<TreatmentResponse> = new Set(['unknown', 'worsened', 'no_relief']);

function percentOf(text: string, c: CompiledTreatments): CueMatch & { pct: number } | null {
  const m = firstCue(c.cues.percent, text);
  const pct = m ? Number(m.groups.pct ?? m.groups.pct2) : NaN;
  return m && pct > 0 && pct <= 100 ? { ...m, pct } : null;
}

/** Duration in days of the first duration phrase, or null. */
function durationDays(text: string, c: CompiledTreatments): number | null {
  const m = firstCue(c.cues.duration, text);
  if (!m) return null;
  const unit = (m.groups.unit ?? m.groups.unit2 ?? '').toLowerCase().replace(/s$/, '');
  const n = m.groups.unit2 ? 1 : readNumber(m.groups.n, c.numberWords);
  const perUnit = DAYS_PER_UNIT[unit];
  return n === null || perUnit === undefined ? null : n * perUnit;
}

function painChange(text: string, c: CompiledTreatments): (CueMatch & { response: TreatmentResponse }) | null {
  const m = firstCue(c.cues['pain-change'], text);
  if (!m) return null;
  if (m.groups.same !== undefined) return { ...m, response: 'no_relief' };
  const from = Number(m.groups.from);
  const to = Number(m.groups.to);
  if (!(from > 0)) return null;
  if (to > from) return { ...m, response: 'worsened' };
  if (to === from) return { ...m, response: 'no_relief' };
  return { ...m, response: (from - to) / from >= c.significantPercent / 100 ? 'significant_relief' : 'partial_relief' };
}

function functional(text: string, c: CompiledTreatments): boolean | null {
  const m = firstCue(c.cues.functional, text);
  return m ? m.value === 'true' : null;
}

/** The response stated in `text` (the scope of one treatment mention). */
export function classifyResponse(text: string, lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>): ResponseReading {
  const c = compileTreatmentLexicons(lexicons);
  const days = durationDays(text, c);
  const durationWeeks = days !== null && days >= 7 ? Math.round(days / 7) : null;
  const base = { durationWeeks, functionalImprovement: functional(text, c) };
  const word = firstCue(c.cues.response, text);
  const wordResponse = word?.value as TreatmentResponse | undefined;
  if (word && wordResponse && OVERRIDING.has(wordResponse)) {
    return { ...base, response: wordResponse, reliefPercent: null, cue: word };
  }
  const pct = percentOf(text, c);
  if (pct) {
    const response = pct.pct >= c.significantPercent ? 'significant_relief' : 'partial_relief';
    return { ...base, response, reliefPercent: pct.pct, cue: pct };
  }
  const change = painChange(text, c);
  if (change && (!word || change.start <= word.start)) return { ...base, response: change.response, reliefPercent: null, cue: change };
  if (word && wordResponse) return { ...base, response: wordResponse, reliefPercent: null, cue: word };
  return { ...base, response: 'unknown', reliefPercent: null, cue: null };
}

/** Every span in `text` that is a response phrase (so a negation inside "no relief" is not read as "not received"). */
export function responseCueSpans(text: string, lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>): CueMatch[] {
  const c = compileTreatmentLexicons(lexicons);
  return [...matchCues(c.cues.response, text), ...matchCues(c.cues.functional, text), ...matchCues(c.cues['pain-change'], text)];
}
