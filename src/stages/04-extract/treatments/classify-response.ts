/**
 * Reads a treatment's response from the words around it, by the contract's thresholds: a stated
 * percent at or above `significantPercent` is significant relief and below it partial relief;
 * hours or days of relief that then returned is temporary relief (a stated percent kept with it); otherwise the first response
 * cue in lexicon order decides (unknown-overrides, worsened, no relief, temporary, significant,
 * partial). A pain score change ("from 8/10 to 6/10") is read the same way. Complete relief
 * that wore off is temporary relief of 100%.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { TreatmentResponse } from '../../../types/vocab.js';
import { compileTreatmentLexicons, firstCue, hasCue, matchCues, readNumber, type CompiledTreatments, type CueMatch } from './compile-treatment-lexicons.js';
import { cueGate, type CueFilter, type CueGate } from './cue-gate.js';

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
/** Clinic shorthand for the units ("~60% x 3 wks"). */
const SHORT_UNITS: Readonly<Record<string, string>> = { hr: 'hour', wk: 'week', mo: 'month' };
/**
 * Significant relief must be sustained: strong relief (a percent at or above the significant
 * threshold, "complete") that returned in under this many days ("75% relief that lasted about ten
 * days before the pain returned") is temporary relief.
 */
const SUSTAINED_DAYS = 28;
const OVERRIDING: ReadonlySet<TreatmentResponse> = new Set(['unknown', 'worsened', 'no_relief']);

/** A percent of relief, with the cue that states it. */
interface Percent { readonly at: CueMatch; readonly pct: number }

/** The roles `classifyResponse` reads. */
const RESPONSE_ROLES = ['duration', 'functional', 'percent', 'pain-change', 'response', 'pain-unchanged', 'relief-lost', 'relief-complete'] as const;

/** Per compiled lexicon, the gate of the cues `classifyResponse` reads. */
const gates = new WeakMap<CompiledTreatments, CueGate>();

function responseGate(c: CompiledTreatments): CueGate {
  let gate = gates.get(c);
  if (!gate) gates.set(c, (gate = cueGate(RESPONSE_ROLES.flatMap((role) => c.cues[role]))));
  return gate;
}

function percentOf(text: string, c: CompiledTreatments, may: CueFilter): Percent | null {
  const m = firstCue(c.cues.percent, text, may);
  // "reduced by about half", "by a third", "about a quarter less pain", "helped about a third", "cuts it in half":
  // the lexicon names the fraction and its percent; "from 7/10 to 1/10 (about 85%)" gives it in parentheses (pct6)
  const fraction = m?.groups.fraction ?? m?.groups.fraction2 ?? m?.groups.fraction3 ?? m?.groups.fraction4 ?? m?.groups.fraction5;
  const pct = m ? (fraction !== undefined ? (c.fractionPercents[fraction.toLowerCase().replace(/[\s-]+/g, ' ')] ?? NaN) : Number(m.groups.pct ?? m.groups.pct2 ?? m.groups.pct3 ?? m.groups.pct4 ?? m.groups.pct5 ?? m.groups.pct6)) : NaN;
  // a wrapper, not `{ ...m, pct }`: adding a key to a spread copy is slow in V8
  return m && pct > 0 && pct <= 100 ? { at: m, pct } : null;
}

/** Duration in days of the first duration phrase, or null. */
function durationDays(text: string, c: CompiledTreatments, may: CueFilter): number | null {
  const m = firstCue(c.cues.duration, text, may);
  if (!m) return null;
  const written = (m.groups.unit ?? m.groups.unit2 ?? m.groups.unit3 ?? '').toLowerCase().replace(/s$/, '');
  const unit = SHORT_UNITS[written] ?? written;
  const n = m.groups.unit2 ? 1 : readNumber(m.groups.n ?? m.groups.n3, c.numberWords);
  const perUnit = DAYS_PER_UNIT[unit];
  return n === null || perUnit === undefined ? null : n * perUnit;
}

function painChange(text: string, c: CompiledTreatments, may: CueFilter): { at: CueMatch; response: TreatmentResponse } | null {
  const m = firstCue(c.cues['pain-change'], text, may);
  if (!m) return null;
  if (m.groups.same !== undefined) return { at: m, response: 'no_relief' };
  // "from 8/10 to 4/10", "4/10; without it, 8/10", "7/10 without it, 4/10 with it", "4/10 on it and 8/10 without"
  // scores may be written as words ("from a nine out of ten down to a seven out of ten")
  const from = readNumber(m.groups.from ?? m.groups.from2 ?? m.groups.from3 ?? m.groups.from4 ?? m.groups.from5 ?? m.groups.from6 ?? m.groups.from7, c.numberWords) ?? NaN;
  const to = readNumber(m.groups.to ?? m.groups.to2 ?? m.groups.to3 ?? m.groups.to4 ?? m.groups.to5 ?? m.groups.to6 ?? m.groups.to7, c.numberWords) ?? NaN;
  if (!(from > 0) || Number.isNaN(to)) return null;
  if (to > from) return { at: m, response: 'worsened' };
  if (to === from) return { at: m, response: 'no_relief' };
  return { at: m, response: (from - to) / from >= c.significantPercent / 100 ? 'significant_relief' : 'partial_relief' };
}

