/**
 * Request items outside IMR decision lines: numbered, lettered or bulleted items of plan and
 * treatment-plan sections (and of combined "ASSESSMENT AND PLAN" sections), of future-medical-care and postoperative-plan lists, rows of a UR
 * letter's requested-treatment table (split after each decision word when the rows were reflowed
 * into one line), and UR item headings ("ITEM n:", "B. <item> - NON-CERTIFIED"). Each item
 * yields its head treatment (the first treatment named) plus any further medication joined by
 * "and", "with", ";" or ","; conditional items ("Should ... fail, ... may be a candidate") and
 * follow-up items yield nothing.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { SegmentedDocument, Span } from '../../../types/pipeline.js';
import type { SectionName } from '../../../types/vocab.js';
import { compileTreatmentLexicons, firstCue, hasCue, matchCues, type CompiledTreatments } from './compile-treatment-lexicons.js';
import { documentCueMatches } from './document-cues.js';
import { findTreatmentMentions, mentionsBetween, type TreatmentMention } from './find-treatment-mentions.js';
import { joinBrokenSentences } from './join-broken-sentences.js';

/** One requested treatment inside an item. `span` is the text of the request as written. */
export interface RequestCandidate {
  readonly mention: TreatmentMention;
  readonly span: Span;
  /** The whole item (all its lines), for quantity and body part. */
  readonly item: Span;
  readonly origin: 'plan' | 'table' | 'ur-item' | 'narrative';
}

/** Sections whose list items are requests. */
const REQUEST_SECTIONS: ReadonlySet<SectionName> = new Set(['plan', 'treatment_plan']);
/** Sections whose sentences quote requests without making them (decisions, guideline criteria). */
const QUOTING_SECTIONS: ReadonlySet<SectionName> = new Set(['decision', 'rationale', 'documents_reviewed', 'determination_process']);
/** Numbered ("1."), lettered ("a)", "B.") or bulleted list items; one letter only, so "Dr." is no marker. */
const LIST_MARKER = /^[ \t]*(?:\d{1,2}[.)]|[A-Za-z][.)]|[-•*])[ \t]+/;
/** A boxed table row's opening cells: its border and a row number ("| 2  | "). */
const TABLE_CELLS = /^[ \t]*\|[ \t]*(?:#?\d{1,2}[ \t]*\|[ \t]*)?/;
/** Joins between a head treatment and a further medication in the same item. */
const JOINER = /(?:;|,|\band\b|\bwith\b|\bplus\b)/i;

interface Zone { readonly start: number; readonly end: number; readonly origin: RequestCandidate['origin'] }

function planZones(doc: SegmentedDocument, c: CompiledTreatments): Zone[] {
  return doc.sections
    .filter((s) => (s.name !== null && REQUEST_SECTIONS.has(s.name)) || (s.header !== null && hasCue(c.cues['plan-header'], s.header)))
    .filter((s) => !(s.header && hasCue(c.cues['not-request-header'], s.header)))
    .map((s) => ({ start: s.bodyStart, end: s.end, origin: 'plan' as const }));
}

/** How far a request table or list may run when nothing else ends it. */
const MAX_LIST = 1500;

/**
 * A UR table or a bare "P:" list runs from its header line to the first blank line, the next
 * section, or (once it has a row) the first "Label:" line or capitals heading that is not a row.
 */
function tableZones(doc: SegmentedDocument, c: CompiledTreatments): Zone[] {
  return matchCues(c.cues['request-table'], doc.text).map((m) => {
    const nextSection = doc.sections.find((sec) => sec.start > m.end)?.start ?? doc.text.length;
    let end = Math.min(nextSection, m.end + MAX_LIST);
    const blank = /\n[ \t]*\n/.exec(doc.text.slice(m.end, end));
    if (blank) end = m.end + blank.index;
    let at = m.end + 1;
    let rows = 0;
    for (const line of doc.text.slice(m.end + 1, end).split('\n')) {
      if (rows > 0 && !LIST_MARKER.test(line) && firstCue(c.cues['list-end'], line)?.start === 0) {
        end = at - 1;
        break;
      }
      if (line.trim()) rows++;
      at += line.length + 1;
    }
    return { start: m.end, end, origin: 'table' as const };
  });
}

/**
 * Table rows that ran together (a PDF read as text) split at each row's decision word, which
 * belongs to no item (its "(#15)" is the reviewer's, not the request's quantity).
 */
function splitAfterVerdicts(text: string, span: Span, c: CompiledTreatments): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (const v of matchCues(c.cues['table-verdict'], text.slice(span.start, span.end)).sort((a, b) => a.start - b.start)) {
    const end = span.start + v.end;
    if (end <= start) continue;
    out.push({ start, end: Math.max(start, span.start + v.start) });
    start = end;
  }
  if (text.slice(start, span.end).trim()) out.push({ start, end: span.end });
  return out;
}

