/**
 * Range of motion: one finding per motion with its degrees ("flexion 50 degrees", "R rotation
 * 60°", "lateral bending 20 degrees to the right and 20 degrees to the left"), table rows
 * ("Forward flexion ..... 140 / 175 degrees" under "(right / left)"), "ROM 5-115 degrees"
 * (flexion 115; a loss of extension when the arc starts above 0), and "full range of motion".
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { Sentence } from '../../../types/pipeline.js';
import type { BodyPart, Side } from '../../../types/vocab.js';
import { allMatches, type CompiledExam } from './compile-exam-lexicon.js';
import type { Draft } from './exam-types.js';
import { sideIn } from './side-in.js';
import { findBodyParts } from '../find-body-parts.js';
import { mayHoldWords, mayMatch } from './literal-gate.js';
import { isMeasuredHeader, measuredRows } from './measured-columns.js';
import { digitRows } from './digit-columns.js';
import { lineMatches } from './line-matches.js';
import { isWordCode } from '../../../text/word-char.js';
import { respectiveMeasures } from './respective-measures.js';

function draft(start: number, end: number, name: string, value: number | string, side: Side | null, lateral: boolean, unit: string | null): Draft {
  return { kind: 'range_of_motion', start, end, qualifier: name, value, unit, side, defaultPart: null, negated: false, lateralMotion: lateral };
}

/** Text around a sentence that a table may span (sentence splitting can cut a row). */
const TABLE_REACH = 300;

/**
 * Rows of a "(right / left)" table starting in this sentence: motion, dot leaders, "A / B
 * degrees" (or "A deg (B deg)" under "right ankle (left in parentheses)"). Rows are read from the
 * document text because a row may cross a sentence break.
 */
function tableRows(c: CompiledExam, s: Sentence, text: string, lexicons: Pick<Lexicons, 'bodyParts'>): Draft[] {
  const around = text.slice(Math.max(0, s.start - TABLE_REACH), s.end);
  const slash = (mayMatch(c.tableSideOrder, around) ? allMatches(c.tableSideOrder, around) : []).pop();
  // "right ankle (left in parentheses):": rows "5 deg (20 deg)" put the other side in parentheses
  const aside = slash || !c.tableAsideOrder || !mayMatch(c.tableAsideOrder, around) || !mayHoldWords(c.tableAsideOrder, around) ? undefined : allMatches(c.tableAsideOrder, around).pop();
  // "Range of motion (goniometer), right versus left:": rows "ankle dorsiflexion   5 degrees   vs  15 degrees"
  const versus = slash || aside || !c.tableVersusOrder || !mayMatch(c.tableVersusOrder, around) ? undefined : allMatches(c.tableVersusOrder, around).pop();
  const order = slash ?? aside ?? versus;
  if (!order) return [];
  const first = sideIn(order[1]!, lexicons) ?? 'right';
  const second = sideIn(order[2]!, lexicons) ?? 'left';
  // the heading names the joint measured ("right ankle (left in parentheses)")
  const part = aside ? findBodyParts(aside[0], lexicons)[0]?.part : undefined;
  const out: Draft[] = [];
  const body = text.slice(s.start, s.end + TABLE_REACH);
  // "Wrist ROM (R/L):  flex 50/70   ext 55/70": on the header's own line the pairs need no leaders
  const from = Math.max(0, s.start - TABLE_REACH);
  const headerEnd = slash ? from + slash.index + slash[0].length : -1;
  const lineEnd = headerEnd >= 0 ? (text.indexOf('\n', headerEnd) + 1 || text.length + 1) - 1 : -1;
  const inline = slash && lineEnd > s.start
    ? allMatches(c.romInlineRow, body).filter((m) => s.start + m.index >= headerEnd && s.start + m.index + m[0].length <= lineEnd)
    : [];
  const rows = [...allMatches(aside ? c.romAsideRow : versus ? c.romVersusRow : c.romRow, body), ...inline].sort((a, b) => a.index - b.index);
  for (const m of rows) {
    const motion = c.motions.lookup(m[1]!);
    if (!motion || m.index >= s.text.length) continue;
    if (out.some((d) => d.start === s.start + m.index)) continue;
    const start = s.start + m.index;
    const end = start + m[0].length;
    const one = draft(start, end, motion.name, Number(m[m.length - 3]), first, motion.lateral, 'degrees');
    const other = draft(start, end, motion.name, Number(m[m.length - 2]), second, motion.lateral, 'degrees');
    out.push(...(part ? [{ ...one, columnPart: part }, { ...other, columnPart: part }] : [one, other]));
  }
  return out;
}

