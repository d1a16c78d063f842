/**
 * Prior-treatment candidates of one sentence. Repeated names of one treatment ("Trigger point
 * injections (TPI)") form one unit; each unit's scope runs to the next treatment named (weak
 * references do not cut it), and the response, percent, duration, date, sessions and function
 * stated in that scope are its own. Units listed only with "and" or "," ("Ibuprofen and
 * cyclobenzaprine help partially") share the response stated after the last of them. The first
 * unit may take a response stated before it ("40% better than before surgery"), and the last may
 * take one from a following sentence about the same person that names no treatment.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { SegmentedDocument, Sentence, Span } from '../../../types/pipeline.js';
import type { BodyPart, Side } from '../../../types/vocab.js';
import { findBodyParts, type BodyPartMention } from '../find-body-parts.js';
import { findDates } from '../find-dates.js';
import { classifyResponse, type ResponseReading } from './classify-response.js';
import { compileTreatmentLexicons, firstCue, hasCue, matchCues, readNumber, type CompiledTreatments, type CueMatch } from './compile-treatment-lexicons.js';
import type { TreatmentMention } from './find-treatment-mentions.js';

/** One treatment as one sentence describes it. */
export interface PriorCandidate {
  readonly mention: TreatmentMention;
  readonly scope: Span;
  readonly reading: ResponseReading;
  readonly date: string | null;
  readonly year: number | null;
  readonly bodyPart: BodyPart | null;
  readonly side: Side | null;
  readonly sessions: number | null;
  readonly evidence: Span;
  /** Told as given after an operation (true), before one (false), or neither (absent). */
  readonly postOperative?: boolean;
  /** Care for an earlier episode that resolved before the claim's injury (see earlier-episode.ts). */
  readonly earlierEpisode?: boolean;
}

type Lex = Pick<Lexicons, 'treatments' | 'treatmentCues' | 'bodyParts' | 'dateRoles'>;

const keyOf = (m: TreatmentMention): string => `${m.entry.treatment}|${m.entry.drug ?? ''}|${m.entry.procedure ?? ''}`;

/** Joins consecutive mentions of one treatment with no date between them. */
function units(doc: SegmentedDocument, ms: readonly TreatmentMention[], lex: Lex): TreatmentMention[] {
  const out: TreatmentMention[] = [];
  for (const m of ms) {
    const last = out[out.length - 1];
    const between = last ? doc.text.slice(last.end, m.start) : '';
    // two procedures joined by "and" ("laminectomy and discectomy") are one operation
    const oneOperation = last?.entry.treatment === 'surgery' && m.entry.treatment === 'surgery' && /^\s*(?:and|with|&|\/|,)\s*$/i.test(between);
    // the same care named twice is one unit, unless the words between tell its response ("adjustments
    // that aggravated the pain, after which chiropractic care was stopped"): the first name keeps them
    const toldBetween = () => classifyResponse(between, lex).cue !== null;
    // ("two injections; the first gave no relief": an ordinal standing for one of them is a course of its own)
    if (last && !last.weak && !m.weak && !m.anaphor && (keyOf(last) === keyOf(m) || oneOperation) && !findDates(between, lex).some((d) => d.iso) && !toldBetween()) {
      out[out.length - 1] = { ...last, end: m.end, text: doc.text.slice(last.start, m.end) };
    } else out.push(m);
  }
  return out;
}

function onlyListed(gap: string, c: CompiledTreatments): boolean {
  let bare = gap.replace(/\([^)]*\)/g, ' ');
  for (const d of matchCues(c.cues.dose, bare).sort((a, b) => b.start - a.start)) bare = bare.slice(0, d.start) + ' ' + bare.slice(d.end);
  // the connector must span the whole gap (cues are multi-line: "^...$" could match one empty line)
  const m = firstCue(c.cues.connector, bare);
  return !!m && m.start === 0 && m.end === bare.length;
}