/**
 * An unmarked line after a marked list that opens a conditional sentence ("If the pain persists,
 * ...") is a note of its own, not the wrapped end of the item above: joined to that item, its
 * condition would make the item look conditional, and it asks for nothing itself. A wrapped item
 * goes on in lower case.
 */
function opensCondition(line: string, c: CompiledTreatments): boolean {
  const text = line.trimStart();
  return /^[A-Z]/.test(text) && firstCue(c.cues['hypothetical-item'], text)?.start === 0;
}

/** Splits a zone into items: at list markers, or (without markers) at lines that name a treatment and, in prose plans, at sentence ends. */
function zoneItems(doc: SegmentedDocument, zone: Zone, mentions: readonly TreatmentMention[], c: CompiledTreatments): Span[] {
  const lines: Span[] = [];
  let at = zone.start;
  for (const line of doc.text.slice(zone.start, zone.end).split('\n')) {
    if (line.trim()) lines.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  const marked = lines.some((l) => LIST_MARKER.test(doc.text.slice(l.start, l.end)));
  const all: Array<{ start: number; end: number; note: boolean }> = [];
  for (const l of lines) {
    const text = doc.text.slice(l.start, l.end);
    const note = marked && !LIST_MARKER.test(text) && opensCondition(text, c);
    const starts = marked ? LIST_MARKER.test(text) || note : mentionsBetween(mentions, l.start, l.end).some((m) => !m.weak);
    const last = all[all.length - 1];
    // a table's border and header lines before its first row belong to no item
    if (!last && !starts && zone.origin === 'table') continue;
    if (starts || !last) all.push({ start: l.start, end: l.end, note });
    else last.end = l.end;
  }
  // a conditional note and the unmarked lines after it request nothing
  const items = all.filter((it) => !it.note);
  // marked table rows can still run together when the text was reflowed: split after each verdict;
  // a plan line may carry several numbered items ("1) PT 2x4. 2) Naproxen.")
  if (marked) {
    return zone.origin === 'table'
      ? items.flatMap((it) => splitAfterVerdicts(doc.text, it, c)).map((it) => afterRowCell(doc.text, it)).flatMap((it) => splitTreatmentSentences(doc.text, it, mentions))
      : items.flatMap((it) => splitInlineItems(doc.text, it)).flatMap((it) => splitTreatmentSentences(doc.text, it, mentions));
  }
  return zone.origin === 'plan' ? items.flatMap((it) => splitSentences(doc.text, it)) : items.flatMap((it) => splitAfterVerdicts(doc.text, it, c)).map((it) => afterRowCell(doc.text, it));
}

/** A boxed table's row-number cell ("| 2 |"), whatever stands before it on a flattened line. */
const ROW_CELL = /\|[ \t]*#?\d{1,2}[ \t]*\|[ \t]*/g;
/**
 * What may open a flattened row before its item: rules and cell borders, the rest of the row
 * before's decision ("(#15)", "to 6 visits |"), and a bare row number.
 */
const ROW_LEAD = /^[\s\-=_+|]*(?:\([^()\n]{0,30}\)[\s|]*)?(?:#?\d{1,2}[.)]?\s+)?/;

/**
 * A table flattened into one line keeps its border and header before the first row: the row's
 * own words start after its (last) row-number cell, past rules and a bare row number.
 */
function afterRowCell(text: string, span: Span): Span {
  let start = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(ROW_CELL)) start = span.start + m.index + m[0].length;
  start += ROW_LEAD.exec(text.slice(start, span.end))?.[0].length ?? 0;
  return start < span.end ? { start, end: span.end } : span;
}

/** Inline numbered items after a sentence end ("... 2x4. 2) Naproxen") start items of their own. */
function splitInlineItems(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(/[.;][ \t]+(?=(?:\d{1,2}|[a-z])[.)][ \t])/g)) {
    out.push({ start, end: span.start + m.index + 1 });
    start = span.start + m.index + m[0].length;
  }
  out.push({ start, end: span.end });
  return out;
}