interface Column {
  readonly part?: BodyPart;
  readonly side: Side | null;
  /** The kind of motion its title names ("R PROM", "Left active"). */
  readonly kind?: 'active' | 'passive';
}

/**
 * The columns of the last table header within reach before sentence `s`: titles that are body parts
 * ("Lumbar (deg)   R hip (deg)"), or sides with a kind of motion ("L AROM   L PROM   R AROM").
 */
function tableColumns(c: CompiledExam, s: Sentence, text: string, lexicons: Pick<Lexicons, 'bodyParts'>): { columns: Column[]; headerEnd: number } | null {
  const from = Math.max(0, s.start - TABLE_REACH);
  const around = text.slice(from, s.end);
  const header = c.columnHeader && mayMatch(c.columnHeader, around) ? lineMatches(c.columnHeader, around).pop() : undefined;
  if (header) {
    const titles = header[1]!.split(/\((?:deg|degrees|°)\)/i).map((x) => x.trim()).filter(Boolean);
    const parts = titles.map((x) => findBodyParts(x, lexicons)[0]);
    if (parts.length < 2 || parts.some((x) => !x)) return null;
    return { columns: parts.map((p) => ({ part: p!.part, side: p!.side })), headerEnd: from + header.index + header[0].length };
  }
  const sided = c.sideColumnHeader && mayHoldWords(c.sideColumnHeader, around) ? lineMatches(c.sideColumnHeader, around).pop() : undefined;
  if (!sided) return null;
  // each title starts with its side ("L PROM"); the part comes from the label above the table
  // (normalized text keeps one space between columns, so each side word starts a column)
  const columns = sided[1]!.trim().split(/\s+(?=(?:right|left|R|L|Rt|Lt)\b)/i).flatMap((title): Column[] => {
    const side = sideIn(title.split(/[\s.]+/)[0]!, lexicons);
    if (side === null) return [];
    const kind = /\b(?:PROM|passive)\b/i.test(title) ? 'passive' : /\b(?:AROM|active)\b/i.test(title) ? 'active' : undefined;
    return [kind ? { side, kind } : { side }];
  });
  if (columns.length < 2) return null;
  return { columns, headerEnd: from + sided.index + sided[0].length };
}

/**
 * Rows of a table whose columns are body parts ("Motion  Lumbar (deg)  R hip (deg)", then
 * "Flexion  55  95") or sides ("Motion  L AROM  L PROM  R AROM", then "ER at 90 deg abd  60  75
 * 90"): one finding per measured cell, with the column's part and side; a dash is a motion not
 * measured there.
 */
function columnRows(c: CompiledExam, s: Sentence, text: string, lexicons: Pick<Lexicons, 'bodyParts'>): Draft[] {
  if (!c.columnCell) return [];
  const table = tableColumns(c, s, text, lexicons);
  if (!table) return [];
  const { columns, headerEnd } = table;
  const cell = `\\s+${c.columnCell}(?=\\s|$|[A-Za-z])`;
  const position = c.rowPosition ? `(?:${c.rowPosition})?` : '';
  const row = new RegExp(`(${c.motions.re.source})${position}${cell.repeat(columns.length)}`, 'gi');
  const out: Draft[] = [];
  const from = Math.max(s.start, headerEnd);
  // "Right active   Right passive": where a table holds both kinds, each cell's motion names its kind
  const mixed = new Set(columns.map((col) => col.kind).filter(Boolean)).size > 1;
  for (const m of allMatches(row, text.slice(from, s.end))) {
    const motion = c.motions.lookup(m[1]!);
    if (!motion) continue;
    const start = from + m.index;
    columns.forEach((col, i) => {
      const v = m[m.length - columns.length + i]!;
      // "Elbow extension   -15   0": a lost extension is a negative number
      if (!/^-?\d+$/.test(v)) return;
      const name = mixed && col.kind ? `${col.kind} ${motion.name}` : motion.name;
      const d = draft(start, start + m[0].length, name, Number(v), col.side, motion.lateral, 'degrees');
      out.push(col.part ? { ...d, columnPart: col.part } : d);
    });
  }
  return out;
}

