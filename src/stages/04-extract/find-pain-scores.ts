/**
 * Pain scores ("7/10", "VAS 6", "7 on the VAS", "5-8/10", "8/10 without and 5/10 with medication",
 * "X lowers her pain from 8/10 to 6/10"), with the body part whose pain is rated and the date
 * the score belongs to. Forms, condition phrases and medication words come from
 * lexicons/pain-scores.json.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { PainScore } from '../../types/facts.js';
import type { SegmentedDocument, Sentence, Span } from '../../types/pipeline.js';
import type { BodyPart, PainCondition, Side } from '../../types/vocab.js';
import { makeEvidence, sectionIndexAt } from '../evidence.js';
import { findBodyParts, type BodyPartMention } from './find-body-parts.js';
import { findDates } from './find-dates.js';
import { findDocumentDates } from './find-document-dates.js';
import { findPainGrids } from './find-pain-grid.js';
import { findSerialPainScores } from './find-pain-serial.js';
import { findPainColumnGrids } from './find-pain-column-grid.js';
import { joinBroken } from './exam/join-broken.js';
import { literalGate, type LiteralGate } from '../../text/literal-gate.js';

interface Compiled {
  /**
   * Each form with its literal gate: a sentence without the words and signs a form needs is not
   * scanned for it. Most forms open with a long look-behind that V8 tries at every position, so
   * the gate reads look-arounds too, keeps every set and counts "10": a form is tried on few of
   * the sentences that pass the prefilter, and a few `includes` cost far less than one such scan.
   */
  readonly forms: ReadonlyArray<{ readonly re: RegExp; readonly may: LiteralGate }>;
  readonly conditions: ReadonlyArray<{ re: RegExp; condition: PainCondition; requiresMedication: boolean; before: boolean }>;
  readonly medication: RegExp;
  readonly agents: RegExp;
  readonly change: RegExp;
  readonly changeTo: RegExp;
  readonly visitLabel: RegExp;
  readonly excludeBefore: RegExp;
  readonly excludeAfter: RegExp;
  readonly rangeHigh: boolean;
  readonly prefilter: RegExp;
  readonly numberWords: ReadonlyMap<string, number>;
}

interface RawScore {
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly high: number | null;
  readonly max: number;
}

/**
 * Sections not read: reviewer boilerplate and record lists, and the decision and rationale, which
 * restate the summary's scores (often without the medication condition) or quote guidelines.
 */
const SKIP_SECTIONS = new Set(['determination_process', 'documents_reviewed', 'reviewer_qualifications', 'decision', 'rationale']);
const cache = new WeakMap<object, Compiled>();
const FORM_GATE = { lookarounds: true, maxSets: Infinity, minLength: 2 } as const;

function compile(lex: Lexicons['painScores']): Compiled {
  const hit = cache.get(lex);
  if (hit) return hit;
  const c: Compiled = {
    forms: lex.forms.map((f) => {
      const re = new RegExp(f.pattern, 'gi');
      return { re, may: literalGate(re, FORM_GATE) };
    }),
    conditions: lex.conditions.map((k) => ({
      re: new RegExp(k.pattern.replaceAll('{agents}', lex.medicationAgents), 'i'), condition: k.condition, requiresMedication: k.requiresMedication ?? false, before: k.before ?? false,
    })),
    medication: new RegExp(lex.medicationWords, 'i'),
    agents: new RegExp(lex.medicationAgents, 'i'),
    change: new RegExp(lex.changePattern, 'i'),
    // the "to" end of "from 8/10 to 6/10" (the lexicon's wider form when it has one)
    changeTo: new RegExp(lex.changeToPattern ?? '\\bfrom\\s*\\d{1,2}(?:\\.\\d)?\\s*\\/\\s*10\\s+to\\s*$', 'i'),
    visitLabel: new RegExp(lex.visitDateLabel, 'i'),
    excludeBefore: new RegExp(lex.excludeBefore, 'i'),
    excludeAfter: new RegExp(lex.excludeAfter, 'i'),
    rangeHigh: lex.rangeScore === 'high',
    prefilter: new RegExp(lex.prefilter, 'i'),
    numberWords: new Map(Object.entries(lex.numberWords).map(([w, n]) => [w.toLowerCase(), n])),
  };
  cache.set(lex, c);
  return c;
}