/**
 * A list item may go on with another request in a sentence of its own ("4. Continue tramadol #60.
 * Urine drug screen at the next visit."): a later sentence that opens with a treatment is an item
 * of its own. Sentences that open otherwise stay with the item ("Dr. Han", "It helped before.").
 */
function splitTreatmentSentences(text: string, span: Span, mentions: readonly TreatmentMention[]): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(/\.\s+(?=[A-Z])/g)) {
    const at = span.start + m.index + m[0].length;
    if (!mentionsBetween(mentions, at, span.end).some((t) => !t.weak && t.start === at)) continue;
    out.push({ start, end: span.start + m.index + 1 });
    start = at;
  }
  out.push({ start, end: span.end });
  return out;
}

/** A prose plan ("Continue Norco. Request PT 2x6.") has one item per sentence. */
function splitSentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(/[.;]\s+(?=[A-Z])/g)) {
    out.push({ start, end: span.start + m.index + 1 });
    start = span.start + m.index + m[0].length;
  }
  out.push({ start, end: span.end });
  return out;
}

/** Where the clause holding `at` ends inside the item: a sentence end, a table gap or cell border, or the item end. */
const CLAUSE_END = /\.(?=\s|$)|(?<=\S)[ \t]{3,}|[ \t]+\|/g;

function clauseEnd(text: string, from: number, end: number): number {
  const slice = text.slice(from, end);
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(slice); m; m = CLAUSE_END.exec(slice)) {
    // a full stop inside parentheses ends no clause ("(Dr. Han)")
    if (m[0] === '.' && openParens(slice, m.index)) continue;
    return from + m.index;
  }
  return end;
}

/** Whether a parenthesis opened before `at` in `text` is still open there. */
function openParens(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 40) depth++;
    else if (ch === 41 && depth > 0) depth--;
  }
  return depth > 0;
}

function clauseStart(text: string, from: number, at: number): number {
  const before = text.slice(from, at);
  const i = Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\n'));
  return i >= 0 ? from + i + 2 : from;
}

/** Start of the item's own words: after the list marker and a leading "Request authorization:". */
function itemTextStart(doc: SegmentedDocument, item: Span, c: CompiledTreatments): number {
  let at = item.start;
  const marker = LIST_MARKER.exec(doc.text.slice(at, item.end)) ?? TABLE_CELLS.exec(doc.text.slice(at, item.end));
  if (marker) at += marker[0].length;
  while (/\s/.test(doc.text[at] ?? '')) at++;
  const prefix = firstCue(c.cues['item-prefix'], doc.text.slice(at, item.end));
  return prefix && prefix.start === 0 ? at + prefix.end : at;
}

function isConditional(doc: SegmentedDocument, head: TreatmentMention, from: number, item: Span, c: CompiledTreatments): boolean {
  const start = clauseStart(doc.text, from, head.start);
  const clause = doc.text.slice(start, clauseEnd(doc.text, head.end, item.end)).trim();
  return hasCue(c.cues['hypothetical-item'], clause);
}

/**
 * Where an item that opens by stopping its first treatment ("Stop gabapentin; start
 * nortriptyline") switches to another: the index of the first mention a switch cue stands right
 * before, and where the words after that cue's joiner start. Null when the item does not open
 * with a stop order or names nothing after one.
 */
function switchedTo(text: string, from: number, ms: readonly TreatmentMention[], c: CompiledTreatments): { index: number; start: number } | null {
  const first = ms[0];
  if (!first || !hasCue(c.cues['stop-order'], text.slice(from, first.start))) return null;
  for (let k = 1; k < ms.length; k++) {
    const gap = text.slice(ms[k - 1]!.end, ms[k]!.start);
    const cue = firstCue(c.cues['switch-to'], gap);
    // the cue's match opens at the switch verb ("start nortriptyline ..."), after its joiner
    if (cue) return { index: k, start: ms[k - 1]!.end + cue.start };
  }
  return null;
}