/**
 * "ROM 5-115 degrees": flexion to the end of the arc, and lost extension when it starts above 0.
 * A side right after the arc is its side, and a further arc joined to it ("0 to 120 degrees on
 * the left compared with 0 to 140 degrees on the right") is the other side's, as is an arc in
 * parentheses after an unsided one ("ROM 0-110 degrees (left knee 0-135)").
 */
function arcs(c: CompiledExam, s: Sentence, lexicons: Pick<Lexicons, 'bodyParts'>): Draft[] {
  const flex = c.motions.lookup('flexion');
  const ext = c.motions.lookup('extension');
  if (!flex || !ext) return [];
  const out: Draft[] = [];
  const t = s.text;
  const push = (from: number, to: number, lo: number, hi: number, side: Side | null): void => {
    out.push(draft(s.start + from, s.start + to, flex.name, hi, side, false, 'degrees'));
    if (lo > 0) out.push(draft(s.start + from, s.start + to, ext.name, -lo, side, false, 'degrees'));
  };
  for (const m of allMatches(c.romArc, t)) {
    let end = m.index + m[0].length;
    const sa = c.sideAfter.exec(t.slice(end));
    if (!sa) {
      push(m.index, end, Number(m[1]), Number(m[2]), null);
      // "left knee motion 0-135 degrees versus 0-140 on the right": a joined arc with a side is the other side's
      const more = c.romArcMore?.exec(t.slice(end));
      const moreSide = more ? c.sideAfter.exec(t.slice(end + more[0].length)) : null;
      if (more && moreSide) {
        const to = end + more[0].length + moreSide[0].length;
        push(end + more[0].search(/\d/), to, Number(more[1]), Number(more[2]), sideIn(moreSide[1]!, lexicons));
        continue;
      }
      // "ROM 0-110 degrees (left knee 0-135)": the other side's arc in parentheses, read to its end
      const other = c.romOtherSide.map((re) => re.exec(t.slice(end))).find((x) => x?.groups?.num !== undefined && x.groups.side);
      const otherSide = other ? sideIn(other.groups!.side!, lexicons) : null;
      if (other && otherSide) out.push(draft(s.start + end, s.start + end + other[0].length, flex.name, Number(other.groups!.num), otherSide, false, 'degrees'));
      continue;
    }
    end += sa[0].length;
    push(m.index, end, Number(m[1]), Number(m[2]), sideIn(sa[1]!, lexicons));
    for (let more = c.romArcMore?.exec(t.slice(end)); more; more = c.romArcMore?.exec(t.slice(end))) {
      const from = end + more[0].search(/\d/);
      const side = c.sideAfter.exec(t.slice(end + more[0].length));
      if (!side) break;
      const to = end + more[0].length + side[0].length;
      push(from, to, Number(more[1]), Number(more[2]), sideIn(side[1]!, lexicons));
      end = to;
    }
  }
  return out;
}

interface Item { readonly value: number; readonly side: Side | null; readonly end: number }

/**
 * The measures after one motion term at `at` (sentence offsets): "45 degrees", "20 degrees to the
 * right and 25 degrees to the left", "to the right 60 degrees and to the left 50 degrees".
 */
function motionItems(
  c: CompiledExam, t: string, at: number, side: Side | null, hasDegrees: () => boolean, lexicons: Pick<Lexicons, 'bodyParts'>, extension: boolean,
): Item[] {
  let pos = at;
  const first = c.romItem.exec(t.slice(pos));
  const g1 = first?.groups ?? {};
  if (!first || (!g1.unit && !hasDegrees())) return []; // a bare number with no degrees anywhere is not a measure
  // "extension lacks 5 degrees": a loss of extension is written as a negative angle; other motions have no such reading
  if (g1.lack && !(extension && g1.unit && !g1.high)) return [];
  pos += first[0].length;
  const value = Number(g1.high ?? g1.num) * (g1.lack ? -1 : 1); // "flexion 0-120 degrees": the arc's end
  // "rotation 70 degrees to each side": one measure for both sides (as "bilaterally" is), for
  // rotation and lateral bending too, whose direction is their side
  const each = side || g1.pre ? null : c.sideEach?.exec(t.slice(pos));
  if (each) return [{ value, side: 'bilateral', end: pos + each[0].length }];
  const sa = g1.pre ? null : c.sideAfter.exec(t.slice(pos));
  if (!sa && !g1.pre) {
    // "left ankle dorsiflexion 10 degrees versus 20 degrees on the right": the other side's measure follows
    const other = side ? null : c.romOtherSide.map((re) => re.exec(t.slice(pos))).find((m) => m?.groups?.num !== undefined && m.groups.side);
    const otherSide = other ? sideIn(other.groups!.side!, lexicons) : null;
    if (!other || !otherSide) return [{ value, side, end: pos }];
    return [{ value, side, end: pos }, { value: Number(other.groups!.num), side: otherSide, end: pos + other[0].length }];
  }
  pos += sa ? sa[0].length : 0;
  const items: Item[] = [{ value, side: side ?? (g1.pre ? sideIn(g1.pre, lexicons) : sideIn(sa![1]!, lexicons)), end: pos }];
  for (let n = c.romMore.exec(t.slice(pos)); n; n = c.romMore.exec(t.slice(pos))) {
    const g = n.groups ?? {};
    const w = g.pre ?? g.post;
    if (!w) break;
    pos += n[0].length;
    items.push({ value: Number(g.num), side: sideIn(w, lexicons), end: pos });
  }
  return items;
}