function functional(text: string, c: CompiledTreatments, may: CueFilter): boolean | null {
  const m = firstCue(c.cues.functional, text, may);
  return m ? m.value === 'true' : null;
}

/** One stated response: where it is stated, and its percent when a percent states it. */
interface Stated { readonly at: CueMatch; readonly response: TreatmentResponse; readonly pct: number | null }

/**
 * The earliest stated response in `text`: a response cue, the percent or the pain change; on a
 * tie the percent, then the pain change, then the response cues in lexicon order. Only each
 * cue's first match can be the earliest, so no cue is run past it.
 */
function firstStated(text: string, c: CompiledTreatments, pct: Percent | null, may: CueFilter): Stated | null {
  let best: Stated | null = null;
  if (pct) best = { at: pct.at, response: pct.pct >= c.significantPercent ? 'significant_relief' : 'partial_relief', pct: pct.pct };
  const change = painChange(text, c, may);
  if (change && (!best || change.at.start < best.at.start)) best = { at: change.at, response: change.response, pct: null };
  for (const cue of c.cues.response) {
    if (!may(cue)) continue;
    const m = firstCue([cue], text);
    if (m && (!best || m.start < best.at.start)) best = { at: m, response: m.value as TreatmentResponse, pct: null };
  }
  return best;
}

/** A reading built key by key (a spread copy that gains keys is slow in V8). */
function reading(durationWeeks: number | null, functionalImprovement: boolean | null, response: TreatmentResponse, reliefPercent: number | null, cue: ResponseReading['cue']): ResponseReading {
  return { durationWeeks, functionalImprovement, response, reliefPercent, cue };
}

/**
 * The response stated in `text` (the scope of one treatment mention): the earliest stated
 * response wins. A relief word ("partial relief") with a percent elsewhere in the scope takes the
 * percent's reading; a stated functional improvement with no stated relief is partial relief.
 */
export function classifyResponse(text: string, lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>): ResponseReading {
  const c = compileTreatmentLexicons(lexicons);
  const may = responseGate(c).open(text);
  const r = readResponse(text, c, may);
  // "complete relief of the groin pain for two days": relief that wore off keeps how strong it was
  // as its percent, as "80% relief for a week" keeps 80; complete relief is 100%
  return r.reliefPercent === null && r.response === 'temporary_relief' && hasCue(c.cues['relief-complete'], text, may)
    ? reading(r.durationWeeks, r.functionalImprovement, r.response, 100, r.cue)
    : r;
}

function readResponse(text: string, c: CompiledTreatments, may: CueFilter): ResponseReading {
  const days = durationDays(text, c, may);
  const weeks = days !== null && days >= 7 ? Math.round(days / 7) : null;
  const fi = functional(text, c, may);
  const pct = percentOf(text, c, may);
  const first = firstStated(text, c, pct, may);
  if (!first) return reading(weeks, fi, fi ? 'partial_relief' : 'unknown', null, null);
  if (first.response === 'partial_relief' && first.pct === null && !pct && hasCue(c.cues['pain-unchanged'], text, may)) {
    // "improved her walking, although the pain itself was unchanged": the gain is functional, not relief
    return reading(weeks, fi, 'no_relief', null, first.at);
  }
  if (first.pct === null && !OVERRIDING.has(first.response) && first.response !== 'temporary_relief' && pct) {
    return reading(weeks, fi, pct.pct >= c.significantPercent ? 'significant_relief' : 'partial_relief', pct.pct, first.at);
  }
  if (first.pct !== null && (days === null || days < 7 || (first.response === 'significant_relief' && days < SUSTAINED_DAYS)) && hasCue(c.cues['relief-lost'], text, may)) {
    // "80% relief ... wore off within hours": the relief stated, then lost within the week
    return reading(weeks, fi, 'temporary_relief', first.pct, first.at);
  }
  if (first.pct !== null && days !== null && days >= 1 && days < 7) {
    // "about 60% relief for five days": a percent of relief timed in days lasted days only; timed
    // in hours it may be a diagnostic block's anesthetic window, which says nothing of its end
    return reading(weeks, fi, 'temporary_relief', first.pct, first.at);
  }
  if ((first.response === 'significant_relief' || first.response === 'partial_relief') && days !== null && (days < 7 || (first.response === 'significant_relief' && days < SUSTAINED_DAYS)) && hasCue(c.cues['relief-lost'], text, may)) {
    // "complete relief for three days, then the pain came back": however strong, relief that
    // lasted days and returned is temporary by the contract; a stated duration keeps this narrow
    return reading(weeks, fi, 'temporary_relief', first.pct, first.at);
  }
  return reading(weeks, fi, first.response, first.pct, first.at);
}

/** Every span in `text` that is a response phrase (so a negation inside "no relief" is not read as "not received"). */
export function responseCueSpans(text: string, lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>): CueMatch[] {
  const c = compileTreatmentLexicons(lexicons);
  return [...matchCues(c.cues.response, text), ...matchCues(c.cues.functional, text), ...matchCues(c.cues['pain-change'], text)];
}