function itemCandidates(doc: SegmentedDocument, item: Span, mentions: readonly TreatmentMention[], c: CompiledTreatments, origin: Zone['origin']): RequestCandidate[] {
  const from = itemTextStart(doc, item, c);
  const itemText = doc.text.slice(from, item.end);
  if (firstCue(c.cues['not-request-item'], itemText)?.start === 0) return [];
  const all = mentionsBetween(mentions, from, item.end).filter((m) => m.end <= item.end && !m.weak);
  // "Stop gabapentin; start nortriptyline": the item asks for what it switches to, from the switch cue on
  const switched = switchedTo(doc.text, from, all, c);
  const ms = switched ? all.slice(switched.index) : all;
  const textStart = switched ? switched.start : from;
  const head = ms[0];
  if (!head) return [];
  const explicit = hasCue(c.cues['explicit-request'], doc.text.slice(item.start, item.end));
  if (!explicit && isConditional(doc, head, textStart, item, c)) return [];
  const picked: TreatmentMention[] = [head];
  for (const m of ms.slice(1)) {
    const prev = picked[picked.length - 1]!;
    const between = doc.text.slice(prev.end, m.start);
    // a further medication may follow any joiner; another kind of treatment only a plain "and" or ";"
    // ("continue home exercises and night splints", one qualifier allowed),
    // since "with" introduces a part of the head
    // an add-on without a body part of its own (a lab test, GI prophylaxis) may follow "with" too
    // ("continue tramadol #60, with a urine drug screen")
    const joined = m.entry.drug || m.entry.noBodyPart ? JOINER.test(between) : /^\s*(?:;|,?\s*and)\s*(?:an?\s+|the\s+)?(?:[a-z]+\s+)?$/i.test(between);
    if (joined && head.entry.treatment !== 'compounded topical'
      && m.start < clauseEnd(doc.text, head.end, item.end) + 2) picked.push(m);
  }
  // "Pain psychology evaluation and cognitive behavioral therapy, 6 sessions": an evaluation of the
  // psyche joined to the psyche's therapy is that therapy's first step, one request
  if (picked.length > 1 && head.entry.treatment === 'consultation' && head.entry.bodyPart === 'psyche' && picked[1]!.entry.bodyPart === 'psyche') picked.shift();
  return picked.map((m, i) => {
    const start = i === 0 ? textStart : leadInStart(doc.text, picked[i - 1]!.end, m);
    const next = picked[i + 1];
    const stop = next ? leadInStart(doc.text, m.end, next) : clauseEnd(doc.text, m.end, item.end);
    const end = Math.max(m.end, trimJoiner(doc.text, start, stop));
    return { mention: m, span: { start, end }, item: { start: from, end: item.end }, origin };
  });
}

/** Most words a lead-in may have to belong to the item after it ("purchase of a", "a refill of"). */
const LEAD_IN_WORDS = 4;
/** Spinal levels ("C5-C6", "L4-5 and L5-S1"), not counted as lead-in words. */
const SPINAL_LEVELS = /\b[CTLS]\d{1,2}(?:-[CTLS]?\d{1,2})?(?:\s+(?:and|&)\s+[CTLS]\d{1,2}(?:-[CTLS]?\d{1,2})?)*\b/gi;
/** Joiners after which a lead-in may start the next item ("with" is not one: it introduces a part of the head). */
const LEAD_JOINER = /(?:;|,|\band\b|\bplus\b)\s*/gi;

/**
 * Where the item of `next` starts: right after the last joiner before it when the words between
 * are a short lead-in ("... #90 and purchase of a TENS unit": the purchase belongs to the TENS
 * unit, not to the medication before it), else at the mention itself.
 */
function leadInStart(text: string, prevEnd: number, next: TreatmentMention): number {
  const between = text.slice(prevEnd, next.start);
  const joiners = [...between.matchAll(LEAD_JOINER)];
  const last = joiners.at(-1);
  if (!last) return next.start;
  const lead = between.slice(last.index + last[0].length);
  const words = lead.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= LEAD_IN_WORDS && !/[.:()]/.test(lead) ? prevEnd + last.index + last[0].length : next.start;
}

/**
 * Where the first narrative item starts: right after the request word when only a short lead-in
 * stands before the treatment ("recommended a 28 day functional restoration program": the
 * quantity comes first), else at the mention.
 */