/** "flexion 60 degrees and extension 55 degrees bilaterally": a closing "bilaterally" covers the list. */
function shareClosingSide(listed: Draft[], t: string, base: number): void {
  for (let i = listed.length - 2; i >= 0; i--) {
    const next = listed[i + 1]!;
    const cur = listed[i]!;
    const gap = t.slice(cur.end - base, next.start - base);
    if (cur.side === null && next.side === 'bilateral' && !next.lateralMotion && !cur.lateralMotion && /^[\s,;]*(?:and\s+)?$/i.test(gap)) {
      listed[i] = { ...cur, side: 'bilateral' };
    }
  }
}

/**
 * Whether the lines right above sentence start `at` are a motion table: back over rows that start
 * with a motion word, and a header of side or normal/measured columns ("Left   Right"), to a heading that names range
 * of motion ("Cervical ROM (measured/normal):", "Wrist range of motion (degrees):").
 */
function underRomHeading(c: CompiledExam, text: string, at: number): boolean {
  if (!c.romHeading) return false;
  // the window's lines, trimmed, read upwards from `at` one at a time (the walk mostly stops at the first)
  const from = Math.max(0, at - TABLE_REACH);
  for (let end = at; end >= from; ) {
    const nl = end > from ? text.lastIndexOf('\n', end - 1) : -1;
    const start = nl >= from ? nl + 1 : from;
    const line = text.slice(start, end).trim();
    end = start - 1;
    if (!line) continue;
    if (c.romHeading.test(line)) return true;
    if (c.sideHeader?.test(line) || isMeasuredHeader(c, line)) continue;
    c.motions.re.lastIndex = 0;
    const row = c.motions.re.exec(line);
    c.motions.re.lastIndex = 0;
    // a row may open with its side ("R rotation 75/80")
    if (!row || !/^(?:(?:left|right|R|L|rt|lt)\.?\s+)?$/i.test(line.slice(0, row.index))) return false;
  }
  return false;
}

/**
 * Exam shorthand that lists motions with bare numbers ("R shoulder flex 150, abd 140, ER 70"): two
 * or more motion-number items joined as the lexicon's `romBareListLink` says are degrees.
 */
function bareList(c: CompiledExam, t: string): boolean {
  if (!c.romBareListLink || !c.motions.may(t)) return false;
  const items = allMatches(c.motions.re, t).flatMap((m) => {
    const num = /^\s+\d{1,3}(?![\d/%.]|\s*(?:\/|out of|%))/.exec(t.slice(m.index + m[0].length));
    return num ? [{ start: m.index, end: m.index + m[0].length + num[0].length }] : [];
  });
  return items.some((it, i) => i > 0 && c.romBareListLink!.test(t.slice(items[i - 1]!.end, it.start)));
}

/**
 * A motion with no degrees: measured by the level reached ("internal rotation to L3"), or judged
 * in words ("extension limited and painful", "full rotation", "rotation full bilaterally").
 */
