/**
 * Reading units: sentences, with a sentence that stops mid-phrase (no closing punctuation) joined
 * to the next when that one goes on in lower case or with a number. A blank line from OCR, double
 * spacing or a page break ("lateral bending 25 degrees" / "bilaterally.", "reports left" /
 * "shoulder pain 9/10") must not cut a fact in two; nor may a dot leader ("Eversion ......" /
 * "5 deg (15 deg)"), which the sentence splitter reads as a full stop.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import { lowerBound } from '../../../text/lower-bound.js';
import { isSpaceCode } from '../../../text/space-char.js';
import { LOWER_LABEL_LINE } from '../../02-normalize/layout-patterns.js';
import type { SegmentedDocument, Sentence } from '../../../types/pipeline.js';

/** Most sentences joined into one reading unit. */
const MAX_JOIN = 3;

/** A line break after a line with no closing punctuation, before a capitalised line. */
const LINE_START = /(?<![.!?;:,]\s*)\n(?=[A-Z])/g;

/**
 * A unit cut before the line where prose resumes after an unpunctuated list ("Lumbar flexion
 * 35°, extension 10°" / "The treating physician diagnosed ..."): `isProse` marks a line that is
 * not exam text (a stop cue); the list lines before it stay readable.
 */
function splitListEnd(doc: SegmentedDocument, s: Sentence, isProse: (text: string) => boolean): Sentence[] {
  // a unit with no line break before a capital has nowhere to cut: the prose test is skipped
  if (!s.text.includes('\n')) return [s];
  LINE_START.lastIndex = 0;
  const any = LINE_START.test(s.text);
  // matchAll starts where the last search stopped
  LINE_START.lastIndex = 0;
  if (!any || !isProse(s.text)) return [s];
  const breaks = [...s.text.matchAll(LINE_START)];
  // the last such line break: every list line before it stays
  const cut = breaks.map((m) => m.index + 1).reverse()
    .find((at) => at > 0 && !isProse(s.text.slice(0, at)) && isProse(s.text.slice(at)));
  if (cut === undefined) return [s];
  return [
    { ...s, end: s.start + cut, text: doc.text.slice(s.start, s.start + cut) },
    { ...s, start: s.start + cut, text: doc.text.slice(s.start + cut, s.end) },
  ];
}

/**
 * A lone side letter closing a clause ("Froment's (+) L. No intrinsic atrophy", "Spurling's neg B.
 * DTRs 2+"): the sentence splitter reads "L." as an initial, but in exam shorthand it ends the
 * finding, so the unit is cut after it when a capitalised word follows.
 */
/** `gate` (global): a side letter, its full stop and a white space ("L. "), where a stop may be (see `stopCuts`). */
interface SideStop { readonly gate: RegExp }

/**
 * Where the side-stop gate matches in a document: ascending starts and their ends. A unit is a
 * slice of the document text, so it holds a gate match exactly when one of these lies inside it;
 * one search of the document stands in for a search of every unit.
 */
interface GateHits { readonly starts: readonly number[]; readonly ends: readonly number[] }

function gateHits(text: string, all: RegExp): GateHits {
  all.lastIndex = 0;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let m = all.exec(text); m; m = all.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    if (!m[0].length) all.lastIndex++;
  }
  all.lastIndex = 0;
  return { starts, ends };
}

/** `stops.gate.test(s.text)` for a unit `s` that is a slice of the text `hits` were found in. */
function gateIn(hits: GateHits, s: Sentence): boolean {
  const i = lowerBound(hits.starts, s.start);
  return i < hits.starts.length && hits.ends[i]! <= s.end;
}
const sideStops = new WeakMap<object, SideStop>();