/** A score as written: digits, or a spelled-out number ("eight"); NaN when neither. */
function valueOf(c: Compiled, written: string | undefined): number {
  if (written === undefined) return Number.NaN;
  return c.numberWords.get(written.toLowerCase()) ?? Number(written);
}

/** Score mentions in one sentence, earlier forms winning over overlapping later ones. */
function scanScores(c: Compiled, text: string, base: number): RawScore[] {
  const out: RawScore[] = [];
  const lower = text.toLowerCase();
  for (const { re, may } of c.forms) {
    if (!may(text, lower)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m.groups ?? {};
      const start = base + m.index;
      const end = start + m[0].length;
      if (out.some((s) => s.start < end && start < s.end)) continue;
      if (c.excludeBefore.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (c.excludeAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
      const score = valueOf(c, g.score);
      const high = g.high !== undefined ? valueOf(c, g.high) : null;
      const max = g.max !== undefined ? valueOf(c, g.max) : 10;
      if (!(score <= max) || (high !== null && !(high <= max && high >= score))) continue;
      out.push({ start, end, score, high, max });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * With/without medication from the words after the score, else from the words before it (back to
 * the previous score), else from a medication-driven change.
 */
function conditionOf(c: Compiled, s: Sentence, raw: RawScore, doc: SegmentedDocument, prevEnd: number): PainCondition | null {
  const after = doc.text.slice(raw.end, Math.min(s.end, raw.end + 60));
  const mentionsMedication = c.medication.test(s.text) || c.agents.test(s.text);
  const before = doc.text.slice(s.start, raw.start);
  const ownBefore = doc.text.slice(Math.max(prevEnd, raw.start - 80), raw.start);
  for (const pass of [false, true]) {
    for (const k of c.conditions) {
      if (k.before !== pass || (k.requiresMedication && !mentionsMedication)) continue;
      if (k.re.test(pass ? ownBefore : after)) return k.condition;
    }
  }
  // "tramadol lowers her pain from 8/10 to 6/10": before and on the medication
  const fromEnd = c.change.test(before);
  const toEnd = c.changeTo.test(before);
  if (fromEnd || toEnd) {
    // the agent is named before the "from" of the change
    const agentText = before.slice(0, Math.max(0, before.toLowerCase().lastIndexOf('from')));
    const lastAgent = agentText.slice(-120);
    if (c.agents.test(lastAgent)) return fromEnd ? 'without_medication' : 'with_medication';
  }
  // "Tramadol 50 mg bid prn: LBP 6/10 -> 3/10": an arrow between two scores after a named agent
  const arrowTo = ARROW_BEFORE.exec(before);
  if (ARROW_AFTER.test(after) || arrowTo) {
    const agentText = arrowTo ? before.slice(0, arrowTo.index) : before;
    if (c.agents.test(agentText.slice(-120))) return arrowTo ? 'with_medication' : 'without_medication';
  }
  return null;
}

/** An arrow from this score to the next ("6/10 -> 3/10"), and one that ends right before a score. */
const ARROW_AFTER = /^\s*(?:-+>|→|=>)\s*\d/;
const ARROW_BEFORE = /\d{1,2}(?:\.\d)?\s*\/\s*10\s*(?:-+>|→|=>)\s*$/;

/** The part whose pain is rated: a spine region in the phrase wins ("back and leg pain"). */
function partOf(mentions: readonly BodyPartMention[]): { part: BodyPart; side: Side | null } | null {
  if (!mentions.length) return null;
  const sided = mentions.find((m) => m.side !== null);
  const spine = mentions.find((m) => m.region !== null && m.limb === null);
  const pick = spine ?? mentions[mentions.length - 1]!;
  return { part: pick.part, side: pick.side ?? sided?.side ?? null };
}

/** Longest lead-in line (`leadDate`). */
const LEAD_MAX = 60;

/**
 * The date of a short lead-in line right above a unit that opens a list of the visit's findings
 * ("At the 03.01.22 visit -" / "pain: neck 4, R arm 7 (out of 10)"): a line of its own in the same
 * section ending in a colon or a dash.
 */
function leadDate(lead: Sentence | undefined, s: Sentence, lexicons: Lexicons): { iso: string | null } | undefined {
  if (!lead || lead.sectionIndex !== s.sectionIndex || lead.text.length > LEAD_MAX || !/[:\u2013\u2014-]\s*$/.test(lead.text)) return undefined;
  return findDates(lead.text, lexicons, lead.start).find((d) => d.iso);
}

/** The visit date printed in a progress report's header ("Date of Exam: 04/21/2015"). */
function visitDate(c: Compiled, doc: SegmentedDocument, lexicons: Lexicons): string | null {
  if (doc.kind === 'imr_determination' || doc.kind === 'ur_determination') return null;
  for (const d of findDocumentDates(doc, lexicons)) {
    if (d.iso && c.visitLabel.test(doc.text.slice(Math.max(0, d.start - 40), d.start))) return d.iso;
  }
  return null;
}

/** Every PainScore fact in the document, each with evidence. */
export function findPainScores(doc: SegmentedDocument, lexicons: Lexicons): PainScore[] {
  const c = compile(lexicons.painScores);
  const out: PainScore[] = [];
  let docVisit: string | null | undefined;
  let lastPart: { part: BodyPart; side: Side | null } | null = null;
  const units = joinBroken(doc, lexicons);
  for (let u = 0; u < units.length; u++) {
    const s = units[u]!;
    const section = doc.sections[s.sectionIndex]?.name ?? null;
    if (section && SKIP_SECTIONS.has(section)) continue;
    if (!c.prefilter.test(s.text)) continue;
    const scores = scanScores(c, s.text, s.start);
    if (!scores.length) continue;
    const parts = findBodyParts(s.text, lexicons, s.start);
    const dates = findDates(s.text, lexicons, s.start).filter((d) => d.iso);
    let windowStart = s.start;
    let prevEnd = s.start;
    for (const raw of scores) {
      const before = parts.filter((p) => p.start >= windowStart && p.end <= raw.start);
      const part: { part: BodyPart; side: Side | null } | null = partOf(before) ?? lastPart;
      lastPart = part;
      windowStart = raw.end;
      const change = c.change.test(doc.text.slice(s.start, raw.start));
      const sentenceDate = [...dates].reverse().find((d) => d.end <= raw.start) ?? dates[0] ?? leadDate(units[u - 1], s, lexicons);
      const isRange = raw.high !== null;
      out.push({
        score: isRange && c.rangeHigh ? raw.high! : raw.score,
        ...(isRange ? { scoreLow: raw.score, scoreHigh: raw.high! } : {}),
        max: raw.max,
        bodyPart: part?.part ?? null,
        side: part?.side ?? null,
        condition: conditionOf(c, s, raw, doc, prevEnd),
        date: sentenceDate?.iso ?? (change ? null : (docVisit ??= visitDate(c, doc, lexicons))),
        evidence: makeEvidence(doc, raw),
      });
      prevEnd = raw.end;
    }
  }
  // table cells: a grid row's label or a trend table's column header names the part; a trend
  // table's row may carry the date
  const cells: Array<{ start: number; end: number; score: number; max: number; label: Span; dateCell: Span | null; side?: Side | null }> = [
    ...findPainGrids(doc.text, lexicons).map((g) => ({ ...g, dateCell: null })),
    ...findPainColumnGrids(doc.text, lexicons).map((g) => ({ ...g, label: g.column })),
    // a by-visit table's column is dated by its header; a "right / left" pair gives the side
    ...findSerialPainScores(doc.text, lexicons),
  ];
  for (const g of cells) {
    const section = doc.sections[sectionIndexAt(doc, g.start)]?.name ?? null;
    if (section && SKIP_SECTIONS.has(section)) continue;
    if (out.some((p) => p.evidence.start < g.end && g.start < p.evidence.end)) continue;
    const part = partOf(findBodyParts(doc.text.slice(g.label.start, g.label.end), lexicons, g.label.start));
    const rowDate = g.dateCell ? findDates(doc.text.slice(g.dateCell.start, g.dateCell.end), lexicons, g.dateCell.start).find((d) => d.iso)?.iso : undefined;
    out.push({
      score: g.score, max: g.max, bodyPart: part?.part ?? null, side: g.side ?? part?.side ?? null, condition: null,
      date: rowDate ?? (docVisit ??= visitDate(c, doc, lexicons)), evidence: makeEvidence(doc, g),
    });
  }
  // table cells join the sentence-read scores in document order
  return cells.length ? out.sort((a, b) => a.evidence.start - b.evidence.start) : out;
}