function unmeasured(c: CompiledExam, s: Sentence, m: RegExpExecArray, start: number, side: Side | null, lexicons: Pick<Lexicons, 'bodyParts'>): Draft | null {
  const t = s.text;
  const motion = c.motions.lookup(m[0])!;
  const after = t.slice(m.index + m[0].length);
  const level = c.romLevel?.exec(after);
  if (level) return draft(s.start + start, s.start + m.index + m[0].length + level[0].length, motion.name, level[1]!.toUpperCase(), side, motion.lateral, null);
  const before = t.slice(Math.max(0, m.index - 20), m.index);
  const w = c.romMotionWords.find((x) => x.re.test(x.before ? before : after));
  const hit = w ? w.re.exec(w.before ? before : after) : null;
  if (!w || !hit) return null;
  const from = w.before ? m.index - (before.length - hit.index - Math.max(0, hit[0].search(/[a-z]/i))) : m.index;
  let to = w.before ? m.index + m[0].length : m.index + m[0].length + hit.index + hit[0].length;
  // "rotation full bilaterally": a side after the judgement is the motion's
  const sa = side ? null : c.sideAfter.exec(t.slice(to));
  if (sa) to += sa[0].length;
  return draft(s.start + from, s.start + to, motion.name, w.value, side ?? (sa ? sideIn(sa[1]!, lexicons) : null), motion.lateral, null);
}

/**
 * "internal rotation to T10 on the right and T7 on the left": a level reached with a side after
 * it is that side's, and a further level joined to it with its own side (`romLevelOther`) is the
 * other side's. Other drafts pass through as they are.
 */
/** A motion's value that is a vertebral level reached ("T10"), as `romLevel` keeps it. */
const LEVEL_VALUE = /^[TL]\d{1,2}$/;

function levelSides(c: CompiledExam, s: Sentence, d: Draft, lexicons: Pick<Lexicons, 'bodyParts'>): Draft[] {
  if (d.side !== null || typeof d.value !== 'string' || !LEVEL_VALUE.test(d.value) || !c.romLevelOther) return [d];
  const rest = s.text.slice(d.end - s.start);
  const sa = c.sideAfter.exec(rest);
  const side = sa ? sideIn(sa[1]!, lexicons) : null;
  if (!sa || !side || side === 'bilateral') return [d];
  const own = { ...d, end: d.end + sa[0].length, side };
  const other = c.romLevelOther.exec(rest.slice(sa[0].length));
  const otherSide = other ? sideIn(other[2]!, lexicons) : null;
  if (!other || !otherSide || otherSide === side) return [own];
  const at = own.end + other[0].search(/[TL]\d/);
  return [own, { ...d, start: at, end: own.end + other[0].length, value: other[1]!.toUpperCase(), side: otherSide }];
}

/**
 * Whether a motion term may start in sentence `s` of `text`, by the motions' word gate over the
 * document text the sentence covers (a cell sentence's own text is made up), carried to the end of
 * a word cut at its end: a term's first word is then whole in what the gate reads.
 */
function mayHoldMotion(c: CompiledExam, s: Sentence, text: string): boolean {
  let end = Math.min(text.length, Math.max(s.end, s.start + s.text.length));
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
  return c.motions.may(text.slice(s.start, end));
}