/** The side-stop patterns for the lexicon's side letters (`sideLetters`: R, L, B). */
function sideStopOf(lex: Lexicons['examFindings']): SideStop {
  let c = sideStops.get(lex);
  if (!c) {
    // the schema allows single capital letters only, so they go into a class as they are
    const letters = Object.keys(lex.sideLetters ?? {}).join('');
    c = letters
      ? { gate: new RegExp(`[${letters}]\\.\\s`, 'g') }
      : { gate: /(?!)/g };
    sideStops.set(lex, c);
  }
  return c;
}

const isStopLead = (k: number): boolean => k === 44 || k === 59 || k === 40 || isSpaceCode(k);
const isCapitalOrParen = (k: number): boolean => (k >= 65 && k <= 90) || k === 40;

/**
 * Where the matches of `(?<=(?:^|[\s,;(])[RLB]\.)\s+(?=[A-Z(])` end in unit `s` (offsets in the
 * unit; R, L, B the side letters), read off the gate hits: a stop
 * is the white space after a hit ("L. ") whose letter opens the unit or follows a space, comma,
 * semicolon or "(", when a capital or "(" follows that white space. The pattern's lookbehind made
 * V8 try it backwards at every character of the unit; the hits are the only places it can match.
 */
function stopCuts(text: string, s: Sentence, hits: GateHits): number[] {
  const cuts: number[] = [];
  for (let i = lowerBound(hits.starts, s.start); i < hits.starts.length && hits.ends[i]! <= s.end; i++) {
    const at = hits.starts[i]!;
    if (at > s.start && !isStopLead(text.charCodeAt(at - 1))) continue;
    let end = at + 2;
    while (end < s.end && isSpaceCode(text.charCodeAt(end))) end++;
    if (end > at + 2 && end < s.end && isCapitalOrParen(text.charCodeAt(end))) cuts.push(end - s.start);
  }
  return cuts;
}

function splitSideStops(doc: SegmentedDocument, s: Sentence, hits: GateHits): Sentence[] {
  if (!gateIn(hits, s)) return [s];
  const cuts = stopCuts(doc.text, s, hits);
  if (!cuts.length) return [s];
  const out: Sentence[] = [];
  let from = 0;
  for (const at of [...cuts, s.text.length]) {
    out.push({ ...s, start: s.start + from, end: s.start + at, text: doc.text.slice(s.start + from, s.start + at).trimEnd() });
    from = at;
  }
  return out.map((u) => ({ ...u, end: u.start + u.text.length }));
}

/** A document's joined units and, for each, its pieces after the side stops (built once per document). */
interface DocUnits {
  readonly lex: object;
  readonly joined: readonly Sentence[];
  /** Per joined unit, its side-stop pieces, made when first asked for. */
  readonly stopped: Array<readonly Sentence[] | undefined>;
  /** Where the side-stop gate matches in the document, found on first need. */
  hits?: GateHits;
  /** Every unit's side-stop pieces in order: the reading units when no list end is cut. */
  plain?: readonly Sentence[];
}

/** Per document: the exam and the pain-score extractors both read its units. */
const perDoc = new WeakMap<SegmentedDocument, DocUnits>();

function docUnits(doc: SegmentedDocument, lex: Lexicons['examFindings']): DocUnits {
  let d = perDoc.get(doc);
  if (!d || d.lex !== lex) perDoc.set(doc, (d = { lex, joined: joinUnits(doc, lex), stopped: [] }));
  return d;
}

/** The side-stop pieces of joined unit `i` (see `splitSideStops`), made once per document. */
function stoppedAt(doc: SegmentedDocument, d: DocUnits, i: number, stops: SideStop): readonly Sentence[] {
  return (d.stopped[i] ??= splitSideStops(doc, d.joined[i]!, hitsOf(doc, d, stops)));
}

function hitsOf(doc: SegmentedDocument, d: DocUnits, stops: SideStop): GateHits {
  return (d.hits ??= gateHits(doc.text, stops.gate));
}

/**
 * The document's sentences joined into reading units (see the file comment); `isProse` as in
 * `splitListEnd`. The units are shared by every caller of one document: they are not to be changed.
 */