function firstLeadInStart(text: string, cueEnd: number, first: TreatmentMention): number {
  const lead = text.slice(cueEnd, first.start);
  // spinal levels and the "and" between them name where, not what: "a right C5-C6 and C6-C7 transforaminal ESI"
  const words = lead.replace(SPINAL_LEVELS, ' ').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > LEAD_IN_WORDS || /[.:;,()]/.test(lead)) return first.start;
  return cueEnd + lead.search(/\S/);
}

/** Cuts a trailing joiner ("... #60 with ") off a span's end. */
function trimJoiner(text: string, start: number, stop: number): number {
  const m = /[\s;,]*(?:\b(?:and|with|plus)\b)?[\s;,]*$/i.exec(text.slice(start, stop));
  return m ? start + m.index : stop;
}

/**
 * Requests told in prose ("The treating physician requested X and a refill of Y"): every
 * treatment named after the first request word of a clinical sentence, the ingredients of a
 * compounded product excepted. Used only when a record has no decision lines, plan or table.
 */
export function findNarrativeRequests(
  doc: SegmentedDocument,
  lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>,
  allMentions: readonly TreatmentMention[] = findTreatmentMentions(doc.text, lexicons),
): RequestCandidate[] {
  const c = compileTreatmentLexicons(lexicons);
  const mentions = allMentions.filter((m) => !m.weak);
  const out: RequestCandidate[] = [];
  for (const s of joinBrokenSentences(doc)) {
    const section = doc.sections[s.sectionIndex]?.name ?? null;
    if ((section && QUOTING_SECTIONS.has(section)) || hasCue(c.cues['hypothetical-item'], s.text.trim())) continue;
    const cue = matchCues(c.cues['narrative-request'], s.text).sort((a, b) => a.start - b.start)[0];
    if (!cue) continue;
    const after = mentions.filter((m) => m.start >= s.start + cue.end && m.end <= s.end);
    const head = after[0];
    if (!head) continue;
    const picked = head.entry.treatment === 'compounded topical' ? [head] : after;
    picked.forEach((m, i) => {
      const next = picked[i + 1];
      const stop = next ? leadInStart(doc.text, m.end, next) : clauseEnd(doc.text, m.end, s.end);
      const start = i === 0 ? firstLeadInStart(doc.text, s.start + cue.end, m) : leadInStart(doc.text, picked[i - 1]!.end, m);
      out.push({ mention: m, span: { start, end: Math.max(m.end, trimJoiner(doc.text, start, stop)) }, item: { start, end: stop }, origin: 'narrative' });
    });
  }
  return out;
}

/** The last result per document, for the same compiled lexicon and mentions (the request and prior-treatment stages both ask). */
const byDocument = new WeakMap<SegmentedDocument, { c: CompiledTreatments; mentions: readonly TreatmentMention[]; found: RequestCandidate[] }>();

/**
 * Every request candidate outside IMR decision lines, in text order (`mentions`: the document's,
 * when already found, in text order as `findTreatmentMentions` gives them). Found once per document and mentions (documents are immutable); callers
 * must not mutate the candidates.
 */
export function findRequestItems(
  doc: SegmentedDocument,
  lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>,
  mentions: readonly TreatmentMention[] = findTreatmentMentions(doc.text, lexicons),
): RequestCandidate[] {
  const c = compileTreatmentLexicons(lexicons);
  const hit = byDocument.get(doc);
  if (hit && hit.c === c && hit.mentions === mentions) return [...hit.found];
  const found = requestItems(doc, c, mentions);
  byDocument.set(doc, { c, mentions, found });
  return [...found];
}

function requestItems(doc: SegmentedDocument, c: CompiledTreatments, mentions: readonly TreatmentMention[]): RequestCandidate[] {
  const out: RequestCandidate[] = [];
  for (const zone of [...planZones(doc, c), ...tableZones(doc, c)]) {
    for (const item of zoneItems(doc, zone, mentions, c)) out.push(...itemCandidates(doc, item, mentions, c, zone.origin));
  }
  for (const m of documentCueMatches(doc, c.cues['ur-item'])) {
    const g = m.groupSpans.item;
    out.push(...itemCandidates(doc, g ? { start: g[0], end: g[1] } : { start: m.start, end: m.end }, mentions, c, 'ur-item'));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