/** Range-of-motion drafts in one exam sentence of the document text `text`. */
export function findRom(c: CompiledExam, s: Sentence, text: string, lexicons: Pick<Lexicons, 'bodyParts' | 'examFindings'>): Draft[] {
  const t = s.text;
  c.romTerms.lastIndex = 0;
  // whether a romWhole pattern matches, once asked
  let whole: boolean | undefined;
  // most sentences carry no measure: no digits, no motion words, no dot leaders
  if (!/\d|\.{3}/.test(t) && !c.romTerms.test(t)) {
    // a motion judged in words ("extension limited") is the one reading without a number
    c.motions.re.lastIndex = 0;
    const motion = c.romMotionWords.length > 0 && c.motions.re.test(t);
    c.motions.re.lastIndex = 0;
    // "full range" after a joint label is judged without the words "range of motion"
    whole = c.anyRomWhole(t);
    if (!motion && !whole) return [];
  }
  c.romTerms.lastIndex = 0;
  // every table row starts with a motion term in this sentence: without one, no table header need be looked for
  const rowsHere = mayHoldMotion(c, s, text);
  const out: Draft[] = rowsHere
    ? [...tableRows(c, s, text, lexicons), ...columnRows(c, s, text, lexicons), ...measuredRows(c, s, text, lexicons), ...digitRows(c, s, text), ...arcs(c, s, lexicons)]
    : arcs(c, s, lexicons);
  // a table row may end past this sentence: its cells are not read again as motions
  const covered = (i: number): boolean => out.some((d) => d.start <= s.start + i && s.start + i < d.end);
  // read only when a measure has no unit of its own (the heading walk and the list scan are the costly part)
  let degrees: boolean | undefined;
  const hasDegrees = (): boolean => {
    if (degrees === undefined) {
      c.romTerms.lastIndex = 0;
      degrees = c.degree.test(t) || c.romTerms.test(t) || underRomHeading(c, text, s.start) || bareList(c, t);
      c.romTerms.lastIndex = 0;
    }
    return degrees;
  };
  const listed: Draft[] = [];
  // "ER at 90 deg abduction 80 deg": the position's motion is passed over, and the measure follows the position
  let positionEnd = -1;
  for (const m of c.motions.may(t) ? allMatches(c.motions.re, t) : []) {
    const motion = c.motions.lookup(m[0]);
    if (!motion || covered(m.index) || m.index < positionEnd) continue;
    // "Resisted knee flexion at 90 degrees is 4-/5": a strength test, its angle a position
    if (c.resistedMotion?.test(t.slice(Math.max(0, m.index - 30), m.index))) {
      positionEnd = m.index + m[0].length + (c.motionPosition?.exec(t.slice(m.index + m[0].length))?.[0].length ?? 0);
      continue;
    }
    const position = c.motionPosition?.exec(t.slice(m.index + m[0].length));
    if (position) positionEnd = m.index + m[0].length + position[0].length;
    // "ER (arm at side) 45 deg": the position in parentheses names no part measured
    const aside: readonly [number, number] | undefined = position && position[0].trimStart().startsWith('(')
      ? [s.start + m.index + m[0].length, s.start + positionEnd] : undefined;
    if (c.changeCues.some((re) => re.test(t.slice(Math.max(0, m.index - 40), m.index)))) continue;
    let side: Side | null = null;
    let start = m.index;
    const sb = c.sideBefore.exec(t.slice(Math.max(0, m.index - 20), m.index));
    if (sb) {
      side = sb[2] && sideIn(sb[2], lexicons) !== sideIn(sb[1]!, lexicons) ? 'bilateral' : sideIn(sb[1]!, lexicons);
      start = m.index - (sb[0].length - sb[0].search(/\S/));
    }
    // "85 degrees of flexion", "5 degrees short of full extension": the measure written before the motion
    const before = c.romMeasureBefore?.exec(t.slice(Math.max(0, m.index - 40), m.index));
    if (before && !covered(m.index - before[0].length)) {
      const g = before.groups ?? {};
      const lack = g.lack !== undefined || g.lack2 !== undefined;
      // a loss is written only of extension (as "extension lacks 5 degrees" is)
      if (!lack || motion.name === 'extension') {
        const value = Number(g.num ?? g.num2) * (lack ? -1 : 1);
        listed.push(draft(s.start + m.index - before[0].length + before[0].search(/\d/), s.start + m.index + m[0].length, motion.name, value, side, motion.lateral, 'degrees'));
        continue;
      }
    }
    const items = motionItems(c, t, position ? positionEnd : m.index + m[0].length, side, hasDegrees, lexicons, motion.name === 'extension');
    let from = start;
    for (const it of items) {
      // "70 degrees to each side": both directions quote the same words
      if (it.end > start) from = start;
      const d = draft(s.start + from, s.start + it.end, motion.name, it.value, it.side, motion.lateral, 'degrees');
      listed.push(aside ? { ...d, aside } : d);
      start = it.end;
    }
    if (!items.length) {
      const judged = unmeasured(c, s, m, start, side, lexicons);
      if (judged) listed.push(...levelSides(c, s, judged, lexicons));
    }
  }
  shareClosingSide(listed, t, s.start);
  out.push(...listed, ...respectiveMeasures(listed, t, s.start, lexicons));
  // "restricted range of motion with flexion to 70 degrees": the measures say it
  for (const w of out.length || !(whole ??= c.anyRomWhole(t)) ? [] : c.romWhole) {
    for (const m of allMatches(w.re, t)) {
      // "full active motion", "passive motion full": the kind of motion judged names it
      const kind = /\b(active|passive)\b/i.exec(m[0])?.[1]?.toLowerCase() ?? '';
      // "hip range of motion was full and painless bilaterally": a side inside the judged words is its side
      if (!covered(m.index)) out.push(draft(s.start + m.index, s.start + m.index + m[0].length, kind, w.value, sideIn(m[0], lexicons), false, null));
    }
  }
  return out.map((d) => (d.qualifier === '' ? { ...d, qualifier: null } : d));
}