export function joinBroken(
  doc: SegmentedDocument,
  lexicons: Pick<Lexicons, 'examFindings'>,
  isProse?: (text: string) => boolean,
): readonly Sentence[] {
  const stops = sideStopOf(lexicons.examFindings);
  const d = docUnits(doc, lexicons.examFindings);
  if (!isProse) {
    if (!d.plain) {
      const plain: Sentence[] = [];
      for (let i = 0; i < d.joined.length; i++) for (const u of stoppedAt(doc, d, i, stops)) plain.push(u);
      d.plain = plain;
    }
    return d.plain;
  }
  const out: Sentence[] = [];
  for (let i = 0; i < d.joined.length; i++) {
    const pieces = splitListEnd(doc, d.joined[i]!, isProse);
    // a unit left whole has the pieces every caller reads
    if (pieces.length === 1) for (const u of stoppedAt(doc, d, i, stops)) out.push(u);
    else for (const p of pieces) for (const u of splitSideStops(doc, p, hitsOf(doc, d, stops))) out.push(u);
  }
  return out;
}

/** Whether a unit stops mid-phrase: no closing punctuation, or a dot leader ("Dorsiflexion ......"), whose value follows. */
function isOpen(text: string): boolean {
  // read back over the trailing white space by hand: a pattern ending in `\s*$` is tried at every character
  let i = text.length;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  const last = text.charCodeAt(i - 1);
  if (last !== DOT) return !(last === BANG || last === QUESTION || last === SEMICOLON || last === COLON);
  return text.charCodeAt(i - 2) === DOT && text.charCodeAt(i - 3) === DOT;
}

const DOT = 46, BANG = 33, QUESTION = 63, SEMICOLON = 59, COLON = 58;


/** Whether a sentence goes on from the one before: it opens in lower case, with a digit or "(" (as `/^[a-z0-9(]/`). */
function goesOn(text: string): boolean {
  const k = text.charCodeAt(0);
  return (k >= 97 && k <= 122) || (k >= 48 && k <= 57) || k === 40;
}

/**
 * Whether a sentence opens a row of a terse note's lower-case labels at a line start ("grip (Jamar,
 * pos. II): R 24 kg / L 46 kg" / "strength: finger abduction 4/5 R"): a row of its own, not the
 * rest of the row above, which has no closing punctuation either.
 */
function opensLabelRow(text: string, s: Sentence): boolean {
  let i = s.start;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return (i === 0 || text.charCodeAt(i - 1) === 10) && s.text.indexOf(':') > 0 && LOWER_LABEL_LINE.test(s.text);
}

/** The exam lexicon's `labelValueLine`, compiled once per lexicon. */
const valueLines = new WeakMap<object, RegExp | null>();
function valueLineOf(lex: Lexicons['examFindings']): RegExp | null {
  let re = valueLines.get(lex);
  if (re === undefined) valueLines.set(lex, (re = lex.labelValueLine ? new RegExp(lex.labelValueLine, 'i') : null));
  return re;
}

/**
 * Whether a unit is the values of a label that closed the unit before it ("Grip (Jamar, position 2):"
 * / "R 14/12/13 kg; L 20/21/19 kg."): the splitter ends a unit at a colon and a line break, but the
 * label's finding and its values are one item.
 */
function valueOfLabel(prev: string, next: string, valueLine: RegExp | null): boolean {
  if (!valueLine) return false;
  let i = prev.length;
  while (i > 0 && isSpaceCode(prev.charCodeAt(i - 1))) i--;
  return prev.charCodeAt(i - 1) === COLON && valueLine.test(next);
}

/** A line that opens with a label and its dot leader ("Palpation ......... TTP medial sesamoid"). */
const LEADER_START = /\n(?=[ \t]*[A-Za-z][^\n.]{0,40}?[ \t]*\.{3,})/g;
/** A unit that is a label and its dot leader alone ("Palpation ........."): its value is the next unit, whatever its case. */
const LEADER_ONLY = /^[ \t]*[A-Za-z][^\n.]{0,40}?[ \t]*\.{3,}[ \t]*$/;