function nearest<T extends { start: number }>(xs: readonly T[], at: number): T | undefined {
  return [...xs].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

/** How far before a treatment (in characters) a spinal level still names what it treated, when the nearest part comes after. */
const ADJACENT_LEVEL = 12;
/** How far before a spinal level (in characters) a side word is looked for ("right-sided L5-S1"). */
const LEVEL_SIDE_REACH = 16;

function details(doc: SegmentedDocument, m: TreatmentMention, scope: Span, from: number, lex: Lex, sentenceStart: number = from) {
  const c = compileTreatmentLexicons(lex);
  const scopeText = doc.text.slice(scope.start, scope.end);
  const back = doc.text.slice(from, m.start);
  // a date after the treatment is its own; one before it only in "On <date> he underwent ..."
  const lead = hasCue(c.cues['event-date-lead'], back) ? findDates(back, lex).filter((d) => d.iso) : [];
  const own = findDates(scopeText, lex);
  const dates = [...own, ...lead];
  const found = dates.find((d) => d.iso);
  // "Finished 6 PT visits on 10/23/2020", "PT x 8 (completed 3/22/24)": the day a course of
  // sessions ended is not its date (a start date told elsewhere is; the year still tells the
  // course apart); a single procedure "completed on" a day keeps it
  const sessions = sessionsOf(doc, m, scope, from, c);
  const foundAt = found && own.includes(found) ? scope.start + found.start : from + (found?.start ?? 0);
  const day = found && !(sessions !== null && endsCourse(doc.text.slice(from, foundAt), c)) ? found : undefined;
  // "a second injection into the finger on the same day": the day is the last one named before it in the sentence
  const sameDay = !found && hasCue(c.cues['same-day'], doc.text.slice(from, scope.end)) ? findDates(doc.text.slice(sentenceStart, m.start), lex).filter((d) => d.iso).pop() : undefined;
  // a year-only cue is read only when no date gives the year
  const year = dates[0]?.year ?? yearOf(firstCue(c.cues['event-year'], scopeText) ?? firstCue(c.cues['event-year'], back));
  const winStart = Math.max(from, m.start - 40);
  // after the mention, a part belongs to it only up to the next list or clause break
  // ("injections gave no relief, and a left shoulder steroid injection ...")
  const brk = firstCue(c.cues['part-boundary'], doc.text.slice(m.end, scope.end));
  const winEnd = brk ? m.end + brk.start : scope.end;
  const parts = m.entry.noBodyPart ? [] : findBodyParts(doc.text.slice(winStart, winEnd), lex, winStart);
  const named = nearest(parts, m.start);
  // a spinal level written right before the treatment ("an L4-L5 laminectomy") outranks a part
  // named further back ("left leg symptoms and underwent an L4-L5 laminectomy") or after it
  // ("L L4-5 TFESI: ... then the leg pain came back")
  const levelFrom = named && named.end <= m.start ? named.end : Math.max(winStart, m.start - ADJACENT_LEVEL);
  const closeLevel = named && !m.entry.noBodyPart ? firstCue(c.cues.level, doc.text.slice(levelFrom, m.start)) : null;
  const part = closeLevel ? undefined : named;
  const level = closeLevel ?? (part || m.entry.noBodyPart ? null : firstCue(c.cues.level, doc.text.slice(winStart, scope.end)));
  // "left L4-5 microdiscectomy", "L L5-S1 TFESI": a side word right before a level written before the
  // treatment is the treatment's side (a level after it may belong to the next treatment named)
  const levelAt = closeLevel ? levelFrom + closeLevel.start : level ? winStart + level.start : -1;
  const levelSide = !part && levelAt >= 0 && levelAt < m.start ? firstCue(c.cues['level-side'], doc.text.slice(Math.max(from, levelAt - LEVEL_SIDE_REACH), levelAt)) : null;
  return {
    date: day?.iso ?? sameDay?.iso ?? null,
    year,
    bodyPart: part?.part ?? (level?.value as BodyPart | undefined) ?? m.entry.bodyPart ?? null,
    side: part?.side ?? (levelSide?.value as Side | undefined) ?? null,
    sessions,
  };
}

/** The number of sessions stated nearest the treatment ("18 visits of therapy", "PT x 8"), or null. */
function sessionsOf(doc: SegmentedDocument, m: TreatmentMention, scope: Span, from: number, c: CompiledTreatments): number | null {
  const sessWin = Math.max(from, m.start - 30);
  const sess = nearest(matchCues(c.cues.sessions, doc.text.slice(sessWin, scope.end)).map((s) => ({ ...s, start: s.start + sessWin })), m.start);
  const g = sess?.groups;
  return g ? readNumber(g.n ?? g.n2 ?? g.n3 ?? g.n4, c.numberWords) : null;
}

/**
 * True when the text before a date says the course ended on it (the lexicon's `course-end` cues:
 * "completed", "finished", "discharged" in the same clause); "completed a series of three
 * injections, the last on <date>" still dates the series.
 */
function endsCourse(before: string, c: CompiledTreatments): boolean {
  return hasCue(c.cues['course-end'], before);
}

function yearOf(cue: CueMatch | null): number | null {
  return cue?.groups.year ? Number(cue.groups.year) : null;
}

function shift(r: ResponseReading, by: number): ResponseReading {
  return r.cue ? { ...r, cue: { start: r.cue.start + by, end: r.cue.end + by } } : r;
}

/** What decides whether a candidate is kept: the treatment, its scope and the response read. */
export interface PriorReading {
  readonly mention: TreatmentMention;
  readonly scope: Span;
  readonly reading: ResponseReading;
}

/**
 * Candidates for every treatment unit of `sentence`; `next` is the following sentence, if any.
 * Only readings `accept` keeps become candidates, so date, body part and sessions are read for
 * those alone. `mayKeep` is false for a unit (and its scope) of which `accept` keeps no reading
 * whatever it says: a sentence with no other unit is not read at all.
 */
export function readPriorSentence(
  doc: SegmentedDocument, sentence: Sentence, mentions: readonly TreatmentMention[], next: Sentence | null, lex: Lex,
  accept: (r: PriorReading) => boolean = () => true,
  mayKeep: (u: TreatmentMention, scope: Span) => boolean = () => true,
): PriorCandidate[] {
  const c = compileTreatmentLexicons(lex);
  const us = units(doc, mentions, lex);
  const strong = us.filter((u) => !u.weak);
  const scopeOf = (u: TreatmentMention): Span => ({ start: u.end, end: strong.find((s) => s.start > u.start)?.start ?? sentence.end });
  const open = us.map((u) => mayKeep(u, scopeOf(u)));
  if (!open.includes(true)) return [];
  const readings = new Map<TreatmentMention, ResponseReading>();
  const sources = new Map<TreatmentMention, Span>();
  for (const u of [...us].reverse()) {
    const scope = scopeOf(u);
    // a weak reference ("40% better than before surgery") reads only what precedes it, and only
    // when no other treatment does; what follows it belongs to the treatments named next
    if (u.weak) {
      readings.set(u, u === us[0] ? shift(classifyResponse(doc.text.slice(sentence.start, u.start), lex), sentence.start) : classifyResponse('', lex));
      continue;
    }
    let r = shift(classifyResponse(doc.text.slice(scope.start, scope.end), lex), scope.start);
    sources.set(u, scope);
    const after = strong.find((s) => s.start > u.start);
    if (r.response === 'unknown' && after && !u.weak && onlyListed(doc.text.slice(u.end, after.start), c) && !ownClause(doc.text.slice(after.end, scopeOf(after).end), c)) {
      r = readings.get(after) ?? r;
    }
    if (!r.cue && u === strong[0]) {
      const from = backStart(doc.text.slice(sentence.start, u.start), c) + sentence.start;
      const back = shift(classifyResponse(doc.text.slice(from, u.start), lex), from);
      if (back.cue) r = { ...back, functionalImprovement: back.functionalImprovement ?? r.functionalImprovement };
      else {
        // "Pain 7/10 w/o naproxen, 4/10 with it": a pain comparison that names the treatment inside it
        const around = shift(classifyResponse(doc.text.slice(from, scope.end), lex), from);
        if (around.cue && around.cue.start < u.start && around.cue.end > u.end) r = { ...around, functionalImprovement: around.functionalImprovement ?? r.functionalImprovement };
      }
    }
    const cell = r.response === 'unknown' && !after ? leaderCell(doc, sentence) : null;
    if (cell) {
      const fromCell = shift(classifyResponse(doc.text.slice(cell.start, cell.end), lex), cell.start);
      if (fromCell.cue) {
        r = fromCell;
        sources.set(u, cell);
      }
    }
    if (r.response === 'unknown' && !after && next && !u.weak) {
      const fromNext = fromNextSentence(doc, next, lex, c);
      if (fromNext) {
        r = fromNext;
        sources.set(u, { start: next.start, end: next.end });
      }
    }
    readings.set(u, r);
  }
  shareLeadingResponse(doc, strong, readings, c);
  const out: PriorCandidate[] = [];
  us.forEach((u, i) => {
    if (!open[i]) return;
    const scope = scopeOf(u);
    const source = sources.get(u);
    const split = source && !u.weak ? contrastParts(doc, source, lex, c) : null;
    const kept = (split ?? [{ reading: readings.get(u)!, part: null }]).filter((p) => accept({ mention: u, scope, reading: p.reading }));
    if (!kept.length) return;
    const shared = details(doc, u, scope, i > 0 ? us[i - 1]!.end : sentence.start, lex, sentence.start);
    const dates = shared.date ? seriesDates(doc, u, scope, shared.date, lex) : [shared.date];
    for (const { reading, part } of kept) {
      const cue = reading.cue && reading.cue.start >= sentence.start && reading.cue.end <= sentence.end ? reading.cue : null;
      const evidence = { start: Math.min(u.start, cue?.start ?? u.start), end: Math.max(u.end, cue?.end ?? u.end) };
      for (const date of dates) {
        out.push({
          mention: u, scope, reading, evidence, date, year: shared.year,
          bodyPart: part ? part.part : shared.bodyPart, side: part ? part.side : shared.side, sessions: shared.sessions,
        });
      }
    }
  });
  return out;
}

/**
 * "Therapy improved the low back by about 30% but did nothing for the neck": two outcomes for
 * two body parts, one on each side of a contrast word, are two courses of the treatment.
 */
function contrastParts(doc: SegmentedDocument, span: Span, lex: Lex, c: CompiledTreatments): Array<{ reading: ResponseReading; part: BodyPartMention }> | null {
  const text = doc.text.slice(span.start, span.end);
  const k = firstCue(c.cues.contrast, text);
  if (!k) return null;
  const sides = [{ start: span.start, end: span.start + k.start }, { start: span.start + k.end, end: span.end }];
  const parts = sides.map((sd) => {
    const t = doc.text.slice(sd.start, sd.end);
    const reading = shift(classifyResponse(t, lex), sd.start);
    const part = findBodyParts(t, lex, sd.start)[0];
    return part && reading.cue ? { reading, part } : null;
  });
  const [a, b] = parts;
  if (!a || !b || a.part.part === b.part.part || a.reading.response === b.reading.response) return null;
  return [a, b];
}

/**
 * Where a response read backward from the first treatment may start: after the last clause that
 * moves on to it ("Conservative care failed and she underwent a fusion": the failure is the
 * earlier care's, not the fusion's). Offset into `before`.
 */
function backStart(before: string, c: CompiledTreatments): number {
  return matchCues(c.cues['back-boundary'], before).reduce((a, m) => Math.max(a, m.end), 0);
}

/**
 * "She takes naproxen and zolpidem, which helps her fall asleep": the response after the last of
 * listed treatments is that one's own when told in a singular relative clause (the lexicon's
 * `singular-which` cues; "which help" is shared).
 */
function ownClause(after: string, c: CompiledTreatments): boolean {
  return hasCue(c.cues['singular-which'], after);
}

/** What may join two dates of one series ("on 07/14/2015 and 01/08/2016", "3/1, 4/2 and 5/6"). */
const DATE_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/i;

/**
 * "Injections on 07/14/2015 and 01/08/2016 each gave relief": a treatment named in the plural with
 * a list of dates is a dated series, one course per date. Otherwise just `first`, the date read.
 */
function seriesDates(doc: SegmentedDocument, u: TreatmentMention, scope: Span, first: string, lex: Lex): Array<string | null> {
  if (!/s$/i.test(u.text.trim())) return [first];
  const ds = findDates(doc.text.slice(scope.start, scope.end), lex, scope.start);
  const at = ds.findIndex((d) => d.iso === first);
  if (at < 0) return [first];
  const out = [first];
  for (let i = at + 1; i < ds.length; i++) {
    const d = ds[i]!;
    if (!d.iso || !DATE_JOIN.test(doc.text.slice(ds[i - 1]!.end, d.start))) break;
    if (!out.includes(d.iso)) out.push(d.iso);
  }
  return out;
}

/** A dot leader closing a sentence ("Ibuprofen 600 mg ..... ", a list line's label). */
const DOT_LEADER = /\.{3,}[ \t]*$/;

/**
 * "Ibuprofen 600 mg tid ..... "some help"": a sentence that ends in a dot leader is a list line's
 * label, and the rest of its line (cut off as the next sentence) is its value. Null when the
 * sentence does not end so, or nothing follows on the line.
 */
function leaderCell(doc: SegmentedDocument, sentence: Sentence): Span | null {
  if (!DOT_LEADER.test(doc.text.slice(sentence.start, sentence.end))) return null;
  const eol = doc.text.indexOf('\n', sentence.end);
  const end = eol < 0 ? doc.text.length : eol;
  return /\S/.test(doc.text.slice(sentence.end, end)) ? { start: sentence.end, end } : null;
}

function fromNextSentence(doc: SegmentedDocument, next: Sentence, lex: Lex, c: CompiledTreatments): ResponseReading | null {
  const text = doc.text.slice(next.start, next.end).trim();
  if (!hasCue(c.cues['continuation-start'], text)) return null;
  const r = classifyResponse(text, lex);
  // a function gain alone ("He has returned to modified duty") tells of the patient, not of the
  // treatment named before it: only stated relief, a percent or a pain change carries over
  return r.response === 'unknown' || !r.cue ? null : { ...r, cue: null };
}

/**
 * "Failed PT, chiropractic care and NSAIDs": a response read backward by the first treatment of
 * a list reaches the treatments listed with it that state none of their own.
 */
function shareLeadingResponse(doc: SegmentedDocument, strong: readonly TreatmentMention[], readings: Map<TreatmentMention, ResponseReading>, c: CompiledTreatments): void {
  const lead = strong[0];
  const r = lead && readings.get(lead);
  if (!lead || !r?.cue || r.cue.start >= lead.start) return;
  for (let i = 1; i < strong.length; i++) {
    const u = strong[i]!;
    if (!onlyListed(doc.text.slice(strong[i - 1]!.end, u.start), c) || readings.get(u)?.response !== 'unknown') return;
    readings.set(u, { ...r, cue: null });
  }
}