/** `LEADER_ONLY.test(text)`, searched only where its three dots are: most sentences have none. */
const isLeaderOnly = (text: string): boolean => text.includes('...') && LEADER_ONLY.test(text);

/** Whether a sentence may hold a dot-leader line after its first (two dots and a line break): else it is one piece. */
const hasLeaderLines = (text: string): boolean => text.includes('..') && text.includes('\n');

/**
 * A sentence cut before each line that opens with a dot-leader label: a form's lines
 * ("Strength ...... EHL 5/5 bilat, 5/5 L" / "Gait ...... antalgic") are separate items even where
 * no full stop ends them, and the splitter, reading a leader as a full stop, left each label with
 * the line above it.
 */
function leaderPieces(doc: SegmentedDocument, s: Sentence): Sentence[] {
  if (!hasLeaderLines(s.text)) return [s];
  const cuts = [...s.text.matchAll(LEADER_START)].map((m) => m.index + 1);
  if (!cuts.length) return [s];
  const out: Sentence[] = [];
  let from = 0;
  for (const at of [...cuts, s.text.length]) {
    const text = doc.text.slice(s.start + from, s.start + at).trimEnd();
    if (/\S/.test(text)) out.push({ ...s, start: s.start + from, end: s.start + from + text.length, text });
    from = at;
  }
  return out;
}

function joinUnits(doc: SegmentedDocument, lex: Lexicons['examFindings']): Sentence[] {
  const valueLine = valueLineOf(lex);
  const out: Sentence[] = [];
  let joined = 0;
  const add = (s: Sentence): void => {
    const prev = out[out.length - 1];
    // the cheap tests first: most sentences start with a capital and are not joined
    if (prev && joined < MAX_JOIN && prev.sectionIndex === s.sectionIndex
      && (goesOn(s.text) ? (isOpen(prev.text) && !opensLabelRow(doc.text, s)) || valueOfLabel(prev.text, s.text, valueLine) : isLeaderOnly(prev.text) || valueOfLabel(prev.text, s.text, valueLine))) {
      out[out.length - 1] = { ...prev, end: s.end, text: doc.text.slice(prev.start, s.end) };
      joined++;
    } else {
      out.push(s);
      joined = 1;
    }
  };
  // a loop, not flatMap: most sentences are their own single piece, and flatMap's arrays cost more than the tests
  for (const x of doc.sentences) {
    if (hasLeaderLines(x.text)) for (const s of leaderPieces(doc, x)) add(s);
    else add(x);
  }
  return out;
}

/**
 * `units` with each cut where `labelBreak` matches: a note keyed in lower case ("... mass L. rom:
 * supination 70 deg L ... neck: full ROM") is one sentence to the splitter, but each key opens an
 * item of its own, with its own label.
 */
export function splitAtLabels(units: readonly Sentence[], labelBreak: RegExp | null): readonly Sentence[] {
  if (!labelBreak) return units;
  let out: Sentence[] | null = null;
  units.forEach((u, i) => {
    // an exec loop, not matchAll: matchAll copies the pattern on every call, which cost as much as the scan
    const cuts: number[] = [];
    if (u.text.includes(':')) {
      labelBreak.lastIndex = 0;
      for (let m = labelBreak.exec(u.text); m; m = labelBreak.exec(u.text)) {
        cuts.push(m.index + m[0].length);
        if (!m[0].length) labelBreak.lastIndex++;
      }
    }
    if (!cuts.length) {
      out?.push(u);
      return;
    }
    out ??= units.slice(0, i);
    let from = 0;
    for (const at of [...cuts, u.text.length]) {
      const text = u.text.slice(from, at).trimEnd();
      out.push({ ...u, start: u.start + from, end: u.start + from + text.length, text });
      from = at;
    }
  });
  return out ?? units;
}
